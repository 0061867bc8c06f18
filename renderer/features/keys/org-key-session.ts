// The unlocked organisation key for this session. It lives only in memory: locking the
// vault reloads the window, which drops it with every other decrypted object.
import {
  readKeysFrom,
  unlockSecretKey,
  type Key,
  type PrivateKey,
} from '../../../shared/crypto/pgp';
import type { PgpResult } from '../../../shared/crypto/pgp';
import type { KeyRecord } from '../../../shared/model/key';

let unlocked: { fingerprint: string; key: PrivateKey } | null = null;
const listeners = new Set<() => void>();

export function subscribeOrgKey(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function unlockedOrgKey(fingerprint: string | null): PrivateKey | null {
  return unlocked !== null && unlocked.fingerprint === fingerprint ? unlocked.key : null;
}

export function rememberOrgKey(fingerprint: string, key: PrivateKey): void {
  unlocked = { fingerprint, key };
  listeners.forEach((l) => l());
}

export function forgetOrgKey(): void {
  unlocked = null;
  listeners.forEach((l) => l());
}

/** Unlocks the stored secret key with its key passphrase and keeps it for the session. */
export async function unlockOrgKey(
  record: KeyRecord,
  passphrase: string,
): Promise<PgpResult<PrivateKey>> {
  const result = await unlockSecretKey(record.armored, passphrase);
  if (result.ok) rememberOrgKey(record.fingerprint, result.value);
  return result;
}

/** Parses stored public keys (skipping any that no longer parse: they are shown, not used). */
export async function parseKeys(records: readonly KeyRecord[]): Promise<Key[]> {
  const out: Key[] = [];
  for (const record of records) {
    const parsed = await readKeysFrom(record.armored);
    if (parsed.ok) out.push(...parsed.value.map((k) => k.toPublic()));
  }
  return out;
}
