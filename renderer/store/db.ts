import { Dexie, type Table } from 'dexie';
import type { Envelope } from '../../shared/crypto/vault';

/** Record tables: one encrypted envelope per record, decrypted into memory at unlock. */
export const RECORD_TABLES = [
  'cases',
  'caseEvents',
  'reports',
  'vulnerabilities',
  'contacts',
  'involvements',
  'messages',
  'keys',
  'advisoryDrafts',
  'settings',
  'bundleLedger',
  'attachments',
] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

/** `bi` is the blind index (HMAC) of a field that must be unique, e.g. a case ref. */
export type RecordRow = Envelope & { id: string; bi?: string };
/** One row per store transaction, holding that transaction's chained AuditEntry list. */
export type AuditRow = Envelope & { id: number };
export type ChunkRow = { aid: string; idx: number; iv: Uint8Array; ct: Uint8Array };
export type MetaRow = { id: 'vault'; header: unknown };

/**
 * Schema history, additive only: each entry adds tables or indexes and never changes or
 * drops one of an earlier version (db.test.ts checks both this rule and that a database
 * written by every earlier version opens under the current one with its rows).
 * No plaintext field is ever indexed: only ids, blind indexes and chunk positions.
 */
export const SCHEMA_VERSIONS: readonly Readonly<Record<string, string>>[] = [
  {
    meta: 'id',
    audit: 'id',
    cases: 'id, &bi',
    caseEvents: 'id',
    reports: 'id',
    vulnerabilities: 'id',
    contacts: 'id',
    involvements: 'id',
    messages: 'id',
    keys: 'id, &bi',
    advisoryDrafts: 'id',
    settings: 'id',
    bundleLedger: 'id',
  },
  // v2: attachments (encrypted metadata record + encrypted 1 MiB chunks).
  { attachments: 'id', attachmentChunks: '[aid+idx], aid' },
];

export const ALL_TABLES = [...new Set(SCHEMA_VERSIONS.flatMap((v) => Object.keys(v)))];

export type AirlockDb = Dexie & {
  meta: Table<MetaRow, string>;
  audit: Table<AuditRow, number>;
  attachmentChunks: Table<ChunkRow, [string, number]>;
} & { [K in RecordTable]: Table<RecordRow, string> };

/** Opens (or creates) the database with the first `upTo` schema versions (tests use fewer). */
export const openDb = (name: string, upTo = SCHEMA_VERSIONS.length): AirlockDb => {
  const db = new Dexie(name, { autoOpen: true });
  SCHEMA_VERSIONS.slice(0, upTo).forEach((stores, index) => {
    db.version(index + 1).stores(stores);
  });
  return db as AirlockDb;
};

export const recordTable = (db: AirlockDb, table: RecordTable): Table<RecordRow, string> =>
  db.table<RecordRow, string>(table);
