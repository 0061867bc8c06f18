// What the keyring shows about a key, and whether Airlock may use it.
import type { Key, Subkey } from 'openpgp';

export type KeyAlgorithm = { algorithm: string; bits?: number; curve?: string };

export type SubkeyDescription = {
  fingerprint: string;
  keyId: string;
  algorithm: KeyAlgorithm;
  createdAt: string;
  expiresAt: string | null;
  revoked: boolean;
};

export type KeyDescription = {
  /** 40 uppercase hex digits (v4). */
  fingerprint: string;
  /** The same, grouped in blocks of four for reading aloud over the phone. */
  fingerprintGrouped: string;
  keyId: string;
  isSecret: boolean;
  /** User IDs with a valid, unrevoked self-signature: who the key says it belongs to. */
  userIds: string[];
  /**
   * User IDs the key carries without a valid self-signature (none, a bad or a revoked one):
   * anyone can append such a packet to a key ("Mallory <mallory@evil.invalid>"), so they
   * are never the key's identity; GnuPG drops them on import and `sq inspect` marks them.
   */
  invalidUserIds: string[];
  algorithm: KeyAlgorithm;
  createdAt: string;
  /** ISO instant, or null when the key does not expire. */
  expiresAt: string | null;
  expired: boolean;
  revoked: boolean;
  canEncrypt: boolean;
  canSign: boolean;
  subkeys: SubkeyDescription[];
};

/** `ABCD1234...` → `ABCD 1234 ... ` with a double space in the middle, as GnuPG prints it. */
export function formatFingerprint(fingerprint: string): string {
  const groups = fingerprint.toUpperCase().match(/.{1,4}/g) ?? [];
  const half = Math.ceil(groups.length / 2);
  return `${groups.slice(0, half).join(' ')}  ${groups.slice(half).join(' ')}`.trim();
}

export function normaliseFingerprint(fingerprint: string): string {
  return fingerprint.replace(/\s+/g, '').toUpperCase();
}

function algorithmOf(key: Key | Subkey): KeyAlgorithm {
  const info = key.getAlgorithmInfo();
  return {
    algorithm: info.algorithm,
    ...(info.bits === undefined ? {} : { bits: info.bits }),
    ...(info.curve === undefined ? {} : { curve: info.curve }),
  };
}

/** Whether an openpgp.js check passes (it reports failure by throwing). */
export async function succeeds(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch {
    return false;
  }
}

async function expiryOf(key: Key): Promise<Date | null> {
  // openpgp.js answers Infinity when the key does not expire and null when it is revoked
  // or invalid (then `revoked` says why); only a Date is an expiry.
  const expiry = await key.getExpirationTime();
  return expiry instanceof Date ? expiry : null;
}

async function subkeyRevoked(subkey: Subkey, now: Date): Promise<boolean> {
  try {
    await subkey.verify(now);
    return false;
  } catch (error) {
    return error instanceof Error && /revoked/i.test(error.message);
  }
}

async function userIdsOf(key: Key, now: Date): Promise<{ valid: string[]; invalid: string[] }> {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const user of key.users) {
    // A user attribute (a photo) has no user ID text.
    if (user.userID === null) continue;
    const text = user.userID.userID;
    if (await succeeds(() => user.verify(now))) valid.push(text);
    else invalid.push(text);
  }
  return { valid, invalid };
}

export async function describeKey(key: Key, now: Date = new Date()): Promise<KeyDescription> {
  const fingerprint = normaliseFingerprint(key.getFingerprint());
  const expiry = await expiryOf(key);
  const revoked = await key.isRevoked(undefined, undefined, now);
  const userIds = await userIdsOf(key, now);
  const subkeys = await Promise.all(
    key.subkeys.map(async (subkey) => {
      const exp = await subkey.getExpirationTime(now);
      return {
        fingerprint: normaliseFingerprint(subkey.getFingerprint()),
        keyId: subkey.getKeyID().toHex().toUpperCase(),
        algorithm: algorithmOf(subkey),
        createdAt: subkey.getCreationTime().toISOString(),
        expiresAt: exp instanceof Date ? exp.toISOString() : null,
        revoked: await subkeyRevoked(subkey, now),
      };
    }),
  );
  return {
    fingerprint,
    fingerprintGrouped: formatFingerprint(fingerprint),
    keyId: key.getKeyID().toHex().toUpperCase(),
    isSecret: key.isPrivate(),
    userIds: userIds.valid,
    invalidUserIds: userIds.invalid,
    algorithm: algorithmOf(key),
    createdAt: key.getCreationTime().toISOString(),
    expiresAt: expiry === null ? null : expiry.toISOString(),
    expired: expiry !== null && expiry.getTime() <= now.getTime(),
    revoked,
    canEncrypt: await succeeds(() => key.getEncryptionKey(undefined, now)),
    canSign: await succeeds(() => key.getSigningKey(undefined, now)),
    subkeys,
  };
}

export type KeyTrust = 'unknown' | 'verified';

export type KeyWarning =
  | 'expired'
  | 'revoked'
  | 'unverified'
  | 'expires-soon'
  | 'no-encryption-key'
  | 'no-signing-key'
  | 'weak-algorithm';

export type KeyUsability = {
  /** Whether Airlock may encrypt to the key (for a public key) at all. */
  usable: boolean;
  warnings: KeyWarning[];
};

const SOON_MS = 30 * 24 * 3600 * 1000;

/** RSA moduli below this are weak (NIST SP 800-57: 128-bit security from 3072): one
 *  threshold for the keyring's usability and the seals' key health. */
export const MIN_RSA_BITS = 3072;

/**
 * Whether a key can be used now, with the warnings the UI must show. An unverified key is
 * usable (the analyst decides) but always warned about; expired or revoked keys are not.
 */
export function keyUsability(
  description: KeyDescription,
  trust: KeyTrust,
  now: Date = new Date(),
): KeyUsability {
  const warnings: KeyWarning[] = [];
  if (description.revoked) warnings.push('revoked');
  if (description.expired) warnings.push('expired');
  if (trust !== 'verified') warnings.push('unverified');
  if (
    !description.expired &&
    description.expiresAt !== null &&
    Date.parse(description.expiresAt) - now.getTime() < SOON_MS
  ) {
    warnings.push('expires-soon');
  }
  if (!description.canEncrypt) warnings.push('no-encryption-key');
  if (description.isSecret && !description.canSign) warnings.push('no-signing-key');
  const { algorithm, bits } = description.algorithm;
  // The rule of keyHealth's weak-rsa and legacy-algorithm issues.
  const weakRsa = /^rsa/i.test(algorithm) && bits !== undefined && bits < MIN_RSA_BITS;
  if (weakRsa || /^(dsa|elgamal)/i.test(algorithm)) warnings.push('weak-algorithm');
  return {
    usable: !description.revoked && !description.expired && description.canEncrypt,
    warnings,
  };
}
