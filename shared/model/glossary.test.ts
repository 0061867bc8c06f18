import { describe, expect, it } from 'vitest';
import {
  caseKindTerms,
  contactKindTerms,
  involvementStatusTerms,
  productStatusTerms,
  roleTerms,
  termsIn,
  type Term,
} from './glossary';

const groups: Record<string, Readonly<Record<string, Term>>> = {
  involvementStatusTerms,
  productStatusTerms,
  roleTerms,
  contactKindTerms,
  caseKindTerms,
};

describe('glossary', () => {
  it('names every value in both languages, and no two values of a group alike', () => {
    for (const [group, terms] of Object.entries(groups)) {
      for (const lang of ['en', 'ja'] as const) {
        const words = Object.values(terms).map((term) => term[lang].trim());
        expect(
          words.filter((w) => w === ''),
          `${group} ${lang}`,
        ).toEqual([]);
        expect(new Set(words).size, `${group} ${lang}`).toBe(words.length);
      }
    }
  });

  it('uses the policies’ Japanese terms for the parties and a reached state for statuses', () => {
    expect(roleTerms.developer.ja).toBe('製品開発者');
    expect(contactKindTerms['site-operator'].ja).toBe('ウェブサイト運営者');
    expect(involvementStatusTerms.acknowledged.ja).toBe('受領確認済み');
  });

  it('gives one language as a message tree for a catalog', () => {
    expect(termsIn(caseKindTerms, 'ja')).toEqual({
      software: 'ソフトウエア製品',
      website: 'ウェブサイト',
      'technical-alert': 'テクニカルアラート',
    });
  });
});
