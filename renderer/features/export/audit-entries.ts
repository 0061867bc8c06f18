// The audit log as the analyst reads it: each entry with what it changed, named. The chain
// itself says only table, record id and operation (it is written before, and verified
// without, the records' plaintext); the names come from the decrypted records in memory.
import type { AuditEntry } from '../../../shared/model/audit-entry';
import type { CaseEvent } from '../../../shared/model';

/** The decrypted record a chain entry names, from memory (undefined: deleted, not loaded). */
export type AuditLookup = {
  record(table: string, id: string): unknown;
};

export type AuditRow = {
  seq: number;
  at: string;
  op: AuditEntry['op'];
  table: string;
  recordId: string;
  /** The case the record belongs to, by its reference, when it is one of a case's. */
  caseRef: string | null;
  /** For a case event: its type (the timeline's label names it). */
  eventType: CaseEvent['type'] | null;
};

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The case a record belongs to, for every table whose records are one case's: the case
 * itself, its events, vendors, messages, reports, vulnerabilities and attachments (by their
 * `caseId`), an advisory draft (by `case.id`) and a CVE ID assigned to one of its
 * vulnerabilities. Contacts, keys, settings and the bundle ledger are no case's.
 */
export const caseIdOfRecord = (table: string, record: unknown): string | null => {
  switch (table) {
    case 'cases':
      return text(field(record, 'id'));
    case 'advisoryDrafts':
      return text(field(field(record, 'case'), 'id'));
    case 'cveIds':
      return text(field(field(record, 'assignedTo'), 'caseId'));
    case 'caseEvents':
    case 'involvements':
    case 'messages':
    case 'reports':
    case 'vulnerabilities':
    case 'attachments':
      return text(field(record, 'caseId'));
    default:
      return null;
  }
};

const caseOf = (entry: AuditEntry, lookup: AuditLookup): string | null =>
  caseIdOfRecord(entry.table, lookup.record(entry.table, entry.recordId));

const refOfCase = (caseId: string, lookup: AuditLookup): string | undefined =>
  text(field(lookup.record('cases', caseId), 'ref')) ?? undefined;

/** One entry, named. A deleted record (or one not loaded) keeps only table and id. */
export const auditRow = (entry: AuditEntry, lookup: AuditLookup): AuditRow => {
  const caseId = caseOf(entry, lookup);
  return {
    seq: entry.seq,
    at: entry.at,
    op: entry.op,
    table: entry.table,
    recordId: entry.recordId,
    caseRef: caseId === null ? null : (refOfCase(caseId, lookup) ?? null),
    eventType:
      entry.table === 'caseEvents'
        ? ((lookup.record('caseEvents', entry.recordId) as CaseEvent | undefined)?.type ?? null)
        : null,
  };
};

export const AUDIT_PAGE_SIZE = 25;

/**
 * One page of the log, newest first, optionally only the entries of the case whose reference
 * contains `caseRef` (case-insensitive). `entries` are in chain order (ascending `seq`), as
 * the store holds them; `page` 0 is the newest. Unfiltered, only the page's entries are
 * touched, so a log of 100,000 entries costs a page's work.
 */
export function auditPage(
  entries: readonly AuditEntry[],
  lookup: AuditLookup,
  options: { page: number; caseRef?: string },
): { rows: AuditRow[]; pages: number; page: number } {
  const wanted = options.caseRef?.trim().toUpperCase() ?? '';
  const refOf = (e: AuditEntry) => {
    const caseId = caseOf(e, lookup);
    return caseId === null ? undefined : refOfCase(caseId, lookup);
  };
  const matching =
    wanted === ''
      ? entries
      : entries.filter((e) => refOf(e)?.toUpperCase().includes(wanted) === true);
  const pages = Math.max(1, Math.ceil(matching.length / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(0, Math.floor(options.page)), pages - 1);
  const end = matching.length - page * AUDIT_PAGE_SIZE;
  const slice = matching.slice(Math.max(0, end - AUDIT_PAGE_SIZE), end).reverse();
  return { rows: slice.map((e) => auditRow(e, lookup)), pages, page };
}
