import { describe, expect, it } from 'vitest';
import { draftFinderLetter } from './finder-letter';

const ctx = {
  reporterName: '山田 太郎',
  caseTitle: 'XSS in shop',
  organisation: 'CC',
  reasons: ['xss-not-significant'] as const,
};

describe('finder letter drafts', () => {
  it('names the reporter and gives the decline reasons in the letter language', () => {
    const ja = draftFinderLetter('decline', 'ja', ctx);
    expect(ja).toContain('山田 太郎 様');
    expect(ja).toContain('クロスサイトスクリプティング');
    const en = draftFinderLetter('decline', 'en', ctx);
    expect(en).toContain('Dear 山田 太郎');
    expect(en).toContain('Cross-site scripting is generally not coordinated');
  });

  it('tells an accepted finder to keep the report confidential', () => {
    expect(draftFinderLetter('accept', 'en', { ...ctx, reasons: [] })).toContain('do not disclose');
    expect(draftFinderLetter('accept', 'ja', { ...ctx, reasons: [] })).toContain(
      '第三者に開示しない',
    );
  });
});
