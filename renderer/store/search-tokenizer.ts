/**
 * Tokenizer for mixed Japanese/English case text. Japanese has no spaces, so CJK runs
 * (kanji, hiragana, katakana) become overlapping character bigrams; Latin text and numbers
 * become lower-cased words. A one-character CJK run stays a unigram; as a query it is
 * matched as a prefix of the indexed bigrams (「脆」 finds 「脆弱」). Indexing unigrams as
 * well doubled the index build time at unlock for little gain, so the index has bigrams.
 */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+/u;
const SPLIT = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+)/u;
const WORD = /[\p{L}\p{N}]+/gu;

const normalise = (text: string): string => text.normalize('NFKC').toLowerCase();

const cjkTokens = (run: string): string[] => {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) out.push(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
  return out;
};

export const tokenize = (text: string): string[] => {
  const out: string[] = [];
  for (const part of normalise(text).split(SPLIT)) {
    if (part === '') continue;
    if (CJK_RUN.test(part)) out.push(...cjkTokens(part));
    else for (const word of part.match(WORD) ?? []) out.push(word);
  }
  return out;
};

/** Bigrams match exactly; Latin words and lone CJK characters match as prefixes. */
export const matchesAsPrefix = (token: string): boolean =>
  !CJK_RUN.test(token) || [...token].length === 1;
