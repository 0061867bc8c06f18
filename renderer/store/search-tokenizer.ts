/**
 * Tokenizer for mixed Japanese/English case text. Japanese has no spaces, so CJK runs
 * (kanji, hiragana, katakana) become overlapping character bigrams; Latin text and numbers
 * become lower-cased words. The index also stores CJK unigrams so a one-character query
 * (e.g. 「脆」) still finds something; a query uses bigrams only, which all must match.
 */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+/u;
const SPLIT = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+)/u;
const WORD = /[\p{L}\p{N}]+/gu;

const normalise = (text: string): string => text.normalize('NFKC').toLowerCase();

const cjkTokens = (run: string, withUnigrams: boolean): string[] => {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) out.push(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
  if (withUnigrams) out.push(...chars);
  return out;
};

const tokenize = (text: string, withUnigrams: boolean): string[] => {
  const out: string[] = [];
  for (const part of normalise(text).split(SPLIT)) {
    if (part === '') continue;
    if (CJK_RUN.test(part)) out.push(...cjkTokens(part, withUnigrams));
    else for (const word of part.match(WORD) ?? []) out.push(word);
  }
  return out;
};

export const tokenizeForIndex = (text: string): string[] => tokenize(text, true);
export const tokenizeQuery = (text: string): string[] => tokenize(text, false);

/** CJK tokens are matched exactly (bigrams); Latin words also match as prefixes. */
export const isCjkToken = (token: string): boolean => CJK_RUN.test(token);
