import { describe, expect, it } from 'vitest';
import type { AdvisoryDraft } from '../model/advisory-draft';
import { draftFromCase, type DraftFromCaseInput } from './draft-from-case';
import { runLeakGuard } from './leak-guard';
import { withLiveCaseFacts } from './live-case-facts';
import { renderFiles } from './render';
import { sampleDraftInput } from './testing/sample-draft-input';

const draftOf = (input: DraftFromCaseInput): AdvisoryDraft => {
  const r = draftFromCase(input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** The sample case as it was when its draft was made: TLP:AMBER, the vendor not cleared. */
const atCreation = (): DraftFromCaseInput => {
  const input = sampleDraftInput();
  return {
    ...input,
    case: { ...input.case, tlp: 'AMBER' },
    involvements: input.involvements.map((i) => ({ ...i, clearedForPublication: false })),
  };
};

/** The same case later: TLP lowered to CLEAR and the vendor cleared for publication. */
const afterDecisions = (): DraftFromCaseInput => {
  const input = atCreation();
  return {
    ...input,
    case: { ...input.case, tlp: 'CLEAR' },
    involvements: input.involvements.map((i) => ({ ...i, clearedForPublication: true })),
  };
};

const htmlFindings = (draft: AdvisoryDraft) => {
  const files = renderFiles(draft, { format: 'html' });
  if (!files.ok) throw new Error(files.error.message);
  return runLeakGuard(draft, files.value).findings.map((f) => f.code);
};

describe('the draft follows the case for the facts the case decides', () => {
  it('exports without an override once the TLP is lowered and the vendor cleared', () => {
    const stored = draftOf(atCreation());
    expect(htmlFindings(stored)).toEqual(
      expect.arrayContaining(['tlp-not-clear', 'vendor-not-cleared']),
    );
    const live = withLiveCaseFacts(stored, draftOf(afterDecisions()));
    expect(live.case.tlp).toBe('CLEAR');
    expect(live.vendors.map((v) => v.clearedForPublication)).toEqual([true]);
    expect(htmlFindings(live)).toEqual([]);
  });

  it('refuses again when the TLP is raised after the draft was made (no stale pass)', () => {
    const stored = draftOf(afterDecisions());
    const live = withLiveCaseFacts(stored, draftOf(atCreation()));
    expect(htmlFindings(live)).toEqual(
      expect.arrayContaining(['tlp-not-clear', 'vendor-not-cleared']),
    );
  });

  it("keeps the analyst's edited wording: only the case's decisions are taken", () => {
    const stored = draftOf(atCreation());
    const edited = { ...stored, overview: { ja: '概要', en: 'Overview as edited' } };
    const live = withLiveCaseFacts(edited, draftOf(afterDecisions()));
    expect(live.overview.en).toBe('Overview as edited');
    expect(live.vendors[0]?.statement).toEqual(stored.vendors[0]?.statement);
  });
});
