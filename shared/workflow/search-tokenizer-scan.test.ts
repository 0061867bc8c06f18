import { describe, expect, it } from 'vitest';
import { tokenize } from './search-tokenizer';

// The tokenizer as its regexes define it (how it was written before it read the text a code
// point at a time): the scan must give the same tokens in the same order.
const SPLIT = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+)/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+/u;
const WORD = /[\p{L}\p{N}]+/gu;
const byRegex = (text: string): string[] => {
  const out: string[] = [];
  for (const part of text.normalize('NFKC').toLowerCase().split(SPLIT)) {
    if (part === '') continue;
    if (!CJK_RUN.test(part)) out.push(...(part.match(WORD) ?? []));
    else {
      const chars = [...part];
      if (chars.length === 1) out.push(part);
      for (let i = 0; i + 1 < chars.length; i += 1) out.push(`${chars[i]}${chars[i + 1]}`);
    }
  }
  return out;
};

// Pieces from every class the scan tells apart: kanji (one astral), kana, the marks CJK runs
// include (ー々〆), half- and full-width forms NFKC changes, Latin with accents and a
// dotted capital I (lower-casing lengthens it), Hangul and Cyrillic letters (words, not CJK),
// digits, combining marks, punctuation, emoji, a lone surrogate.
const PIECES = [
  '脆弱性',
  '𠮷野家',
  'ログイン',
  'ひらがな',
  'ー',
  '々',
  '〆',
  'ｸﾛｽ',
  'ＣＶＥ',
  '①',
  'Router',
  'İstanbul',
  'café',
  'e\u0301',
  '한국어',
  'Привет',
  '2026',
  '-',
  ' ',
  '\n',
  '。',
  '、',
  '(',
  '🙂',
  '\ud800',
  'x',
  '脆',
  'ア',
  '_',
  '½',
];

describe('search tokenizer read a code point at a time', () => {
  it('gives the tokens the regex definition gives, in order, on mixed text', () => {
    let seed = 3;
    const next = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n;
    for (let round = 0; round < 3000; round += 1) {
      const text = Array.from({ length: 1 + next(12) }, () => PIECES[next(PIECES.length)]).join('');
      expect(tokenize(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
    for (const piece of PIECES) expect(tokenize(piece), piece).toEqual(byRegex(piece));
  });
});
