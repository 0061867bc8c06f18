import { describe, it, expect } from 'vitest';
import { tokenizeForIndex, tokenizeQuery } from './search-tokenizer';

describe('search tokenizer', () => {
  it('splits Japanese runs into bigrams and Latin text into words', () => {
    expect(tokenizeQuery('WordPress用プラグインの脆弱性')).toEqual([
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
    expect(tokenizeQuery('ＣＶＥ-2024-0001')).toEqual(['cve', '2024', '0001']);
    expect(tokenizeQuery('ｸﾛｽｻｲﾄ')).toEqual(tokenizeQuery('クロスサイト'));
  });

  it('indexes unigrams too, so a one-character query has something to match', () => {
    expect(tokenizeForIndex('脆弱性')).toEqual(['脆弱', '弱性', '脆', '弱', '性']);
    expect(tokenizeQuery('脆')).toEqual(['脆']);
  });
});
