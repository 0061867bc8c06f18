import {
  defaultSettings,
  type Case,
  type CaseEvent,
  type Contact,
  type Involvement,
  type Report,
  type Settings,
  type Vulnerability,
} from '../../shared/model';
import type { SearchDoc } from './case-search';
import type { SearchConfig, StoreView } from './context';
import type { RecordTable } from './db';
import { SETTINGS_ID } from './registry';

const join = (parts: readonly (string | null | undefined)[]): string =>
  [...new Set(parts.filter((p): p is string => typeof p === 'string' && p !== ''))].join(' \n ');

/**
 * What of each record a case's search document reads, and nothing else: the document is
 * built from these alone (`caseSearchDoc`), so a change that leaves a record's part as it was
 * leaves every document as it was, and the commit does not touch the index (`indexedPart`).
 * A vendor's status change in a case of 1,000 vendors replaced a 400 KB document for nothing.
 */
const parts = {
  cases: (c: Case) => ({ id: c.id, ref: c.ref, title: c.title, notes: c.notes }),
  reports: (r: Report) => ({
    caseId: r.caseId,
    name: r.product.name,
    version: r.product.version,
    vendor: r.product.vendorName,
  }),
  vulnerabilities: (v: Vulnerability) => ({
    caseId: v.caseId,
    title: [v.title.ja, v.title.en],
    affected: v.affected.map((a) => ({ product: a.product, vendor: a.vendor })),
    cve: v.cve.id,
    cwe: v.cwe,
  }),
  involvements: (i: Involvement) => ({ caseId: i.caseId, contactId: i.contactId }),
  // An event is found by its note's text alone; any other event adds nothing.
  caseEvents: (e: CaseEvent) =>
    e.type === 'note.added' ? { caseId: e.caseId, note: e.payload.text } : null,
  contacts: (c: Contact) => ({ id: c.id, name: [c.name.ja, c.name.en] }),
};

/** A record's part in the search documents; null when it is in none. */
const indexedPart = (table: RecordTable, record: unknown): unknown => {
  const part = (parts as Partial<Record<RecordTable, (r: never) => unknown>>)[table];
  return part === undefined ? null : part(record as never);
};

/** What a case is found by: its own fields plus its report, vulnerabilities, vendors and notes. */
export const caseSearchDoc = (caseId: string, view: StoreView): SearchDoc | null => {
  const stored = view.get('cases', caseId) as Case | undefined;
  if (stored === undefined) return null;
  const record = parts.cases(stored);
  const reports = (view.byCase('reports', caseId) as readonly Report[]).map(parts.reports);
  const vulns = (view.byCase('vulnerabilities', caseId) as readonly Vulnerability[]).map(
    parts.vulnerabilities,
  );
  const involvements = (view.byCase('involvements', caseId) as readonly Involvement[]).map(
    parts.involvements,
  );
  const notes = (view.byCase('caseEvents', caseId) as readonly CaseEvent[]).map(
    (e) => parts.caseEvents(e)?.note ?? null,
  );
  const contacts = involvements.map((i) => {
    const contact = view.get('contacts', i.contactId) as Contact | undefined;
    return contact === undefined ? undefined : parts.contacts(contact);
  });
  return {
    id: record.id,
    ref: record.ref,
    title: join([record.title, ...vulns.flatMap((v) => v.title)]),
    product: join([
      ...reports.flatMap((r) => [r.name, r.version]),
      ...vulns.flatMap((v) => v.affected.map((a) => a.product)),
    ]),
    vendor: join([
      ...reports.map((r) => r.vendor),
      ...vulns.flatMap((v) => v.affected.map((a) => a.vendor)),
      ...contacts.flatMap((c) => (c === undefined ? [] : c.name)),
    ]),
    cve: join(vulns.map((v) => v.cve)),
    cwe: join(vulns.map((v) => v.cwe)),
    notes: join([record.notes, ...notes]),
  };
};

const casesAffected = (table: RecordTable, record: unknown, view: StoreView): readonly string[] => {
  switch (table) {
    case 'cases':
      return [(record as Case).id];
    case 'reports':
    case 'vulnerabilities':
    case 'involvements':
    case 'caseEvents': {
      const caseId = (record as { caseId: string | null }).caseId;
      return caseId === null ? [] : [caseId];
    }
    case 'contacts': {
      const contactId = (record as Contact).id;
      return (view.all('involvements') as readonly Involvement[])
        .filter((i) => i.contactId === contactId)
        .map((i) => i.caseId);
    }
    default:
      return [];
  }
};

export const airlockSearchConfig: SearchConfig = {
  docOf: caseSearchDoc,
  casesAffected,
  indexedPart,
};

export const attachmentCapOf = (view: StoreView): number =>
  ((view.get('settings', SETTINGS_ID) as Settings | undefined) ?? defaultSettings())
    .attachmentMaxBytes;
