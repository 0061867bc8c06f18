// Who signed a reply, decided once (issue 24 item 2): the import preview, the store path and
// the stored message's badge all ask `signerOf`, so a reply the preview calls unverified is
// never filed under a vendor, and a reply filed under a vendor was verified by its key.
import { normaliseFingerprint } from '../../crypto/pgp';
import type { ContactId } from '../../model';
import type { KeyRecord } from '../../model/key';
import type { SignatureFact } from '../../model/message';

/** What a signer lookup needs of a keyring entry. */
export type SignerKey = Pick<KeyRecord, 'fingerprint' | 'subkeys' | 'ownerContactId'>;

/** Why a reply is not verified: a bad signature, none, or a key we do not hold or trust. */
export type UnverifiedReason =
  'invalid' | 'missing' | 'unknown-key' | 'expired-key' | 'revoked-key';

export type Signer<K extends SignerKey> =
  | { verified: true; key: K; contactId: ContactId | null; fingerprint: string }
  | { verified: false; reason: UnverifiedReason; key: K | null; fingerprint: string | null };

/** The worst status first: one bad signature makes the whole reply unverified. */
const WORST_FIRST: readonly SignatureFact['status'][] = [
  'invalid',
  'revoked-key',
  'expired-key',
  'unknown-key',
  'valid',
];

/** The key a signature fingerprint names: a primary or subkey fingerprint, or a 16-hex key
 *  ID (the tail of a fingerprint), as signatures report them. */
export function keyOfFingerprint<K extends SignerKey>(
  fingerprint: string,
  keyring: readonly K[],
): K | undefined {
  const fpr = normaliseFingerprint(fingerprint);
  if (fpr === '') return undefined;
  const names = (f: string) => f === fpr || f.endsWith(fpr);
  return keyring.find((k) => names(k.fingerprint) || k.subkeys.some((s) => names(s.fingerprint)));
}

/**
 * The signer of a reply (`signatures` as opened or as stored) by the keyring now. Verified
 * only when every signature is valid and made by a key the keyring holds; then the signer is
 * the first such key that belongs to a contact (else the first key). Otherwise the reason of
 * the worst signature, `missing` for none.
 */
export function signerOf<K extends SignerKey>(
  reply: { signatures: readonly Pick<SignatureFact, 'status' | 'fingerprint'>[] },
  keyring: readonly K[],
): Signer<K> {
  const worst = WORST_FIRST.map((v) => reply.signatures.find((s) => s.status === v)).find(
    (s) => s !== undefined,
  );
  if (worst === undefined)
    return { verified: false, reason: 'missing', key: null, fingerprint: null };
  const fingerprint = normaliseFingerprint(worst.fingerprint);
  if (worst.status !== 'valid') {
    const key = keyOfFingerprint(fingerprint, keyring) ?? null;
    return { verified: false, reason: worst.status, key, fingerprint };
  }
  const keys = reply.signatures.map((s) => keyOfFingerprint(s.fingerprint, keyring));
  const held = keys.filter((k) => k !== undefined);
  // `worst` is the first signature here (all are valid): its key is the default signer.
  const first = keys[0];
  if (first === undefined || held.length < keys.length) {
    const lost = reply.signatures[keys.indexOf(undefined)]?.fingerprint ?? '';
    // Verified when opened, but the key has left the keyring since: nobody vouches for it now.
    return {
      verified: false,
      reason: 'unknown-key',
      key: null,
      fingerprint: normaliseFingerprint(lost),
    };
  }
  const key = held.find((k) => k.ownerContactId !== undefined) ?? first;
  return {
    verified: true,
    key,
    contactId: key.ownerContactId ?? null,
    fingerprint: key.fingerprint,
  };
}
