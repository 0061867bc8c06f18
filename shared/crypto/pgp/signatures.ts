// Turning openpgp.js verification objects into a precise, typed signature result.
// Rule (DESIGN §6): never report a signature as valid unless its `verified` promise
// resolved for a key we know; a message without signatures yields an empty list, which
// the caller must show as "unsigned", never as valid.
import type { Key, KeyID, Signature } from 'openpgp';
import { bytesToHex } from './bytes';
import { errorText } from './errors';

/** openpgp.js's verification object (the type is not exported by the package). */
export type VerificationResult = {
  keyID: KeyID;
  verified: Promise<true>;
  signature: Promise<Signature>;
};

export type SignatureStatus = 'valid' | 'invalid' | 'unknown-key' | 'expired-key' | 'revoked-key';

export type SignatureReport = {
  status: SignatureStatus;
  /**
   * For a known key: the 40-hex primary key fingerprint. For an unknown key: the issuer
   * fingerprint subpacket of the signature (this may be a signing *subkey*'s fingerprint,
   * e.g. Sequoia signs with a subkey), or, when the signature carries only an issuer key ID
   * (old signers), the 16-hex key ID — `fingerprintSource` says which.
   */
  fingerprint: string;
  fingerprintSource: 'primary-key' | 'issuer-fingerprint' | 'key-id';
  /** 16 uppercase hex digits of the key that made the signature (possibly a subkey). */
  keyId: string;
  signedAt: string | null;
  /** Why the status is not `valid`, in openpgp.js words (empty when valid). */
  detail: string;
};

async function isRevokedNow(key: Key, now: Date): Promise<boolean> {
  if (await key.isRevoked(undefined, undefined, now)) return true;
  return false;
}

async function isExpiredAt(key: Key, at: Date): Promise<boolean> {
  const expiry = await key.getExpirationTime();
  return expiry instanceof Date && expiry.getTime() <= at.getTime();
}

/** Evaluates every signature; `knownKeys` are the keys the verification ran against. */
export async function evaluateSignatures(
  results: readonly VerificationResult[],
  knownKeys: readonly Key[],
  now: Date = new Date(),
): Promise<SignatureReport[]> {
  return Promise.all(results.map((result) => evaluateOne(result, knownKeys, now)));
}

async function evaluateOne(
  result: VerificationResult,
  knownKeys: readonly Key[],
  now: Date,
): Promise<SignatureReport> {
  const keyId = result.keyID.toHex().toUpperCase();
  const packet = await result.signature.then(
    (signature: Signature) => signature.packets[0] ?? null,
    () => null,
  );
  const signedAt = packet?.created ?? null;
  const key = knownKeys.find((candidate) => candidate.getKeys(result.keyID).length > 0);
  let verifyError: string | null = null;
  try {
    await result.verified;
  } catch (error) {
    verifyError = errorText(error);
  }
  const base = { keyId, signedAt: signedAt === null ? null : signedAt.toISOString() };
  if (key === undefined) {
    const issuer = packet?.issuerFingerprint;
    const hasFingerprint = issuer instanceof Uint8Array && issuer.length === 20;
    return {
      ...base,
      status: 'unknown-key',
      fingerprint: hasFingerprint ? bytesToHex(issuer).toUpperCase() : keyId,
      fingerprintSource: hasFingerprint ? 'issuer-fingerprint' : 'key-id',
      detail: 'signing key is not in the keyring',
    };
  }
  const fingerprint = key.getFingerprint().toUpperCase();
  const known = { ...base, fingerprint, fingerprintSource: 'primary-key' as const };
  if (verifyError !== null && !/revoked|expired/i.test(verifyError)) {
    // The signed data or the signature itself does not check out: whatever the key's
    // state, this is an invalid signature.
    return { ...known, status: 'invalid', detail: verifyError };
  }
  if (/revoked/i.test(verifyError ?? '') || (await isRevokedNow(key, now))) {
    return { ...known, status: 'revoked-key', detail: verifyError ?? 'the signing key is revoked' };
  }
  if (/expired/i.test(verifyError ?? '') || (await isExpiredAt(key, now))) {
    return {
      ...known,
      status: 'expired-key',
      detail: verifyError ?? 'the signing key has expired',
    };
  }
  return { ...known, status: 'valid', detail: '' };
}
