import type { AdvisoryDraft } from '../../model/advisory-draft';
import { sampleAlertCase } from '../../model/testing/technical-alert';
import { draftFromCase, type DraftFromCaseInput } from '../draft-from-case';

/** The draft-from-case input of the sample technical alert (TLP:CLEAR, JVNTA#12345678). */
export const sampleAlertDraftInput = (): DraftFromCaseInput => ({
  draftId: '3b0d6a52-8a1e-4c7f-9d0e-0f4c2a1b7e77',
  now: '2026-11-20T01:00:00.000Z',
  publisher: {
    name: { ja: 'エアロック調整センター', en: 'Airlock Coordination Center' },
    namespace: 'https://coordination.example',
    contactDetails: 'vuln-coord@coordination.example',
  },
  case: { ...sampleAlertCase(), tlp: 'CLEAR', advisoryId: 'JVNTA#12345678' },
  involvements: [],
  vulnerabilities: [],
  report: null,
  internalNotes: ['Heard about the SDK default from a vendor PSIRT call, not to be published.'],
  attachmentSnippets: [],
  allowedAddresses: ['vuln-coord@coordination.example'],
});

/** A technical alert's draft as draftFromCase builds it (fresh on every call). */
export const sampleAlertDraft = (): AdvisoryDraft => {
  const r = draftFromCase(sampleAlertDraftInput());
  if (!r.ok) throw new Error(r.error.issues.join('\n'));
  return r.value;
};
