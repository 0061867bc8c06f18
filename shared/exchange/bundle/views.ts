// Export views: what a recipient may see. "full" sends the whole case (to a coordinator);
// "vendor" applies data minimisation for one vendor (DESIGN §6): no finder identity unless
// the finder consented to credit, no other vendors' involvements, statements or contacts,
// no internal notes, triage or committee records, no messages or advisory drafts.
import type { CaseDocument } from '../../model/case-document';
import type { CaseEvent, CaseEventType } from '../../model/case-event';
import type { Report } from '../../model/report';

export type ExportView = { kind: 'full' } | { kind: 'vendor'; vendorContactId: string };

/** Timeline entries a vendor may see whatever they concern. */
const VENDOR_SHARED_EVENTS: ReadonlySet<CaseEventType> = new Set<CaseEventType>([
  'case.created',
  'case.updated',
  'report.received',
  'embargo.proposed',
  'embargo.agreed',
  'embargo.revised',
  'embargo.rejected',
  'embargo.terminated',
  'flag.set',
  'published',
  'vulnerability.added',
  'vulnerability.changed',
]);

/** Timeline entries a vendor may see only when they concern its own involvement. */
const VENDOR_OWN_EVENTS: ReadonlySet<CaseEventType> = new Set<CaseEventType>([
  'message.sent',
  'message.received',
  'involvement.added',
  'involvement.changed',
  'vendor.contact-attempted',
  'vendor.replied',
  'vendor.unreachable',
  'vendor.name-published',
]);

export type EventVerdict = { keep: true } | { keep: false; reason: string };

export function vendorEventVerdict(
  event: CaseEvent,
  ownInvolvementIds: ReadonlySet<string>,
): EventVerdict {
  if (VENDOR_SHARED_EVENTS.has(event.type)) return { keep: true };
  if (VENDOR_OWN_EVENTS.has(event.type)) {
    const payload = event.payload as { involvementId?: string | null };
    const involvementId = payload.involvementId ?? null;
    return involvementId !== null && ownInvolvementIds.has(involvementId)
      ? { keep: true }
      : { keep: false, reason: 'concerns another party' };
  }
  return { keep: false, reason: 'internal record' };
}

export const WITHHELD = 'withheld';

/** The report as a vendor sees it: the finder's name only with credit consent, never the
 *  finder's contact details or key. */
export function redactReport(report: Report): { report: Report; note: string } {
  const reporter = report.reporter.creditConsent
    ? {
        name: report.reporter.creditName ?? report.reporter.name,
        contact: WITHHELD,
        pgpKeyFingerprint: null,
        creditConsent: true,
        creditName: report.reporter.creditName,
      }
    : {
        name: WITHHELD,
        contact: WITHHELD,
        pgpKeyFingerprint: null,
        creditConsent: false,
        creditName: null,
      };
  const note = report.reporter.creditConsent
    ? 'finder contact details withheld (credit name kept: consent given)'
    : 'finder identity withheld (no credit consent)';
  return { report: { ...report, reporter }, note };
}

/**
 * Strings that must not reach a vendor: the finder's identity (unless consented, then only
 * the contact details) and the people and addresses of every other organisation. Short
 * strings are left out: they would match unrelated text.
 */
export function forbiddenStrings(doc: CaseDocument, vendorContactId: string): string[] {
  const out = new Set<string>();
  const add = (value: string | null | undefined): void => {
    const trimmed = value?.trim() ?? '';
    if (trimmed.length >= 4 && trimmed !== WITHHELD) out.add(trimmed.toLowerCase());
  };
  const reporter = doc.report?.reporter;
  if (reporter) {
    add(reporter.contact);
    add(reporter.pgpKeyFingerprint);
    if (!reporter.creditConsent) {
      add(reporter.name);
      add(reporter.creditName);
    } else if (reporter.creditName !== null && reporter.creditName !== reporter.name) {
      add(reporter.name);
    }
  }
  for (const contact of doc.contacts) {
    if (contact.id === vendorContactId) continue;
    if (contact.kind === 'finder') {
      add(contact.name.ja);
      add(contact.name.en);
    }
    for (const person of contact.people) {
      add(person.email);
      add(person.phone);
      if (contact.kind === 'finder') add(person.name);
    }
    for (const address of contact.addresses) add(address.value);
    for (const fingerprint of contact.pgpFingerprints) add(fingerprint);
  }
  return [...out];
}

/** The first forbidden string found in `text` (compared case-insensitively), if any. */
export function findForbidden(text: string, forbidden: readonly string[]): string | undefined {
  const haystack = text.toLowerCase();
  return forbidden.find(
    (needle) => haystack.includes(needle) || haystack.includes(JSON.stringify(needle).slice(1, -1)),
  );
}
