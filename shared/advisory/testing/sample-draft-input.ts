// The draft input of the sample case (model fixtures): one fixed vendor cleared for
// publication, one vulnerability, the finder who consented to credit, an internal note.
import {
  sampleCase,
  sampleContact,
  sampleInvolvement,
  sampleReport,
  sampleVulnerability,
} from '../../model/testing/fixtures';
import type { DraftFromCaseInput } from '../draft-from-case';

export const sampleDraftInput = (): DraftFromCaseInput => {
  const contact = sampleContact();
  return {
    draftId: '3b0d6a52-8a1e-4c7f-9d0e-0f4c2a1b7e42',
    now: '2026-11-20T01:00:00.000Z',
    publisher: {
      name: { ja: 'エアロック調整センター', en: 'Airlock Coordination Center' },
      namespace: 'https://coordination.example',
    },
    case: { ...sampleCase(), notes: 'Vendor PSIRT lead is on leave until December.' },
    involvements: [
      {
        ...sampleInvolvement(),
        status: 'fixed',
        statement: { ja: '3.4.3 で修正しました。', en: 'Fixed in 3.4.3.', approved: true },
        clearedForPublication: true,
        contactName: contact.name,
        contactAddresses: [
          ...contact.addresses.map((a) => a.value),
          ...contact.people.map((p) => p.phone),
        ],
      },
    ],
    vulnerabilities: [sampleVulnerability()],
    report: sampleReport(),
    internalNotes: ['Triage: duplicate of an older report from 2025, closed then.'],
    attachmentSnippets: [],
    allowedAddresses: [],
  };
};
