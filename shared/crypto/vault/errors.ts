// Vault failures are values, never exceptions: the UI shows each code as its own message.
import type { Result } from '../../result';
export type VaultErrorCode =
  | 'vault.absent'
  | 'vault.exists'
  | 'vault.locked'
  | 'vault.wrong-passphrase'
  | 'vault.bad-header'
  | 'vault.kdf-params'
  | 'vault.rotate-unreadable'
  | 'vault.weak-passphrase'
  | 'record.decrypt-failed'
  | 'record.invalid'
  | 'record.conflict'
  | 'record.not-found'
  | 'attachment.too-large'
  | 'attachment.corrupt'
  | 'backup.malformed'
  | 'backup.wrong-passphrase'
  | 'backup.corrupt'
  | 'backup.store-not-empty'
  | 'backup.kdf-too-costly'
  | 'backup.audit-broken'
  | 'backup.needs-confirmation'
  | 'store.aborted'
  | 'store.quota-exceeded'
  | 'store.write-failed';

export type VaultError = { code: VaultErrorCode; message: string };

export type VaultResult<T> = Result<T, VaultError>;

export const vaultOk = <T>(value: T): VaultResult<T> => ({ ok: true, value });
export const vaultFail = (code: VaultErrorCode, message: string): VaultResult<never> => ({
  ok: false,
  error: { code, message },
});

/**
 * Thrown inside a store transaction to abort it; `transact` turns it back into a
 * `{ ok: false }` value, so callers never see it as an exception.
 */
export class VaultAbort extends Error {
  constructor(readonly error: VaultError) {
    super(error.message);
    this.name = 'VaultAbort';
  }
}
