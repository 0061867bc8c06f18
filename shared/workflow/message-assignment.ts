import { signerOf } from '../exchange/message';
import {
  CASE_EVENT_SCHEMA_VERSION,
  newEventId,
  type CaseEvent,
  type ContactId,
  type IsoInstant,
  type MessageRecord,
} from '../model';
import { failWith, ok, type CodedError, type Result } from '../result';
import type { AttributionKey } from './message-attribution';

/**
 * Whether a received message may count as a vendor's reply (QA finding: an unknown signer's
 * message became a vendor's reply in one click). The Import screen stores an unverified
 * message only on the analyst's word; assigning it to a vendor then is the moment it starts
 * to count (vendor status, the no-reply panel, the SSVC pre-fills), so it needs that word
 * again, said here, and recorded on the case:
 * - `verified`: a valid signature by a key linked to the vendor's contact — no question;
 * - `unverified`: unsigned, a bad or unknown signature, or a key linked to nobody — the
 *   analyst says what they checked to know it is the vendor's;
 * - `other-signer`: validly signed by a key linked to another contact — the analyst says so
 *   too (`otherSigner`), and what they checked.
 * Our own messages (`out`) are ours: their vendor is who we sealed them to.
 */
export type AssignmentTrust =
  | { kind: 'verified' }
  | { kind: 'unverified' }
  | { kind: 'other-signer'; signerContactId: ContactId };

export const assignmentTrust = (
  m: Pick<MessageRecord, 'direction' | 'pgp'>,
  contactId: ContactId,
  keys: readonly AttributionKey[],
): AssignmentTrust => {
  if (m.direction === 'out') return { kind: 'verified' };
  const signer = signerOf(m.pgp, keys);
  if (!signer.verified || signer.contactId === null) return { kind: 'unverified' };
  if (signer.contactId === contactId) return { kind: 'verified' };
  return { kind: 'other-signer', signerContactId: signer.contactId };
};

/** The analyst's word on a message not verified as the vendor's: what they checked. */
export type AssignmentConfirmation = {
  /** What they checked to know the message is the vendor's (a call, the mail headers…). */
  checked: string;
  /** They know it is signed by another contact's key and assign it all the same. */
  otherSigner?: boolean;
  /** When they confirmed it: the recorded note's time. */
  now: IsoInstant;
};

export type AssignmentRefusalCode = 'assignment-unconfirmed' | 'assignment-other-signer';

/** The shortest account of a check that says something ("phoned them" passes). */
export const MIN_CHECKED_LENGTH = 8;

/**
 * The note recording the analyst's word, or null when the message is the vendor's by its
 * signature; a refusal when the word is missing. The note is internal: it is the case's
 * record of why an unverified message counts as this vendor's.
 */
export const assignmentNote = (
  m: Pick<MessageRecord, 'id' | 'caseId'>,
  trust: AssignmentTrust,
  confirmation: AssignmentConfirmation | undefined,
  actor: string,
): Result<CaseEvent | null, CodedError<AssignmentRefusalCode>> => {
  if (trust.kind === 'verified') return ok(null);
  const checked = confirmation?.checked.trim() ?? '';
  if (trust.kind === 'other-signer' && confirmation?.otherSigner !== true) {
    return failWith(
      'assignment-other-signer',
      'This message is signed by a key linked to another contact: say that you assign it to this vendor all the same, and what you checked',
    );
  }
  if (confirmation === undefined || checked.length < MIN_CHECKED_LENGTH) {
    return failWith(
      'assignment-unconfirmed',
      'This message has no valid signature by this vendor’s key: say what you checked to know it is the vendor’s',
    );
  }
  const why =
    trust.kind === 'other-signer'
      ? 'signed by a key linked to another contact'
      : 'without a valid signature by the vendor’s key';
  return ok({
    schemaVersion: CASE_EVENT_SCHEMA_VERSION,
    id: newEventId(),
    caseId: m.caseId,
    at: confirmation.now,
    actor,
    type: 'note.added',
    payload: {
      text: `Message ${m.id} assigned to a vendor ${why}. Source checked by the analyst: ${checked}`,
      internal: true,
    },
  });
};
