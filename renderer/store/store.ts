import {
  CHUNKS_TABLE,
  VaultAbort,
  checkRecordDigests,
  chunkSetDigester,
  vaultFail,
  vaultOk,
  type KdfParams,
  type VaultError,
} from '../../shared/crypto/vault';
import type { Fail, Result } from '../../shared/result';
import type { AuditEntry } from '../../shared/model/audit-entry';
import type { AttachmentMeta } from '../../shared/model';
import type { AttachmentInput } from './types';
import { readAttachment } from './attachments';
import {
  checkIntegrity,
  foldIntegrity,
  type AnchorMirrorPort,
  type AuditIntegrity,
} from './audit-anchor';
import {
  foldRecordFindings,
  openAuditRows,
  verifyAuditEntries,
  type AuditVerdict,
} from './audit-log';
import { backupStore, restoreStore, type RestoreOptions } from './backup';
import { checkBackup, type BackupCheck } from './backup-check';
import { storedMirror } from './audit-anchor';
import { CaseSearch, type SearchHit, type SearchOptions, type SearchStatus } from './case-search';
import { commitStaging, type CommitSummary } from './commit';
import {
  NOT_LOADING,
  notifySearch,
  viewOf,
  type SearchConfig,
  type StoreContext,
  type StoreLoad,
  type StoreView,
} from './context';
import { RECORD_TABLES, openDb, type RecordRow, type RecordTable } from './db';
import { LOAD_PAGE_ROWS } from './load';
import { TableMemory } from './memory';
import { makeRepository, type Repository } from './repository';
import { rotateMasterKey, type RotationSummary } from './rotate-key';
import { storeDigest } from './rows-codec';
import type { SearchIndexRunner } from './search-index-build';
import { Staging, type Tx } from './staging';
import type {
  LoadIssue,
  OnProgress,
  RecordMap,
  Registry,
  StoreResult,
  StoreStatus,
  TestHooks,
} from './types';
import {
  changeVaultPassphrase,
  createVault,
  lockVault,
  readHeader,
  unlockVault,
  type CreateOptions,
} from './vault-ops';
import type { WriteIntent } from './write-journal';

/** A transaction's work: stage writes, or refuse with a typed `Fail`. */
export type TxWork<M extends RecordMap, E> = (
  tx: Tx<M>,
) => void | Fail<E> | Promise<void | Fail<E>>;

export type ReadRepository<T> = Omit<Repository<T>, 'put' | 'delete'>;
export type WritableTable = Exclude<RecordTable, 'attachments'>;

export type Store<M extends RecordMap> = {
  readonly dbName: string;
  status(): StoreStatus;
  /** Status changes and every step of a load behind an open list (`load()`). */
  subscribeStatus(listener: () => void): () => void;
  /**
   * A vault of more than one page of cases turns `unlocked` once its first page is in
   * memory; until the rest is, this says how many cases are loaded. `unlock()` itself
   * resolves when everything is, and writes queue behind it.
   */
  load(): StoreLoad;
  /** KDF parameters of the vault on disk (null when absent), e.g. to warn about a test vault. */
  kdfParams(): Promise<KdfParams | null>;
  create(
    passphrase: string,
    options?: CreateOptions,
    onProgress?: OnProgress,
  ): Promise<StoreResult<void>>;
  unlock(
    passphrase: string,
    onProgress?: OnProgress,
  ): Promise<StoreResult<{ loadIssues: LoadIssue[]; audit: AuditIntegrity }>>;
  lock(): void;
  changePassphrase(
    oldPassphrase: string,
    newPassphrase: string,
    options?: CreateOptions,
  ): Promise<StoreResult<void>>;
  /** A new master key: every row, chunk and audit row re-sealed under it (rotate-key.ts). */
  rotateMasterKey(
    passphrase: string,
    options?: CreateOptions,
    onProgress?: OnProgress,
  ): Promise<StoreResult<RotationSummary>>;
  repos: { readonly [K in WritableTable]: Repository<M[K]> } & {
    readonly audit: ReadRepository<AuditEntry>;
  };
  /**
   * One all-or-nothing write. The callback stages records; returning a `Fail` (the
   * caller's own refusal) aborts with nothing written and hands that error back typed.
   */
  transact<E = never>(fn: TxWork<M, E>): Promise<Result<CommitSummary, VaultError | E>>;
  search(query: string, options?: SearchOptions): readonly SearchHit[];
  subscribeSearch(listener: () => void): () => void;
  /** Changes whenever the index changes: re-run `search` when it does. */
  searchVersion(): number;
  /** Whether the index is ready or still being built (unlock, bulk import), with progress. */
  searchStatus(): SearchStatus;
  attachments: {
    readonly list: ReadRepository<AttachmentMeta>;
    put(input: AttachmentInput, bytes: Uint8Array): Promise<StoreResult<AttachmentMeta>>;
    read(id: string): Promise<StoreResult<Uint8Array>>;
    delete(id: string): Promise<StoreResult<void>>;
  };
  backup(onProgress?: OnProgress): Promise<StoreResult<Uint8Array>>;
  restore(
    bytes: Uint8Array,
    passphrase: string,
    options: RestoreOptions,
    onProgress?: OnProgress,
  ): Promise<StoreResult<{ loadIssues: LoadIssue[]; restoredFromSeq: number }>>;
  /** "Verify backup": decrypts and checks every row, attachment and the audit chain of a
   *  backup file and compares it with this vault; writes nothing. */
  checkBackup(
    bytes: Uint8Array,
    passphrase: string,
    onProgress?: OnProgress,
  ): Promise<StoreResult<BackupCheck>>;
  /** Walks the chain (re-hashing every entry) and compares its head with the header's anchor. */
  verifyAuditLog(): Promise<StoreResult<AuditVerdict>>;
  /** What the last unlock (or restore) found about the audit log; null while locked. */
  auditIntegrity(): AuditIntegrity | null;
  /** A write of the previous session that was interrupted (crash, power loss) and of which
   *  nothing was kept, as found by this unlock; null otherwise. */
  interruptedWrite(): WriteIntent | null;
  /**
   * True while no vault is in the database yet this profile's mirror of the audit head says
   * one was here: the database is gone. Chromium deletes an IndexedDB database it finds
   * damaged when it opens it (a torn write after a crash or power loss can do that), so the
   * app must say so, point to the backup, and not offer a blank vault as if nothing was lost.
   */
  vaultLost(): boolean;
  storeDigest(): Promise<string>;
  /** Closes the database connection (tests; the app reloads instead). */
  close(): void;
};

