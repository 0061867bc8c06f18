// What the export reads from the store for one case, gathered into the case document the
// bundle module selects from. Pure: the caller passes snapshots of the repositories.
import type { BundleAttachment, BundleCase } from '../../../shared/exchange/bundle';
import { CASE_DOCUMENT_FORMAT, type CaseDocument } from '../../../shared/model/case-document';
import type {
  Case,
  CaseEvent,
  Contact,
  Involvement,
  Report,
  Vulnerability,
} from '../../../shared/model';

export type CaseSnapshot = {
  kase: Case;
  events: readonly CaseEvent[];
  report: Report | undefined;
  involvements: readonly Involvement[];
  vulnerabilities: readonly Vulnerability[];
  /** Every contact of the store; only the organisations the case refers to are taken. */
  contacts: readonly Contact[];
  messages: readonly unknown[];
  advisoryDrafts: readonly unknown[];
  attachments: readonly BundleAttachment[];
};

/** Contact ids the case refers to: its involved organisations and affected vendors. */
export function referencedContactIds(
  involvements: readonly Involvement[],
  vulnerabilities: readonly Vulnerability[],
): Set<string> {
  const ids = new Set<string>(involvements.map((i) => i.contactId));
  for (const v of vulnerabilities) {
    for (const a of v.affected) if (a.contactId !== null) ids.add(a.contactId);
  }
  return ids;
}

export function caseToBundle(snapshot: CaseSnapshot): BundleCase {
  const referenced = referencedContactIds(snapshot.involvements, snapshot.vulnerabilities);
  const document: CaseDocument = {
    format: CASE_DOCUMENT_FORMAT,
    case: snapshot.kase,
    events: [...snapshot.events],
    involvements: [...snapshot.involvements],
    vulnerabilities: [...snapshot.vulnerabilities],
    contacts: snapshot.contacts.filter((c) => referenced.has(c.id)),
  };
  if (snapshot.report !== undefined) document.report = snapshot.report;
  if (snapshot.messages.length > 0) document.messages = [...snapshot.messages];
  if (snapshot.advisoryDrafts.length > 0) document.advisoryDrafts = [...snapshot.advisoryDrafts];
  return { document, attachments: [...snapshot.attachments] };
}
