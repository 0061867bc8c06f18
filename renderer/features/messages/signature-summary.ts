// What the analyst reads about a message's signatures. Rule (DESIGN §6): an empty list is
// "unsigned", never valid; one bad signature makes the whole message "invalid".
import { normaliseFingerprint, formatFingerprint } from '../../../shared/crypto/pgp';
import { type Contact, nameOf } from '../../../shared/model';
import type { KeyRecord } from '../../../shared/model/key';
import type { SignatureFact } from '../../../shared/model/message';

export type SignatureVerdict =
  'valid' | 'unknown-key' | 'invalid' | 'unsigned' | 'expired-key' | 'revoked-key';

export type SignatureSummary = { verdict: SignatureVerdict; signer: string; fingerprint: string };

const ORDER: SignatureVerdict[] = ['invalid', 'revoked-key', 'expired-key', 'unknown-key', 'valid'];

/** Finds the key a signature belongs to (by primary or subkey fingerprint, or key ID). */
export function keyOfSignature(
  fact: Pick<SignatureFact, 'fingerprint'>,
  keys: readonly KeyRecord[],
): KeyRecord | undefined {
  const fpr = normaliseFingerprint(fact.fingerprint);
  return keys.find(
    (k) =>
      k.fingerprint === fpr ||
      k.fingerprint.endsWith(fpr) ||
      k.subkeys.some((s) => s.fingerprint === fpr || s.fingerprint.endsWith(fpr)),
  );
}

export function summariseSignatures(
  signatures: readonly Pick<SignatureFact, 'status' | 'fingerprint'>[],
  keys: readonly KeyRecord[],
  contacts: readonly Pick<Contact, 'id' | 'name'>[],
  language: 'ja' | 'en',
): SignatureSummary {
  const worst = ORDER.map((v) => signatures.find((s) => s.status === v)).find(
    (s) => s !== undefined,
  );
  if (worst === undefined) return { verdict: 'unsigned', signer: '', fingerprint: '' };
  const key = keyOfSignature(worst, keys);
  const contact = contacts.find((c) => c.id === key?.ownerContactId);
  const contactName = contact === undefined ? '' : nameOf(contact, language);
  const userId = key?.userIds[0] ?? '';
  const signer = contactName !== '' ? `${contactName} (${userId})` : userId;
  return {
    verdict: worst.status,
    signer: signer === '' ? formatFingerprint(worst.fingerprint) : signer,
    fingerprint: formatFingerprint(worst.fingerprint),
  };
}
