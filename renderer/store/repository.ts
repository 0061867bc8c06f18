import type { TableMemory } from './memory';
import type { StoreResult } from './types';

/**
 * What features use: synchronous reads from the decrypted in-memory table, a `subscribe`
 * for React, and single-record writes (each one a full store transaction with its audit
 * entry; use `store.transact` to write several records atomically).
 */
export type Repository<T> = {
  get(id: string): T | undefined;
  all(): readonly T[];
  /** Records of one case (empty for tables without a case link). Stable until a change. */
  byCase(caseId: string): readonly T[];
  /** Bumped on every committed change: a cheap snapshot token. */
  version(): number;
  subscribe(listener: () => void): () => void;
  put(record: T): Promise<StoreResult<void>>;
  delete(id: string): Promise<StoreResult<void>>;
};

export const makeRepository = <T>(
  memory: TableMemory<T>,
  write: {
    put: (record: T) => Promise<StoreResult<void>>;
    delete: (id: string) => Promise<StoreResult<void>>;
  },
): Repository<T> => ({
  get: (id) => memory.get(id),
  all: () => memory.all(),
  byCase: (caseId) => memory.byCase(caseId),
  version: () => memory.version,
  subscribe: (listener) => memory.subscribe(listener),
  put: write.put,
  delete: write.delete,
});
