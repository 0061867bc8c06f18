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
  'cveIds',
] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

/** `bi`: rows written before schema v3 carry the blind index (HMAC) of their unique field
 *  (a case ref); nothing reads it any more and new rows do not have it. */
export type RecordRow = Envelope & { id: string; bi?: string };
/** One row per store transaction, holding that transaction's chained AuditEntry list. */
export type AuditRow = Envelope & { id: number };
/** `v: 2`: under the attachment key, padded (chunks.ts); absent: a v1 chunk. */
export type ChunkRow = { aid: string; idx: number; iv: Uint8Array; ct: Uint8Array; v?: 2 };
export type MetaRow = { id: 'vault'; header: unknown };

/**
 * Schema history. A table is never dropped and its primary key never changes; a later
 * entry adds tables or indexes, or drops an index (db.test.ts checks this rule and that a
 * database written by every earlier version opens under the current one with its rows).
 * No plaintext field is ever indexed: only ids and chunk positions.
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
  // v3: the unique blind indexes go. Keeping them up to date was over a third of IndexedDB's
  // time for a 10k import (bench/store: 1.7 s with, 1.0 s without), and they guarded nothing
  // memory does not: a commit checks uniqueness in memory and refuses to write if another
  // window committed since this one loaded (commit.ts).
  { cases: 'id', keys: 'id' },
  // v4 (issue 28): the vault's pool of reserved CVE IDs.
  { cveIds: 'id' },
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
