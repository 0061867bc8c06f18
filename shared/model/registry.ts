import { parseAdvisoryDraft } from './advisory-draft';
import { parseAttachmentMeta } from './attachment-meta';
import { parseAuditEntry } from './audit-entry';
import { parseBundleLedgerEntry } from './bundle-ledger-entry';
import { parseCase } from './case';
import { parseCaseEvent } from './case-event';
import { parseContact } from './contact';
import { parseCveIdRecord } from './cve-id';
import { parseInvolvement } from './involvement';
import { parseKeyRecord } from './key';
import { parseMessageRecord } from './message';
import { parseReport } from './report';
import { parseSettings } from './settings';
import type { RecordParser } from './versioned';
import { parseVulnerability } from './vulnerability';

/**
 * One persisted record type: its parser (made in the record's own file from its zod schema,
 * current `schemaVersion` and migrations, which it carries) and, for a record that belongs to
 * a case, the case it belongs to.
 */
export type RecordType<T> = {
  readonly parse: RecordParser<T>;
  /** The case the record belongs to (null: none yet, such as an unsorted report). */
  readonly caseIdOf?: (record: T) => string | null;
};

function recordType<T>(parse: RecordParser<T>): RecordType<T>;
function recordType<T>(
  parse: RecordParser<T>,
  caseIdOf: (record: T) => string | null,
): Required<RecordType<T>>;
function recordType<T>(
  parse: RecordParser<T>,
  caseIdOf?: (record: T) => string | null,
): RecordType<T> {
  return caseIdOf === undefined ? { parse } : { parse, caseIdOf };
}

/**
 * Every persisted record type by kind, in one place (as tldraw's `createTLSchema`). The
 * store's tables (renderer/store/registry.ts), the bundle reader (shared/exchange/bundle/
 * records.ts) and the case document (case-document.ts) take their parsers and case links from
 * here, so a record type is added, or its schema changed, in its own file and listed once here.
 *
 * Two version axes (ARCHITECTURE.md §3), never mixed:
 * - a record's `schemaVersion` (each `parse.version` here): the shape of one record. A change
 *   adds a migration `n → n+1` in the record's file and a test that the old record still
 *   reads. Records migrate when they are read (unlock, bundle import, CLI input) and are
 *   written back in the current version only when something changes them.
 * - the Dexie schema version (`SCHEMA_VERSIONS` in renderer/store/db.ts): the IndexedDB tables
 *   and indexes that hold the encrypted envelopes. It changes only when a table or an index
 *   does, never for a record's shape: IndexedDB sees ciphertext only.
 */
export const recordTypes = {
  case: recordType(parseCase, (c) => c.id),
  caseEvent: recordType(parseCaseEvent, (e) => e.caseId),
  report: recordType(parseReport, (r) => r.caseId),
  vulnerability: recordType(parseVulnerability, (v) => v.caseId),
  contact: recordType(parseContact),
  involvement: recordType(parseInvolvement, (i) => i.caseId),
  message: recordType(parseMessageRecord, (m) => m.caseId),
  key: recordType(parseKeyRecord),
  advisoryDraft: recordType(parseAdvisoryDraft, (d) => d.case.id),
  settings: recordType(parseSettings),
  bundleLedgerEntry: recordType(parseBundleLedgerEntry),
  attachmentMeta: recordType(parseAttachmentMeta, (a) => a.caseId),
  auditEntry: recordType(parseAuditEntry),
  /** The vault's pool of reserved CVE IDs (issue 28): the vault's, not a case's. */
  cveId: recordType(parseCveIdRecord),
} as const;

export type RecordKind = keyof typeof recordTypes;

/** The record a kind parses to (`RecordOf<'case'>` is `Case`). */
export type RecordOf<K extends RecordKind> =
  (typeof recordTypes)[K] extends RecordType<infer T> ? T : never;

/**
 * The store table each record kind is kept in, by the table's name (renderer/store/registry.ts
 * adds the store's own rules to the same tables). Read where only a backup file is at hand:
 * `verifyBackup` checks every row of each table with its kind's parser.
 */
export const storeTableKinds = {
  cases: 'case',
  caseEvents: 'caseEvent',
  reports: 'report',
  vulnerabilities: 'vulnerability',
  contacts: 'contact',
  involvements: 'involvement',
  messages: 'message',
  keys: 'key',
  advisoryDrafts: 'advisoryDraft',
  settings: 'settings',
  bundleLedger: 'bundleLedgerEntry',
  attachments: 'attachmentMeta',
} as const satisfies Record<string, RecordKind>;
