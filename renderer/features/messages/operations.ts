// The messages screens' writes as one map of named operations (ARCHITECTURE.md §7b):
// sealing and saving a message, marking one read, tying one to a product's thread,
// assigning one to a vendor.
import type { ContactId, MessageId } from '../../../shared/model';
import { failWith, ok, type CodedError, type Result } from '../../../shared/result';
import { markRead } from '../../../shared/workflow/message-threads';
import { tieToProduct } from '../../../shared/workflow/thread-products';
import type { OperationMap } from '../../app/operations';
import type { Platform } from '../../platform';
import type { StorePort } from '../../store/port';
import type { AssignmentConfirmation } from '../../../shared/workflow/message-assignment';
import { assignMessage } from './case-write';
import { sealAndSend, type MessagesStore, type SendInput } from './seal-actions';
import {
  sendFinderLetter,
  type FinderLetterInput,
  type FinderLetterStore,
} from './finder-letter-seal';

export type MessageDeps = {
  readonly store: MessagesStore &
    FinderLetterStore &
    StorePort<'messages' | 'involvements' | 'caseEvents' | 'keys', 'transact'>;
  readonly platform: Platform;
};

const stored = (r: Result<void, { code: string; message: string }>): Result<void, CodedError> =>
  r.ok ? ok(undefined) : failWith(r.error.code, r.error.message);

/** Records that the analyst opened a message (once: a message read stays read). */
async function markMessageRead(
  { store }: MessageDeps,
  input: { id: MessageId; now: Date },
): Promise<Result<void, CodedError>> {
  const m = store.repos.messages.get(input.id);
  const next = m === undefined ? null : markRead(m, input.now.toISOString());
  if (next === null) return ok(undefined);
  return stored(await store.repos.messages.put(next));
}

/** Ties a message to one of the case's product threads (null: the vendor's main thread);
 *  the thread it is in now. */
async function tieMessage(
  { store }: MessageDeps,
  input: { id: MessageId; product: string | null; products: readonly string[] },
): Promise<Result<{ threadKey: string }, CodedError>> {
  const m = store.repos.messages.get(input.id);
  if (m === undefined) return failWith('unknown-message', input.id);
  const tied = tieToProduct(m, input.product, input.products);
  if (!tied.ok) return failWith(tied.error.code, tied.error.message);
  if (tied.value.changed) {
    const r = await store.repos.messages.put(tied.value.message);
    if (!r.ok) return failWith(r.error.code, r.error.message);
  }
  return ok({ threadKey: tied.value.threadKey });
}

export const messageOperations = {
  /** Seals a message to the chosen vendors' keys and saves it (clearance, confidentiality
   *  and the letter's fields checked first); the file names saved. */
  send: ({ store, platform }: MessageDeps, input: SendInput) => sealAndSend(store, platform, input),
  /** A letter to the finder: sealed to their key when the keyring holds it, else a
   *  plaintext letter file; recorded as sent with the letter as a note. */
  sendFinderLetter: ({ store, platform }: MessageDeps, input: FinderLetterInput) =>
    sendFinderLetter(store, platform, input),
  markRead: markMessageRead,
  tie: tieMessage,
  /** Assigns a message not tied to a vendor to one; the vendor's status follows. */
  assign: (
    { store }: MessageDeps,
    input: { id: MessageId; contactId: ContactId; confirmation?: AssignmentConfirmation },
  ) => assignMessage(store, input.id, input.contactId, input.confirmation),
} satisfies OperationMap<MessageDeps>;
