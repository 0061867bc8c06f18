import type { VaultError } from '../../shared/crypto/vault';

/** The error names IndexedDB uses when the disk or the origin's quota cannot take a write. */
const FULL = new Set(['QuotaExceededError', 'QuotaExceeded']);

/** Dexie wraps the DOMException of an aborted transaction (`inner`); plain errors chain by `cause`. */
const isQuotaError = (error: unknown, depth = 0): boolean => {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const { name, inner, cause } = error as { name?: unknown; inner?: unknown; cause?: unknown };
  return (
    (typeof name === 'string' && FULL.has(name)) ||
    isQuotaError(inner, depth + 1) ||
    isQuotaError(cause, depth + 1)
  );
};

/**
 * A failed write transaction as the store reports it: a full disk or exhausted quota is
 * its own code, so a screen can say that nothing of the write was saved and why (issue 29);
 * anything else is `store.write-failed` with the browser's text.
 */
export const writeError = (error: unknown): VaultError =>
  isQuotaError(error)
    ? {
        code: 'store.quota-exceeded',
        message: 'The disk or the storage quota is full: nothing of this write was saved.',
      }
    : {
        code: 'store.write-failed',
        message: error instanceof Error ? error.message : String(error),
      };
