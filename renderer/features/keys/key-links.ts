// Keys and contacts are one fact (issue 23 item 3), as a store operation: a change of the
// contacts or the keyring is written together with the key links it implies
// (`planKeyLinks`) and with the stored messages those links now tie to a vendor
// (`planAttribution`), whose involvement events go through `appendCaseEvents`. One
// transaction: a contact saved never leaves a key or a message behind.
import type { Contact, ContactId, MessageRecord } from '../../../shared/model';
import type { KeyRecord } from '../../../shared/model/key';
import { ok, type CodedError, type Result } from '../../../shared/result';
import {
  contactsForHandLink,
  planKeyLinks,
  type KeyLinkAmbiguity,
  type KeyLinkChange,
} from '../../../shared/workflow/key-contact-link';
import { planAttribution } from '../../../shared/workflow/message-attribution';
import { appendCaseEvents, caseWriteFailure } from '../../store/case-writes';
import type { StorePort } from '../../store/port';

/** What linking reads and writes: contacts, keys, messages and the case timelines. */
export type KeyLinkStore = StorePort<
  'keys' | 'contacts' | 'messages' | 'involvements' | 'caseEvents',
  'transact'
>;

export type LinkReport = {
  changes: KeyLinkChange[];
  ambiguous: KeyLinkAmbiguity[];
  /** Stored messages now tied to their vendor. */
  attributed: MessageRecord['id'][];
  /** Of those, the ones whose vendor status the engine would not move, and why. */
  statusRefused: { messageId: MessageRecord['id']; code: string; message: string }[];
};

export type LinkedWrite = {
  contacts?: readonly Contact[];
  keys?: readonly KeyRecord[];
  /** Fingerprints a contact edit removed: keys linked only through them are unlinked. */
  released?: readonly string[];
};

const replaced = <T extends { id: string }>(all: readonly T[], next: readonly T[]): T[] => {
  const byId = new Map(next.map((r) => [r.id, r] as const));
  return [
    ...all.map((r) => byId.get(r.id) ?? r),
    ...next.filter((r) => !all.some((a) => a.id === r.id)),
  ];
};

/** What one linked write stages, planned from the store as it is when the write runs. */
type LinkPlan = {
  appends: ReturnType<typeof planAttribution>['appends'];
  contacts: readonly Contact[];
  keys: readonly KeyRecord[];
  messages: readonly MessageRecord[];
  report: LinkReport;
};

function planLinked(store: KeyLinkStore, write: LinkedWrite, actor: string): LinkPlan {
  const contacts = replaced(store.repos.contacts.all(), write.contacts ?? []);
  const keysBefore = replaced(store.repos.keys.all(), write.keys ?? []);
  const links = planKeyLinks(keysBefore, contacts, write.released ?? []);
  const keys = replaced(keysBefore, links.keys);
  const attribution = planAttribution(store.repos.messages.all(), keys, {
    involvements: store.repos.involvements.all(),
    historyOf: (caseId) => store.repos.caseEvents.byCase(caseId),
    actor,
  });
  return {
    appends: attribution.appends,
    contacts: write.contacts ?? [],
    keys: replaced(write.keys ?? [], links.keys),
    messages: attribution.messages,
    report: {
      changes: links.changes,
      ambiguous: links.ambiguous,
      attributed: attribution.messages.map((m) => m.id),
      statusRefused: attribution.statusRefused,
    },
  };
}

/**
 * Writes the contacts and keys given, the key links they imply and the messages those links
 * attribute, in one transaction. The links are planned inside it, from the store as every
 * earlier write left it: a contact saved while a key is being imported (or two saves in a
 * row, the analyst not waiting for the first to say "linked") never plans from a keyring or
 * a contact list that is about to change. `write` as a function is read there too.
 */
export async function writeLinked(
  store: KeyLinkStore,
  write: LinkedWrite | (() => LinkedWrite),
  actor = 'analyst',
): Promise<Result<LinkReport, CodedError>> {
  let plan: LinkPlan | undefined;
  const result = await appendCaseEvents(
    store,
    () => {
      plan = planLinked(store, typeof write === 'function' ? write() : write, actor);
      return plan.appends;
    },
    (tx) => {
      for (const c of plan?.contacts ?? []) tx.put('contacts', c);
      for (const k of plan?.keys ?? []) tx.put('keys', k);
      for (const m of plan?.messages ?? []) tx.put('messages', m);
    },
  );
  if (!result.ok) return caseWriteFailure(result.error);
  if (plan === undefined) throw new Error('writeLinked: the transaction did not run');
  return ok(plan.report);
}

/**
 * Saving a contact is a change of the key links: the fingerprints it gained link their
 * keys, those it lost release theirs, and the vendor's stored messages follow.
 */
export function saveContact(
  store: KeyLinkStore,
  next: Contact,
): Promise<Result<LinkReport, CodedError>> {
  return writeLinked(store, () => {
    const before = store.repos.contacts.get(next.id);
    const released = (before?.pgpFingerprints ?? []).filter(
      (f) => !next.pgpFingerprints.includes(f),
    );
    return { contacts: [next], released };
  });
}

/**
 * The key's owner set by hand (Keyring → Details → Link to contact) is written as the
 * contacts' fingerprints (`contactsForHandLink`), so the contact form and the keyring say
 * the same. Null unlinks the key (also a link made before fingerprints were the fact).
 */
export function linkByHand(
  store: KeyLinkStore,
  key: KeyRecord,
  contactId: ContactId | null,
): Promise<Result<LinkReport, CodedError>> {
  return writeLinked(store, () => {
    const contacts = contactsForHandLink(key, contactId, store.repos.contacts.all());
    if (contactId !== null) return { contacts };
    const unlinked = { ...(store.repos.keys.get(key.id) ?? key) };
    delete unlinked.ownerContactId;
    return { contacts, keys: [unlinked] };
  });
}
