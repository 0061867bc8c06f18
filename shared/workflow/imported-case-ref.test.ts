import { describe, expect, it } from 'vitest';
import { importedCaseRef, refClashes } from './imported-case-ref';

const incoming = { caseId: 'case-from-alpha', ref: 'AL-2026-0001' };

describe('the reference an imported case gets', () => {
  it('keeps the sender reference when no case of this vault holds it', () => {
    expect(importedCaseRef(incoming, undefined)).toEqual({ status: 'kept', ref: 'AL-2026-0001' });
  });

  it('keeps it for a later bundle of the same case, which merges into the local case', () => {
    const same = { id: 'case-from-alpha', ref: 'AL-2026-0001', title: 'Router XSS' };
    expect(importedCaseRef(incoming, same).status).toBe('kept');
  });

  it('reports a clash, naming the local case, when another case of this vault holds it', () => {
    const ours = { id: 'our-own-case', ref: 'AL-2026-0001', title: 'Our printer bug' };
    const result = importedCaseRef(incoming, ours);
    expect(result).toEqual({ status: 'clash', ref: 'AL-2026-0001', usedBy: ours });
    expect(
      refClashes([{ refStatus: result }, { refStatus: importedCaseRef(incoming, undefined) }]),
    ).toEqual([result]);
  });
});
