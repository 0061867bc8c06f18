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

/** What a case is found by: its own fields plus its report, vulnerabilities, vendors and notes. */
export const caseSearchDoc = (caseId: string, view: StoreView): SearchDoc | null => {
  const record = view.get('cases', caseId) as Case | undefined;
  if (record === undefined) return null;
  const reports = view.byCase('reports', caseId) as readonly Report[];
  const vulns = view.byCase('vulnerabilities', caseId) as readonly Vulnerability[];
  const involvements = view.byCase('involvements', caseId) as readonly Involvement[];
  const events = view.byCase('caseEvents', caseId) as readonly CaseEvent[];
  const contacts = involvements.map(
    (i) => view.get('contacts', i.contactId) as Contact | undefined,
  );
  return {
    id: record.id,
    ref: record.ref,
    title: join([record.title, ...vulns.flatMap((v) => [v.title.ja, v.title.en])]),
    product: join([
      ...reports.flatMap((r) => [r.product.name, r.product.version]),
      ...vulns.flatMap((v) => v.affected.map((a) => a.product)),
    ]),
    vendor: join([
      ...reports.map((r) => r.product.vendorName),
      ...vulns.flatMap((v) => v.affected.map((a) => a.vendor)),
      ...contacts.flatMap((c) => (c === undefined ? [] : [c.name.ja, c.name.en])),
    ]),
    cve: join(vulns.map((v) => v.cve.id)),
    cwe: join(vulns.map((v) => v.cwe)),
    notes: join([
      record.notes,
      ...events.map((e) => (e.type === 'note.added' ? e.payload.text : null)),
    ]),
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

export const airlockSearchConfig: SearchConfig = { docOf: caseSearchDoc, casesAffected };

export const attachmentCapOf = (view: StoreView): number =>
  ((view.get('settings', SETTINGS_ID) as Settings | undefined) ?? defaultSettings())
    .attachmentMaxBytes;
