/**
 * Tokenizer for mixed Japanese/English case text. Japanese has no spaces, so CJK runs
 * (kanji, hiragana, katakana) become overlapping character bigrams; Latin text and numbers
 * become lower-cased words. A one-character CJK run stays a unigram; as a query it is
 * matched as a prefix of the indexed bigrams (「脆」 finds 「脆弱」). Indexing unigrams as
 * well doubled the index build time at unlock for little gain, so the index has bigrams.
 *
 * Defined by two character classes: a CJK run is a maximal run of CJK_RUN's characters, a
 * word a maximal run of letters and numbers outside them (\p{L}, \p{N}). The text is read
 * once, a code point at a time, each code point's class looked up once per session: splitting
 * with the regexes and matching each part took about 4 s of the 100k-case index build.
 */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+/u;
const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]$/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

const OTHER = 1;
const WORD = 2;
const CJK = 3;

const classify = (char: string): number =>
  CJK_CHAR.test(char) ? CJK : WORD_CHAR.test(char) ? WORD : OTHER;

/** Each BMP code point's class once known (0: not yet); astral ones in a Map. */
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

const classOf = (cp: number): number => {
  if (cp <= 0xffff) {
    const known = bmp[cp] ?? 0;
    if (known !== 0) return known;
    const kind = classify(String.fromCharCode(cp));
    bmp[cp] = kind;
    return kind;
  }
  let kind = astral.get(cp);
  if (kind === undefined) {
    kind = classify(String.fromCodePoint(cp));
    astral.set(cp, kind);
  }
  return kind;
};

const normalise = (text: string): string => text.normalize('NFKC').toLowerCase();

export const tokenize = (text: string): string[] => {
  const s = normalise(text);
  const out: string[] = [];
  let wordStart = -1;
  // The current CJK run: its last code point's start, and how many code points so far.
  let last = -1;
  let run = 0;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i) ?? 0;
    const size = cp > 0xffff ? 2 : 1;
    const kind = classOf(cp);
    if (kind !== WORD && wordStart >= 0) {
      out.push(s.slice(wordStart, i));
      wordStart = -1;
    }
    if (kind === CJK) {
      if (run > 0) out.push(s.slice(last, i + size));
      last = i;
      run += 1;
    } else {
      if (run === 1) out.push(s.slice(last, i));
      run = 0;
      if (kind === WORD && wordStart < 0) wordStart = i;
    }
    i += size;
  }
  if (wordStart >= 0) out.push(s.slice(wordStart));
  if (run === 1) out.push(s.slice(last));
  return out;
};

/** Bigrams match exactly; Latin words and lone CJK characters match as prefixes. */
export const matchesAsPrefix = (token: string): boolean =>
  !CJK_RUN.test(token) || [...token].length === 1;
