import type { StorePort } from '../../store/port';

const LOCK_NOTICE_KEY = 'airlock.lockReason';

/** Locking uses only the store's `lock`. */
export type VaultStore = StorePort<never, 'lock'>;

const LOCK_CAUSES = [
  'manual',
  'idle',
  'suspend',
  'screen-lock',
  'user',
  'second-instance',
] as const;
export type LockCause = (typeof LOCK_CAUSES)[number];

const isLockCause = (value: string | null): value is LockCause =>
  (LOCK_CAUSES as readonly (string | null)[]).includes(value);

/**
 * Locking drops every key and decrypted record, then reloads the page so nothing decrypted
 * survives in React state or the JS heap. Only the cause (no case data) crosses the reload.
 */
export function lockAndReload(store: VaultStore, cause: LockCause): void {
  store.lock();
  try {
    if (cause !== 'manual') sessionStorage.setItem(LOCK_NOTICE_KEY, cause);
  } catch {
    // No session storage: the unlock screen simply shows no reason.
  }
  window.location.reload();
}

/** The cause of the last automatic lock, read once. */
export function takeLockCause(): LockCause | null {
  try {
    const cause = sessionStorage.getItem(LOCK_NOTICE_KEY);
    sessionStorage.removeItem(LOCK_NOTICE_KEY);
    return isLockCause(cause) ? cause : null;
  } catch {
    return null;
  }
}
