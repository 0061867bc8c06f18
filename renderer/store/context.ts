import type { ChainLink, VaultHeader, VaultKeys } from '../../shared/crypto/vault';
import type { AuditEntry } from '../../shared/model/audit-entry';
import type { AnchorMirrorPort, AuditIntegrity } from './audit-anchor';
import type { CaseSearch, SearchDoc } from './case-search';
import type { RecordCipher } from './cipher';
import type { AirlockDb, RecordTable } from './db';
import type { TableMemory } from './memory';
import type { RecordMap, Registry, StoreStatus, TestHooks } from './types';
import type { WriteIntent } from './write-journal';

/** Read access to decrypted tables, for building search documents. */
export type StoreView = {
  get(table: RecordTable, id: string): unknown;
  byCase(table: RecordTable, caseId: string): readonly unknown[];
  all(table: RecordTable): readonly unknown[];
};

export type SearchConfig = {
  docOf(caseId: string, view: StoreView): SearchDoc | null;
  /** Cases whose search document depends on this record (before or after a change). */
  casesAffected(table: RecordTable, record: unknown, view: StoreView): readonly string[];
  /**
   * What of a record the documents read (null: nothing), compared as canonical JSON: a
   * commit whose records keep their parts changes no document and leaves the index alone.
   */
  indexedPart(table: RecordTable, record: unknown): unknown;
};

/**
 * Whether the store is still loading a vault behind an open list (load.ts): `done` of
 * `total` cases are in memory. Screens whose facts need every record wait for
 * `loading: false` (`useStoreLoad`); the case list shows what it has and says how much.
 */
export type StoreLoad = { loading: false } | { loading: true; done: number; total: number };

export const NOT_LOADING: StoreLoad = Object.freeze({ loading: false });

/** Everything that exists only while unlocked; `lock()` drops the whole object. */
export type Session = {
  keys: VaultKeys;
  cipher: RecordCipher;
  header: VaultHeader;
  epoch: number;
  auditHead: ChainLink | null;
  auditRowId: number;
};

export type StoreContext<M extends RecordMap> = {
  db: AirlockDb;
  registry: Registry<M>;
  memory: { readonly [K in RecordTable]: TableMemory<unknown> };
  audit: TableMemory<AuditEntry>;
  search: CaseSearch;
  searchConfig: SearchConfig;
  session: Session | null;
  /** Incremented by every lock/unlock: work started in an older epoch must not land in memory. */
  epoch: number;
  status: StoreStatus;
  statusListeners: Set<() => void>;
  searchListeners: Set<() => void>;
  /** Bumped whenever the search index changes (a snapshot token for hooks). */
  searchVersion: number;
  hooks: TestHooks;
  plaintextControl: boolean;
  attachmentCap: () => number;
  /** Rows per page of the load (load.ts LOAD_PAGE_ROWS; tests use a few). */
  loadPageRows: number;
  /** The load behind an open list; the object changes with every step (a snapshot). */
  load: StoreLoad;
  /** The audit anchor's mirror outside IndexedDB (audit-anchor.ts). */
  anchorMirror: AnchorMirrorPort | undefined;
  /** What the last unlock or restore found about the audit chain and its anchor. */
  integrity: AuditIntegrity | null;
  /** A write the last session started and never committed, found at this unlock. */
  interrupted: WriteIntent | null;
};

export const viewOf = <M extends RecordMap>(ctx: StoreContext<M>): StoreView => ({
  get: (table, id) => ctx.memory[table].get(id),
  byCase: (table, caseId) => ctx.memory[table].byCase(caseId),
  all: (table) => ctx.memory[table].all(),
});

export const setStatus = <M extends RecordMap>(ctx: StoreContext<M>, status: StoreStatus): void => {
  ctx.status = status;
  for (const listener of [...ctx.statusListeners]) listener();
};

/** A step of the load: status listeners hear it (the same subscription as lock/unlock). */
export const setLoad = <M extends RecordMap>(ctx: StoreContext<M>, load: StoreLoad): void => {
  ctx.load = load;
  for (const listener of [...ctx.statusListeners]) listener();
};

export const notifySearch = <M extends RecordMap>(ctx: StoreContext<M>): void => {
  ctx.searchVersion += 1;
  for (const listener of [...ctx.searchListeners]) listener();
};
