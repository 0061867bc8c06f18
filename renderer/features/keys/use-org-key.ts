import { useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import type { PrivateKey } from '../../../shared/crypto/pgp';
import type { KeyRecord } from '../../../shared/model/key';
import { subscribeOrgKey, unlockedOrgKey } from './org-key-session';
import { useTable } from './use-table';

export type OrgKeyState = { record: KeyRecord | null; key: PrivateKey | null };

/** The organisation key named in the settings, and its unlocked form if unlocked. */
export function useOrgKey(): OrgKeyState {
  const settings = useTable('settings')[0];
  const keys = useTable('keys');
  const fingerprint = settings?.organisation.ownKeyFingerprint ?? null;
  const key = useSyncExternalStore(subscribeOrgKey, () => unlockedOrgKey(fingerprint));
  const record = keys.find((k) => k.fingerprint === fingerprint && k.kind === 'secret') ?? null;
  return { record, key: record === null ? null : key };
}

const KNOWN = [
  'bad-passphrase',
  'key-invalid',
  'not-openpgp',
  'key-locked',
  'unsupported',
  'store',
] as const;
type KnownCode = (typeof KNOWN)[number];
const isKnown = (code: string): code is KnownCode => (KNOWN as readonly string[]).includes(code);

/** A failure as a translated sentence, by its code. */
export function keyErrorText(t: TFunction, error: { code: string; message: string }): string {
  return isKnown(error.code)
    ? t(`keys.errors.${error.code}`, { message: error.message })
    : t('keys.errors.generic', { message: error.message });
}
