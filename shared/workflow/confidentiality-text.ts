// Text matching for the confidentiality rule (issue 23 item 2): terms and text are compared
// after NFKC (full-width ASCII and half-width katakana fold to their usual forms), case
// folding, and runs of spaces, hyphens and underscores read as one space, so "ＶＥＮＤＯＲ－Ｂ",
// "vendor_b" and "Vendor  B" are one name. A hit is reported as the text the analyst wrote.

/** One term to look for, already normalised. */
export type Term = {
  /** The normalised form that is searched for. */
  norm: string;
  /** Latin terms match as whole words only; terms with CJK characters match anywhere
   *  (Japanese has no spaces between words). */
  wholeWord: boolean;
};

export type Span = { from: number; to: number };

/** A normalised text and, for each of its UTF-16 units, where it came from in the original. */
export type NormalisedText = { norm: string; start: number[]; end: number[] };

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const SEPARATOR = /^[\s\-_\u2010-\u2015]+$/u;
const WORD = /[\p{L}\p{N}]/u;
// A mark (or a half-width voiced sound mark) belongs to the character before it, so
// "ｶﾞ" becomes "ガ" as a whole and not "カ" + a loose mark.
const JOINS_PREVIOUS = /^[\p{M}\uff9e\uff9f]$/u;

/** Splits into clusters: a base character and the marks that follow it. */
const clusters = (text: string): { text: string; start: number; end: number }[] => {
  const out: { text: string; start: number; end: number }[] = [];
  let i = 0;
  for (const ch of text) {
    const last = out[out.length - 1];
    if (last !== undefined && JOINS_PREVIOUS.test(ch)) {
      last.text += ch;
      last.end = i + ch.length;
    } else out.push({ text: ch, start: i, end: i + ch.length });
    i += ch.length;
  }
  return out;
};

/** Normalises a text, keeping a map back to the original for reporting what matched. */
export const normaliseText = (text: string): NormalisedText => {
  const result: NormalisedText = { norm: '', start: [], end: [] };
  let inSeparator = false;
  for (const c of clusters(text)) {
    const folded = c.text.normalize('NFKC').toLowerCase();
    if (SEPARATOR.test(folded)) {
      // A run of separators is one space.
      if (!inSeparator) {
        result.norm += ' ';
        result.start.push(c.start);
        result.end.push(c.end);
        inSeparator = true;
      } else {
        result.end[result.end.length - 1] = c.end;
      }
      continue;
    }
    inSeparator = false;
    for (let k = 0; k < folded.length; k += 1) {
      result.norm += folded[k];
      result.start.push(c.start);
      result.end.push(c.end);
    }
  }
  return result;
};

/** The normalised form of a term (no map needed), trimmed. */
export const normaliseTerm = (term: string): string => normaliseText(term).norm.trim();

/** Shortest term checked: a Latin name of one or two letters ("HP", "3M") matches too much
 *  ordinary text to be a useful signal; a Japanese name of two characters (日立) does not. */
export const MIN_LATIN_TERM = 3;
export const MIN_CJK_TERM = 2;

/** A term, or null when it is too short to check without false positives. */
export const makeTerm = (raw: string): Term | null => {
  const norm = normaliseTerm(raw);
  const cjk = CJK.test(norm);
  if ([...norm].length < (cjk ? MIN_CJK_TERM : MIN_LATIN_TERM)) return null;
  return { norm, wholeWord: !cjk };
};

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD.test(ch);

/** Every span of `text.norm` where the term occurs (respecting word boundaries). */
export const findTerm = (text: NormalisedText, term: Term): Span[] => {
  const out: Span[] = [];
  let at = text.norm.indexOf(term.norm);
  while (at !== -1) {
    const to = at + term.norm.length;
    const bounded =
      !term.wholeWord ||
      ((!isWordChar(term.norm[0]) || !isWordChar(text.norm[at - 1])) &&
        (!isWordChar(term.norm[term.norm.length - 1]) || !isWordChar(text.norm[to])));
    if (bounded) out.push({ from: at, to });
    at = text.norm.indexOf(term.norm, at + 1);
  }
  return out;
};

/** The original text behind a normalised span. */
export const originalOf = (original: string, text: NormalisedText, span: Span): string =>
  original.slice(text.start[span.from], text.end[span.to - 1]);

/** Company forms dropped to get a name's core ("Vendor B Inc." → "vendor b"), so a letter
 *  naming the company without its legal form is still caught. Only at the ends of the name:
 *  a word inside it is part of the name. */
const TRAILING_FORM =
  /[\s,]+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|gmbh|plc|k\.?k)\.?$/u;
const JA_FORM =
  /^(?:株式会社|有限会社|合同会社|\(株\))\s*|\s*(?:株式会社|有限会社|合同会社|\(株\))$/u;

export const nameCore = (name: string): string => {
  let core = normaliseTerm(name);
  for (let previous = ''; previous !== core;) {
    previous = core;
    core = core
      .replace(/[\s.,]+$/u, '')
      .replace(TRAILING_FORM, '')
      .replace(JA_FORM, '')
      .trim();
  }
  return core;
};
