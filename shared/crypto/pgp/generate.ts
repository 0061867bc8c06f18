// The organisation key: generation and revocation.
import * as openpgp from 'openpgp';
import type { PrivateKey } from 'openpgp';
import { classifyPgpError, pgpFail, pgpOk, type PgpResult } from './errors';
import { pgpConfig } from './limits';

export type KeyAlgorithmChoice = 'ed25519' | 'rsa4096';

const YEAR_SECONDS = 365 * 86_400;
/** The expiries offered for a new organisation key, in seconds (0: never), by the app's form
 *  and the CLI's `key generate --expires` alike. */
export const KEY_EXPIRIES = {
  never: 0,
  '1y': YEAR_SECONDS,
  '2y': 2 * YEAR_SECONDS,
  '5y': 5 * YEAR_SECONDS,
} as const;
export type KeyExpiry = keyof typeof KEY_EXPIRIES;
/** Two years unless chosen otherwise: a key whose secret is lost or forgotten stops being
 *  encrypted to on its own, and one in use is simply extended. */
export const DEFAULT_KEY_EXPIRY: KeyExpiry = '2y';

export type GenerateKeyInput = {
  name: string;
  email: string;
  /** ed25519 = Ed25519 primary + Curve25519 (ECDH) subkey as v4 keys (the default). */
  algorithm?: KeyAlgorithmChoice;
  /** Seconds until expiry; 0 or absent = no expiry. */
  expiresInSeconds?: number;
  passphrase: string;
  /** Creation time (tests use a past date to make expired keys). */
  date?: Date;
};

export type GeneratedKey = {
  /** Armored secret key, protected by the passphrase. */
  secretKey: string;
  publicKey: string;
  /** Armored revocation certificate made at generation, to keep offline. */
  revocationCertificate: string;
  /** The unlocked key object, for immediate use in the same session. */
  key: PrivateKey;
};

/**
 * Generates a v4 key readable by GnuPG 2.2: `curve25519Legacy` (EdDSA + ECDH) by default,
 * RSA 4096 on request. v6 keys and `curve25519` (RFC 9580 X25519) are not readable by it.
 */
export async function generateOrgKey(input: GenerateKeyInput): Promise<PgpResult<GeneratedKey>> {
  if (input.passphrase.length === 0) return pgpFail('bad-passphrase', 'a passphrase is required');
  const algo = input.algorithm ?? 'ed25519';
  const common = {
    userIDs: [{ name: input.name, email: input.email }],
    passphrase: input.passphrase,
    keyExpirationTime: input.expiresInSeconds ?? 0,
    ...(input.date === undefined ? {} : { date: input.date }),
    config: pgpConfig(),
    format: 'object' as const,
  };
  try {
    const generated =
      algo === 'rsa4096'
        ? await openpgp.generateKey({ ...common, type: 'rsa', rsaBits: 4096 })
        : await openpgp.generateKey({ ...common, type: 'ecc', curve: 'curve25519Legacy' });
    const unlocked = await openpgp.decryptKey({
      privateKey: generated.privateKey,
      passphrase: input.passphrase,
    });
    return pgpOk({
      secretKey: generated.privateKey.armor(),
      publicKey: generated.publicKey.armor(),
      revocationCertificate: generated.revocationCertificate,
      key: unlocked,
    });
  } catch (error) {
    return { ok: false, error: classifyPgpError(error, 'unsupported') };
  }
}

export type RevocationReason = 'no-reason' | 'superseded' | 'compromised' | 'retired';

const reasonFlags: Record<RevocationReason, number> = {
  'no-reason': openpgp.enums.reasonForRevocation.noReason,
  superseded: openpgp.enums.reasonForRevocation.keySuperseded,
  compromised: openpgp.enums.reasonForRevocation.keyCompromised,
  retired: openpgp.enums.reasonForRevocation.keyRetired,
};

/**
 * Revokes the own key (needs the unlocked secret key) and returns the revoked public key,
 * which is what vendors import to learn of the revocation, and the revoked secret key.
 */
export async function revokeOwnKey(
  key: PrivateKey,
  reason: RevocationReason = 'no-reason',
  text = '',
): Promise<PgpResult<{ publicKey: string; secretKey: string }>> {
  if (!key.isDecrypted()) return pgpFail('key-locked', 'unlock the secret key before revoking it');
  try {
    const revoked = await openpgp.revokeKey({
      key,
      reasonForRevocation: { flag: reasonFlags[reason], string: text },
      format: 'object',
      config: pgpConfig(),
    });
    return pgpOk({ publicKey: revoked.publicKey.armor(), secretKey: revoked.privateKey.armor() });
  } catch (error) {
    return { ok: false, error: classifyPgpError(error, 'key-invalid') };
  }
}
