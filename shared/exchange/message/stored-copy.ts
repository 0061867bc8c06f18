// The same reply taken in twice (QA finding: importing one `.asc` file again stored a second
// identical message, counted as another unread reply). Bundles are refused on replay; a
// reply is too. Decided once here: the import preview says where it already is and the store
// refuses it. The stored message keeps no hash of the file, so a copy is told by what was
// decrypted from it: the same text, the same attachments (by SHA-256) and the same signing
// times — a file re-armoured or re-sent on other media still matches, and a vendor writing
// the same words again signs them at another moment. (Not the signer's fingerprint: an
// unknown key's is the issuer's, a primary's once the key is imported.)
import type { MessageRecord, SignatureFact } from '../../model/message';
import { failWith, ok, type CodedError, type Result } from '../../result';

export type StoredCopyCandidate = Pick<
  MessageRecord,
  'id' | 'caseId' | 'direction' | 'body' | 'attachments' | 'pgp' | 'at'
>;

export type OpenedContent = {
  text: string;
  attachments: readonly { sha256: string }[];
  signatures: readonly Pick<SignatureFact, 'signedAt'>[];
};

const lines = (text: string) => text.replace(/\r\n?/g, '\n').trimEnd();

/** What identifies a decrypted reply's content, whatever file carried it. */
const contentKey = (c: OpenedContent) =>
  JSON.stringify([
    lines(c.text),
    c.attachments.map((a) => a.sha256.toLowerCase()).sort(),
    c.signatures.map((s) => s.signedAt ?? '').sort(),
  ]);

/** The received message already stored with this reply's content; null when there is none. */
export function storedCopyOf<M extends StoredCopyCandidate>(
  reply: OpenedContent,
  stored: readonly M[],
): M | null {
  const key = contentKey(reply);
  return (
    stored.find(
      (m) =>
        m.direction === 'in' &&
        contentKey({ text: m.body, attachments: m.attachments, signatures: m.pgp.signatures }) ===
          key,
    ) ?? null
  );
}

export type StoredCopyError = CodedError<'reply-already-stored'>;

/** The store's refusal: a reply already stored is not stored again. */
export function refuseStoredCopy(
  reply: OpenedContent,
  stored: readonly StoredCopyCandidate[],
): Result<void, StoredCopyError> {
  const copy = storedCopyOf(reply, stored);
  if (copy === null) return ok(undefined);
  return failWith(
    'reply-already-stored',
    `This reply is already stored (message ${copy.id}, stored ${copy.at}): it is not stored again`,
  );
}
