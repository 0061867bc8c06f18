import { signerOf, type SignerKey } from '../exchange/message';
import {
  CASE_EVENT_SCHEMA_VERSION,
  newEventId,
  type CaseEvent,
  type ContactId,
  type Involvement,
  type MessageRecord,
} from '../model';
import type { KeyRecord } from '../model/key';
import { failWith, ok, type CodedError, type Result } from '../result';
import { planAppend, type CaseAppend } from './append';
import type { WorkflowErrorCode } from './errors';
import {
  assignmentNote,
  assignmentTrust,
  type AssignmentConfirmation,
  type AssignmentRefusalCode,
} from './message-assignment';

/**
 * Which vendor a stored message is with (issue 23 item 3). A message stored while its key
 * was tied to no contact is "not tied to a vendor"; once the key is linked (or the analyst
 * assigns it), the message gets its counterpart — so it moves into the vendor's thread — and
 * the vendor's involvement records what the message was: a contact attempt for one of ours,
 * a reply for one received. That record is a backdated `vendor.contact-attempted` /
 * `vendor.replied` at the message's own time (the 45-day clock starts at the real first
 * contact, not at the day the key was linked), written through `planAppend` like any event.
 */
export type AttributableMessage = Pick<
  MessageRecord,
  'id' | 'caseId' | 'direction' | 'counterpartContactId' | 'at' | 'pgp'
>;
export type AttributionKey = SignerKey & Pick<KeyRecord, 'kind'>;
export type AttributionInvolvement = Pick<Involvement, 'id' | 'caseId' | 'contactId'>;

/**
 * The contact a message is with by the keyring: a received one → its verified signer's
 * contact (`signerOf`: an unsigned or unverified reply is nobody's); one of ours → the one
 * contact owning the vendor keys it was encrypted to (none when it went to several).
 */
export const counterpartByKeys = (
  m: Pick<AttributableMessage, 'direction' | 'pgp'>,
  keys: readonly AttributionKey[],
): ContactId | null => {
  if (m.direction === 'in') {
    const signer = signerOf(m.pgp, keys);
    return signer.verified ? signer.contactId : null;
  }
  const owners = new Set(
    keys
      .filter((k) => k.kind === 'public' && m.pgp.encryptedTo.includes(k.fingerprint))
      .flatMap((k) => (k.ownerContactId === undefined ? [] : [k.ownerContactId])),
  );
  return owners.size === 1 ? ([...owners][0] as ContactId) : null;
};

/** The instant after `at`, as an ISO string. */
const after = (at: string) => new Date(Date.parse(at) + 1).toISOString();

/**
 * The event recording a message on the vendor's involvement, at the message's time — or
 * just after the vendor was added to the case, when that came later.
 */
export const attributionEvent = (
  m: Pick<AttributableMessage, 'id' | 'caseId' | 'direction' | 'at'>,
  involvementId: Involvement['id'],
  history: readonly CaseEvent[],
  actor: string,
): CaseEvent => {
  const added = history.find(
    (e) => e.type === 'involvement.added' && e.payload.involvementId === involvementId,
  );
  const at = added !== undefined && added.at >= m.at ? after(added.at) : m.at;
  const base = {
    schemaVersion: CASE_EVENT_SCHEMA_VERSION as typeof CASE_EVENT_SCHEMA_VERSION,
    id: newEventId(),
    caseId: m.caseId,
    at,
    actor,
  };
  return m.direction === 'in'
    ? { ...base, type: 'vendor.replied', payload: { involvementId, messageId: m.id } }
    : // A sealed file leaves on removable media: how it then travelled is not known here.
      { ...base, type: 'vendor.contact-attempted', payload: { involvementId, channel: 'other' } };
};

export type AttributionError = CodedError<
  'message-already-attributed' | AssignmentRefusalCode | WorkflowErrorCode
>;

/** One message tied to its vendor: the record to store and the case append (if any). */
export type Attribution<M> = { message: M; append: CaseAppend | null };

/**
 * Ties `m` to `contactId`. The vendor's involvement in the message's case (if it has one)
 * records the message; the engine may refuse that (e.g. contacting a vendor before the
 * report was accepted), and then the assignment is refused with the engine's reason.
 * A message already with a vendor is refused: a reply recorded on one vendor's involvement
 * cannot be taken back from it. A received message not validly signed by a key linked to
 * that vendor counts as its reply only on the analyst's `confirmation`, recorded as a note
 * (`message-assignment.ts`).
 */
export const attributeMessage = <M extends AttributableMessage>(
  m: M,
  contactId: ContactId,
  ctx: {
    involvements: readonly AttributionInvolvement[];
    history: readonly CaseEvent[];
    actor: string;
    keys: readonly AttributionKey[];
    confirmation?: AssignmentConfirmation;
  },
): Result<Attribution<M>, AttributionError> => {
  if (m.counterpartContactId !== undefined) {
    return failWith('message-already-attributed', 'This message is already with a vendor');
  }
  const trust = assignmentTrust(m, contactId, ctx.keys);
  const note = assignmentNote(m, trust, ctx.confirmation, ctx.actor);
  if (!note.ok) return failWith(note.error.code, note.error.message);
  const message = { ...m, counterpartContactId: contactId };
  const involvement = ctx.involvements.find(
    (i) => i.caseId === m.caseId && i.contactId === contactId,
  );
  const events = [
    ...(involvement === undefined
      ? []
      : [attributionEvent(m, involvement.id, ctx.history, ctx.actor)]),
    ...(note.value === null ? [] : [note.value]),
  ];
  if (events.length === 0) return ok({ message, append: null });
  const append: CaseAppend = { caseId: m.caseId, events };
  const planned = planAppend(ctx.history, append);
  if (!planned.ok) return failWith(planned.error.code, planned.error.message);
  return ok({ message, append });
};

export type AttributionPlan<M> = {
  messages: M[];
  appends: CaseAppend[];
  /** Messages tied to their vendor whose involvement the engine would not update. */
  statusRefused: { messageId: MessageRecord['id']; code: string; message: string }[];
};

/**
 * Every stored message not yet with a vendor that the keyring now ties to one (after keys
 * were linked to contacts). Each case's events are checked one after another on its
 * timeline; a refused one leaves the message tied to its vendor with the status as it was.
 */
export const planAttribution = <M extends AttributableMessage>(
  messages: readonly M[],
  keys: readonly AttributionKey[],
  ctx: {
    involvements: readonly AttributionInvolvement[];
    historyOf: (caseId: string) => readonly CaseEvent[];
    actor: string;
  },
): AttributionPlan<M> => {
  const plan: AttributionPlan<M> = { messages: [], appends: [], statusRefused: [] };
  const histories = new Map<string, CaseEvent[]>();
  for (const m of messages) {
    if (m.counterpartContactId !== undefined) continue;
    const contactId = counterpartByKeys(m, keys);
    if (contactId === null) continue;
    const history = histories.get(m.caseId) ?? [...ctx.historyOf(m.caseId)];
    histories.set(m.caseId, history);
    const tied = attributeMessage(m, contactId, { ...ctx, keys, history });
    if (tied.ok) {
      plan.messages.push(tied.value.message);
      for (const e of tied.value.append?.events ?? []) history.push(e);
    } else {
      plan.messages.push({ ...m, counterpartContactId: contactId });
      plan.statusRefused.push({ messageId: m.id, ...tied.error });
    }
  }
  for (const [caseId, history] of histories) {
    const added = history.slice(ctx.historyOf(caseId).length);
    if (added.length > 0) plan.appends.push({ caseId, events: added });
  }
  return plan;
};
