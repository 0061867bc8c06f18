// What the analyst reads about a message's signatures. Rule (DESIGN §6): an empty list is
// "unsigned", never valid; one bad signature makes the whole message "invalid".
import { formatFingerprint } from '../../../shared/crypto/pgp';
import { signerOf } from '../../../shared/exchange/message';
import { type Contact, nameOf } from '../../../shared/model';
import type { KeyRecord } from '../../../shared/model/key';
import type { SignatureFact } from '../../../shared/model/message';

export type SignatureVerdict =
  'valid' | 'unknown-key' | 'invalid' | 'unsigned' | 'expired-key' | 'revoked-key';

export type SignatureSummary = { verdict: SignatureVerdict; signer: string; fingerprint: string };

/**
 * The verdict and signer a person reads, from `signerOf` (the one rule the import preview
 * and the store path use): an empty list is "unsigned", one bad signature makes it invalid.
 */
export function summariseSignatures(
  signatures: readonly Pick<SignatureFact, 'status' | 'fingerprint'>[],
  keys: readonly KeyRecord[],
  contacts: readonly Pick<Contact, 'id' | 'name'>[],
  language: 'ja' | 'en',
): SignatureSummary {
  const signer = signerOf({ signatures }, keys);
  const verdict: SignatureVerdict = signer.verified
    ? 'valid'
    : signer.reason === 'missing'
      ? 'unsigned'
      : signer.reason;
  if (verdict === 'unsigned') return { verdict, signer: '', fingerprint: '' };
  const fingerprint = formatFingerprint(signer.fingerprint ?? '');
  const key = signer.key;
  const contact = contacts.find((c) => c.id === key?.ownerContactId);
  const contactName = contact === undefined ? '' : nameOf(contact, language);
  const userId = key?.userIds[0] ?? '';
  const name = contactName !== '' ? `${contactName} (${userId})` : userId;
  return {
    verdict,
    signer: name === '' ? fingerprint : name,
    fingerprint,
  };
}
