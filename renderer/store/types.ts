import type { ParseResult } from '../../shared/model/versioned';
import type { VaultError } from '../../shared/crypto/vault';
import type { RecordTable } from './db';
import type { Result } from '../../shared/result';

/** How the store treats one record type; the zod schema (with migrations) sits in `parse`. */
export type TableSpec<T> = {
  /** Migrates and validates a record (on write and on every read at unlock). */
  parse: (input: unknown) => ParseResult<T>;
  idOf: (record: T) => string;
  /** For `byCase(caseId)` and for re-indexing the case when the record changes. */
  caseIdOf?: (record: T) => string | null;
  /** A value that must be unique in the table (enforced in memory by every commit). */
  uniqueOf?: (record: T) => string | null;
  /** Records are never changed or deleted once written (case events, ledger). */
  appendOnly?: true;
};

export type RecordMap = { [K in RecordTable]: unknown };

export type Registry<M extends RecordMap> = { [K in RecordTable]: TableSpec<M[K]> };

export type StoreStatus = 'absent' | 'locked' | 'unlocked';

export type StorePhase =
  | 'deriving-key'
  | 'unwrapping'
  | 'decrypting'
  | 'building-index'
  | 'reading'
  | 'encrypting'
  | 'writing';

/** Progress of long work (KDF, load, backup, restore); `done/total` when it is countable. */
export type StoreProgress = { phase: StorePhase; done?: number; total?: number };
export type OnProgress = (progress: StoreProgress) => void;

export type StoreResult<T> = Result<T, VaultError>;

/** A record that failed to decrypt or validate at unlock: kept on disk, reported, not loaded. */
export type LoadIssue = { table: RecordTable; id: string; code: string; message: string };

/** Fault injection for tests of interrupted writes, and marks for the bench; never set in
 *  the app. */
export type TestHooks = {
  afterEncrypt?: () => void;
  insideWrite?: () => void;
  /** Inside the transaction, after chunk `index` of a bulk commit's records was put. */
  afterChunk?: (index: number) => void;
  /** After IndexedDB reported the transaction committed, before memory is updated. */
  afterCommit?: () => void;
  /** At each named step of a write (commit, restore): the crash e2e kills the browser
   *  there, before the write's transaction opens, inside it and after it committed. */
  writePoint?: (point: string) => void;
};

/** What a caller provides; size, chunking and hash are computed by the store. */
export type AttachmentInput = {
  id?: string;
  caseId: string | null;
  name: string;
  mediaType: string;
};
