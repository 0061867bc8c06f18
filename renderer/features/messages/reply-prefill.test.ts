import { describe, expect, it } from 'vitest';
import { replySubjectFor } from './reply-prefill';

describe('the subject of a reply', () => {
  it('is "Re: [ref] …" with one ref and one "Re:"', () => {
    expect(replySubjectFor('[AL-2026-0001] Re: Vulnerability report', 'AL-2026-0001')).toBe(
      'Re: [AL-2026-0001] Vulnerability report',
    );
    expect(replySubjectFor('Re: RE: fix schedule', 'AL-2026-0001')).toBe(
      'Re: [AL-2026-0001] fix schedule',
    );
    expect(replySubjectFor('修正予定について', 'AL-2026-0002')).toBe(
      'Re: [AL-2026-0002] 修正予定について',
    );
  });
});
