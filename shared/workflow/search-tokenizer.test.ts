import { describe, it, expect } from 'vitest';
import { matchesAsPrefix, tokenize } from './search-tokenizer';

describe('search tokenizer', () => {
  it('splits Japanese runs into bigrams and Latin text into words', () => {
    expect(tokenize('WordPress用プラグインの脆弱性')).toEqual([
      'wordpress',
      '用プ',
      'プラ',
      'ラグ',
      'グイ',
      'イン',
      'ンの',
      'の脆',
      '脆弱',
      '弱性',
    ]);
  });

  it('normalises full-width and half-width forms (NFKC) so ＣＶＥ and ｸﾛｽ match', () => {
    expect(tokenize('ＣＶＥ-2024-0001')).toEqual(['cve', '2024', '0001']);
    expect(tokenize('ｸﾛｽｻｲﾄ')).toEqual(tokenize('クロスサイト'));
  });

  it('keeps a lone CJK character as a prefix query, and bigrams as exact terms', () => {
    expect(tokenize('脆')).toEqual(['脆']);
    expect(matchesAsPrefix('脆')).toBe(true);
    expect(matchesAsPrefix('脆弱')).toBe(false);
    expect(matchesAsPrefix('wordp')).toBe(true);
  });
});
