import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type { AuditEntry, Case, CaseEvent } from '../../shared/model';
import type { AttachmentMeta } from '../../shared/model';
import type { SearchHit, SearchOptions } from './case-search';
import type { AirlockStore } from './open-store';
import type { AirlockRecords } from './registry';
import type { ReadRepository, WritableTable } from './store';
import type { AuditIntegrity } from './audit-anchor';
import type { StoreLoad } from './context';
import type { StoreStatus } from './types';

/** Provide the store once at the app root: `<StoreReactContext.Provider value={store}>`. */
export const StoreReactContext = createContext<AirlockStore | null>(null);

export const useStore = (): AirlockStore => {
  const store = useContext(StoreReactContext);
  if (store === null) throw new Error('useStore outside <StoreReactContext.Provider>');
  return store;
};

export const useVaultStatus = (): StoreStatus => {
  const store = useStore();
  const subscribe = useCallback((listener: () => void) => store.subscribeStatus(listener), [store]);
  const snapshot = useCallback(() => store.status(), [store]);
  return useSyncExternalStore(subscribe, snapshot);
};

/** A snapshot read that follows the status subscription (lock, unlock, each load step). */
const useStatusSnapshot = <T>(read: (store: AirlockStore) => T): T => {
  const store = useStore();
  const subscribe = useCallback((listener: () => void) => store.subscribeStatus(listener), [store]);
  const snapshot = useCallback(() => read(store), [store, read]);
  return useSyncExternalStore(subscribe, snapshot);
};

const readLoad = (store: AirlockStore): StoreLoad => store.load();
const readIntegrity = (store: AirlockStore): AuditIntegrity | null => store.auditIntegrity();

/** How much of a large vault is loaded behind the open list (`loading: false` once whole). */
export const useStoreLoad = (): StoreLoad => useStatusSnapshot(readLoad);

/** The audit verdict of this unlock; null while locked or while a large vault still loads. */
export const useAuditIntegrity = (): AuditIntegrity | null => useStatusSnapshot(readIntegrity);

/** Re-renders when the repository commits a change; `read` must return a cached snapshot. */
const useRepoSnapshot = <T, R>(
  repo: ReadRepository<T>,
  read: (repo: ReadRepository<T>) => R,
): R => {
  const subscribe = useCallback((listener: () => void) => repo.subscribe(listener), [repo]);
  const snapshot = useCallback(() => read(repo), [repo, read]);
  return useSyncExternalStore(subscribe, snapshot);
};

export const useAll = <K extends WritableTable>(table: K): readonly AirlockRecords[K][] => {
  const repo = useStore().repos[table] as unknown as ReadRepository<AirlockRecords[K]>;
  return useRepoSnapshot(
    repo,
    useCallback((r: ReadRepository<AirlockRecords[K]>) => r.all(), []),
  );
};

export const useRecord = <K extends WritableTable>(
  table: K,
  id: string | undefined,
): AirlockRecords[K] | undefined => {
  const repo = useStore().repos[table] as unknown as ReadRepository<AirlockRecords[K]>;
  const read = useCallback(
    (r: ReadRepository<AirlockRecords[K]>) => (id === undefined ? undefined : r.get(id)),
    [id],
  );
  return useRepoSnapshot(repo, read);
};

export const useByCase = <K extends WritableTable>(
  table: K,
  caseId: string,
): readonly AirlockRecords[K][] => {
  const repo = useStore().repos[table] as unknown as ReadRepository<AirlockRecords[K]>;
  const read = useCallback((r: ReadRepository<AirlockRecords[K]>) => r.byCase(caseId), [caseId]);
  return useRepoSnapshot(repo, read);
};

export const useCases = (): readonly Case[] => useAll('cases');
export const useCase = (id: string | undefined): Case | undefined => useRecord('cases', id);
export const useEventsOf = (caseId: string): readonly CaseEvent[] =>
  useByCase('caseEvents', caseId);

export const useAttachmentsOf = (caseId: string): readonly AttachmentMeta[] => {
  const repo = useStore().attachments.list;
  const read = useCallback((r: ReadRepository<AttachmentMeta>) => r.byCase(caseId), [caseId]);
  return useRepoSnapshot(repo, read);
};

export const useAuditLog = (): readonly AuditEntry[] => {
  const repo = useStore().repos.audit;
  return useRepoSnapshot(
    repo,
    useCallback((r: ReadRepository<AuditEntry>) => r.all(), []),
  );
};

/** Search hits for a query, recomputed when the query or the index changes. */
export const useCaseSearch = (query: string, options?: SearchOptions): readonly SearchHit[] => {
  const store = useStore();
  const subscribe = useCallback((listener: () => void) => store.subscribeSearch(listener), [store]);
  const snapshot = useCallback(() => store.searchVersion(), [store]);
  const version = useSyncExternalStore(subscribe, snapshot);
  const limit = options?.limit;
  const anyTerm = options?.anyTerm;
  const fields = options?.fields?.join(',');
  return useMemo(
    () => {
      void version;
      return store.search(query, {
        ...(limit === undefined ? {} : { limit }),
        ...(anyTerm === undefined ? {} : { anyTerm }),
        ...(options?.fields === undefined ? {} : { fields: options.fields }),
      });
    },
    // `fields` is compared by content; `version` makes the memo follow index changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, query, version, limit, anyTerm, fields],
  );
};