export type CreateStoreOptions<M extends RecordMap> = {
  dbName: string;
  registry: Registry<M>;
  searchConfig: SearchConfig;
  /** Size cap for one attachment, read at each write (e.g. from the settings record). */
  attachmentCap: (view: StoreView) => number;
  /** CONTROL BUILD for the at-rest canary test only: records written in clear. */
  plaintextControl?: boolean;
  testHooks?: TestHooks;
  /** Where whole index builds run (a Web Worker in the app; in-process by default). */
  searchRunner?: SearchIndexRunner;
  /** Second anchor of the audit head, outside IndexedDB (the app passes localStorage). */
  anchorMirror?: AnchorMirrorPort;
  /** Rows per page of the load at unlock (default LOAD_PAGE_ROWS; tests use a few). */
  loadPageRows?: number;
};

export const createStore = async <M extends RecordMap>(
  options: CreateStoreOptions<M>,
): Promise<Store<M>> => {
  const db = openDb(options.dbName);
  await db.open();
  const memory = Object.fromEntries(
    RECORD_TABLES.map((table) => [
      table,
      new TableMemory<unknown>(options.registry[table] as never),
    ]),
  ) as StoreContext<M>['memory'];
  const ctx: StoreContext<M> = {
    db,
    registry: options.registry,
    memory,
    audit: new TableMemory<AuditEntry>({
      parse: () => ({
        ok: false,
        error: { code: 'invalid-record', message: 'read-only', issues: [] },
      }),
      idOf: (entry) => String(entry.seq),
    }),
    search: new CaseSearch(options.searchRunner, () => notifySearch(ctx)),
    searchConfig: options.searchConfig,
    session: null,
    epoch: 0,
    status: 'absent',
    statusListeners: new Set(),
    searchListeners: new Set(),
    searchVersion: 0,
    hooks: options.testHooks ?? {},
    plaintextControl: options.plaintextControl === true,
    attachmentCap: () => options.attachmentCap(viewOf(ctx)),
    anchorMirror: options.anchorMirror,
    loadPageRows: options.loadPageRows ?? LOAD_PAGE_ROWS,
    load: NOT_LOADING,
    integrity: null,
    interrupted: null,
  };
  ctx.status = (await readHeader(ctx)) === null ? 'absent' : 'locked';
  const lostAtOpen = ctx.status === 'absent' && storedMirror(ctx) !== undefined;

  // One operation at a time: the audit chain and the "apply after commit" rule need a
  // single writer. lock() is deliberately outside the queue so it is always immediate.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const transact = <E = never>(fn: TxWork<M, E>) =>
    serial(async (): Promise<Result<CommitSummary, VaultError | E>> => {
      if (ctx.session === null) return vaultFail('vault.locked', 'The vault is locked.');
      const staging = new Staging<M>(options.registry, memory, ctx.attachmentCap);
      try {
        const refused = await fn(staging);
        if (refused !== undefined) return refused;
      } catch (error) {
        if (error instanceof VaultAbort) return { ok: false, error: error.error };
        return vaultFail('store.aborted', error instanceof Error ? error.message : String(error));
      }
      return commitStaging(ctx, staging);
    });

  const unit = (result: StoreResult<unknown>): StoreResult<void> =>
    result.ok ? vaultOk(undefined) : result;

  const repos = Object.fromEntries(
    RECORD_TABLES.filter((t): t is WritableTable => t !== 'attachments').map((table) => [
      table,
      makeRepository(memory[table], {
        put: async (record) => unit(await transact((tx) => tx.put(table, record))),
        delete: async (id) =>
          unit(
            await transact((tx) => {
              if (table === 'caseEvents' || table === 'bundleLedger') {
                throw new VaultAbort({
                  code: 'record.conflict',
                  message: `${table} is append-only`,
                });
              }
              tx.delete(table, id);
            }),
          ),
      }),
    ]),
  ) as unknown as Store<M>['repos'];
  const readOnly = { put: () => Promise.resolve(vaultFail('record.invalid', 'read-only')) };
  Object.assign(repos, { audit: makeRepository(ctx.audit, { ...readOnly, delete: readOnly.put }) });

  return {
    dbName: options.dbName,
    status: () => ctx.status,
    vaultLost: () => lostAtOpen && ctx.status === 'absent',
    subscribeStatus: (listener) => {
      ctx.statusListeners.add(listener);
      return () => ctx.statusListeners.delete(listener);
    },
    load: () => ctx.load,
    kdfParams: async () => {
      const header = await readHeader(ctx);
      return header?.ok === true ? header.value.kdf : null;
    },
    create: (passphrase, createOptions, onProgress) =>
      serial(() => createVault(ctx, passphrase, createOptions, onProgress)),
    unlock: (passphrase, onProgress) => serial(() => unlockVault(ctx, passphrase, onProgress)),
    lock: () => lockVault(ctx, ctx.status !== 'absent'),
    changePassphrase: (oldPassphrase, newPassphrase, createOptions) =>
      serial(() => changeVaultPassphrase(ctx, oldPassphrase, newPassphrase, createOptions)),
    rotateMasterKey: (passphrase, createOptions, onProgress) =>
      serial(() => rotateMasterKey(ctx, passphrase, createOptions, onProgress)),
    repos,
    transact,
    search: (query, searchOptions) => ctx.search.search(query, searchOptions),
    // The index is built once every case is loaded: until then search says "indexing".
    searchStatus: () =>
      ctx.load.loading ? { ready: false, done: 0, total: ctx.load.total } : ctx.search.status(),
    searchVersion: () => ctx.searchVersion,
    subscribeSearch: (listener) => {
      ctx.searchListeners.add(listener);
      return () => ctx.searchListeners.delete(listener);
    },
    attachments: {
      list: makeRepository(memory.attachments as TableMemory<AttachmentMeta>, {
        put: readOnly.put,
        delete: readOnly.put,
      }),
      put: async (input, bytes) => {
        let id = '';
        const result = await transact((tx) => {
          id = tx.putAttachment(input, bytes);
        });
        if (!result.ok) return result;
        const meta = memory.attachments.get(id) as AttachmentMeta | undefined;
        return meta === undefined
          ? vaultFail('vault.locked', 'The vault was locked.')
          : vaultOk(meta);
      },
      read: (id) => readAttachment(ctx, id),
      delete: async (id) => unit(await transact((tx) => tx.delete('attachments', id))),
    },
    backup: (onProgress) => serial(() => backupStore(ctx, onProgress)),
    restore: (bytes, passphrase, restoreOptions, onProgress) =>
      serial(() => restoreStore(ctx, bytes, passphrase, restoreOptions, onProgress)),
    checkBackup: (bytes, passphrase, onProgress) =>
      serial(() => checkBackup(ctx, bytes, passphrase, onProgress)),
    verifyAuditLog: () =>
      serial(async () => {
        const session = ctx.session;
        if (session === null) return vaultFail('vault.locked', 'Unlock the vault first.');
        // Chunks are digested as they are read (hash-wasm, ready before the transaction).
        const chunkSets = await chunkSetDigester();
        const [rows, header, records] = await db.transaction(
          'r',
          ['audit', 'meta', 'attachmentChunks', ...RECORD_TABLES],
          async () =>
            [
              await db.audit.toArray(),
              await readHeader(ctx),
              Object.fromEntries(
                await Promise.all(
                  RECORD_TABLES.map(async (t) => [t, await db.table<RecordRow>(t).toArray()]),
                ),
              ) as Record<RecordTable, RecordRow[]>,
              await db.attachmentChunks.each((chunk) => chunkSets.add(chunk)),
            ] as const,
        );
        if (header === null || !header.ok)
          return vaultFail('vault.bad-header', 'The vault header is unreadable.');
        const opened = await openAuditRows(session.cipher, rows);
        const rowId = rows.reduce((max, row) => Math.max(max, row.id), 0);
        const integrity = await checkIntegrity(ctx, session, header.value, opened.readable, rowId);
        const findings = await checkRecordDigests(
          opened.readable,
          { ...records, [CHUNKS_TABLE]: chunkSets.sets() },
          [...RECORD_TABLES, CHUNKS_TABLE],
        );
        const verdict = foldIntegrity(await verifyAuditEntries(opened), integrity);
        return vaultOk(foldRecordFindings(verdict, findings));
      }),
    auditIntegrity: () => ctx.integrity,
    interruptedWrite: () => ctx.interrupted,
    storeDigest: () => storeDigest(db),
    close: () => {
      lockVault(ctx, ctx.status !== 'absent');
      db.close();
    },
  };
};
