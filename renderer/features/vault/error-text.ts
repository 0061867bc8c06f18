import type { TFunction } from 'i18next';
import type { VaultErrorCode } from '../../../shared/crypto/vault';

/** The vault's own writes a screen starts (each names what a full disk kept from being saved). */
export type VaultWrite = 'create' | 'passphrase' | 'rotate' | 'restore';

/** A failed vault write as its screen says it: a full disk or exhausted quota names what was
 *  not saved, in the chosen language (issue 29); anything else keeps the store's own text. */
export const vaultErrorText = (
  t: TFunction,
  error: { code: VaultErrorCode; message: string },
  write: VaultWrite,
): string =>
  error.code === 'store.quota-exceeded'
    ? t(`vault.error.quota.${write}`)
    : t('vault.error.generic', { message: error.message });
