import type { DraftFromCaseInput } from '../../../shared/advisory';
import { vendorLastUpdates } from '../../../shared/advisory/vendor-last-update';
import { secondFinderCredits } from '../../../shared/advisory/second-finders';
import type {
  Case,
  CaseEvent,
  Contact,
  Involvement,
  Report,
  Settings,
  Vulnerability,
} from '../../../shared/model';

/**
 * Gathers what `draftFromCase` needs from the store's records of one case. The case's TLP,
 * vendor clearances and leak-guard context are rebuilt from the same input before every
 * export (withLiveCaseFacts), so a note added or a TLP lowered after the draft was created
 * is what the guard sees.
 */
export type CaseRecords = {
  kase: Case;
  events: readonly CaseEvent[];
  involvements: readonly Involvement[];
  contacts: readonly Contact[];
  vulnerabilities: readonly Vulnerability[];
  reports: readonly Report[];
  settings: Settings | undefined;
};

const contactAddresses = (c: Contact | undefined): string[] =>
  c === undefined
    ? []
    : [
        ...c.addresses.map((a) => a.value),
        ...c.people.flatMap((p) => [p.email, p.phone]).filter((v) => v.trim() !== ''),
      ];

/** A fresh advisory ID in the organisation's scheme: prefix + 8 digits. */
export { newAdvisoryId } from '../../../shared/advisory/ids';

export function draftInput(
  r: CaseRecords,
  draftId: string,
  now: string,
  advisoryId: string,
): DraftFromCaseInput {
  const contacts = new Map(r.contacts.map((c) => [c.id as string, c]));
  const org = r.settings?.organisation;
  const orgName = org?.name ?? { ja: '', en: '' };
  const report = r.reports.find((x) => x.caseId === r.kase.id) ?? null;
  const lastUpdates = vendorLastUpdates(r.events);
  return {
    draftId,
    now,
    publisher: {
      name: { ja: orgName.ja || orgName.en, en: orgName.en || orgName.ja },
      // No default: "" until Settings has it, and the CSAF exports say so (publisher-namespace.ts).
      namespace: org?.csafNamespace ?? '',
      ...(org?.cnaOrgId ? { cveOrgId: org.cnaOrgId } : {}),
    },
    case: r.kase,
    advisoryId,
    involvements: r.involvements.map((i) => {
      const c = contacts.get(i.contactId);
      return {
        ...i,
        contactName: c?.name ?? { ja: '', en: '' },
        contactAddresses: contactAddresses(c),
        contactProducts: c?.products ?? [],
        lastUpdated: lastUpdates.get(i.id) ?? null,
      };
    }),
    vulnerabilities: [...r.vulnerabilities],
    report,
    secondFinders: secondFinderCredits(r.events),
    internalNotes: r.events.flatMap((e) =>
      e.type === 'note.added' && e.payload.internal ? [e.payload.text] : [],
    ),
    attachmentSnippets: [],
    allowedAddresses: [],
  };
}
