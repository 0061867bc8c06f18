// Writes of the messages feature that go through the case timeline: a failed case write as
// the actions report it, and assigning a message "not tied to a vendor" to one.
import type { ContactId, MessageId } from '../../../shared/model';
import { failWith, ok, type CodedError, type Result } from '../../../shared/result';
import { attributeMessage } from '../../../shared/workflow/message-attribution';
import type { AssignmentConfirmation } from '../../../shared/workflow/message-assignment';
import { appendCaseEvents, caseWriteFailure } from '../../store/case-writes';
import type { StorePort } from '../../store/port';

export { caseWriteFailure } from '../../store/case-writes';

/** What assigning a message reads and writes. */
export type AssignStore = StorePort<
  'messages' | 'involvements' | 'caseEvents' | 'keys',
  'transact'
>;

/**
 * Assigns a message that is not tied to a vendor to `contactId` (issue 23 item 3): it moves
 * into the vendor's thread, and the vendor's involvement records it (`attributeMessage`: a
 * contact attempt or a reply at the message's time), so the vendor's status moves as the
 * engine derives it. One transaction through `appendCaseEvents`. A received message not
 * validly signed by a key linked to that vendor needs the analyst's `confirmation` (what they
 * checked), which the case records as a note (`message-assignment.ts`).
 */
export async function assignMessage(
  store: AssignStore,
  id: MessageId,
  contactId: ContactId,
  confirmation?: AssignmentConfirmation,
  actor = 'analyst',
): Promise<Result<void, CodedError>> {
  const m = store.repos.messages.get(id);
  if (m === undefined) return failWith('unknown-message', `No message ${id}`);
  const tied = attributeMessage(m, contactId, {
    involvements: store.repos.involvements.byCase(m.caseId),
    history: store.repos.caseEvents.byCase(m.caseId),
    actor,
    keys: store.repos.keys.all(),
    ...(confirmation === undefined ? {} : { confirmation }),
  });
  if (!tied.ok) return failWith(tied.error.code, tied.error.message);
  const { message, append } = tied.value;
  const written = await appendCaseEvents(store, append === null ? [] : [append], (tx) =>
    tx.put('messages', message),
  );
  return written.ok ? ok(undefined) : caseWriteFailure(written.error);
}
