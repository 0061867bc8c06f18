import type { ContactId, IsoInstant, MessageId, MessageRecord } from '../model';

/**
 * Vendor threads and unread markers (issue 13, item 4). A case's messages are grouped into
 * one thread per counterpart (vendor) by default, or per vendor and product when a message
 * is tied to one; incoming replies stay unread until opened. Pure, so the case screen, the
 * case list and the dashboard count the same way.
 */
export type ThreadMessage = Pick<
  MessageRecord,
  'id' | 'direction' | 'counterpartContactId' | 'threadProduct' | 'at' | 'readAt'
>;

export type Thread<M extends ThreadMessage = ThreadMessage> = {
  /** Stable key: `<contactId or "none">/<product or "">`. */
  key: string;
  contactId: ContactId | null;
  product: string | null;
  /** Oldest first, as a conversation reads. */
  messages: M[];
  unread: number;
  lastAt: IsoInstant;
};

export const isUnread = (m: Pick<ThreadMessage, 'direction' | 'readAt'>): boolean =>
  m.direction === 'in' && m.readAt === null;

export const threadKeyOf = (m: Pick<ThreadMessage, 'counterpartContactId' | 'threadProduct'>) =>
  `${m.counterpartContactId ?? 'none'}/${m.threadProduct ?? ''}`;

const byTimeThenId = (a: ThreadMessage, b: ThreadMessage): number =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Threads ordered by their name (`nameOf(contactId)`), the vendor's main thread before its
 *  product threads, and messages without a counterpart last — a stable order, so j/k and the
 *  list do not jump when a reply arrives. */
export const groupThreads = <M extends ThreadMessage>(
  messages: readonly M[],
  nameOf: (contactId: ContactId) => string = (id) => id,
): Thread<M>[] => {
  const groups = new Map<string, M[]>();
  for (const m of messages) {
    const key = threadKeyOf(m);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [m]);
    else list.push(m);
  }
  const threads: Thread<M>[] = [];
  for (const [key, list] of groups) {
    list.sort(byTimeThenId);
    const first = list[0] as M; // a group is created with one message
    threads.push({
      key,
      contactId: first.counterpartContactId ?? null,
      product: first.threadProduct,
      messages: list,
      unread: list.reduce((n, m) => n + (isUnread(m) ? 1 : 0), 0),
      lastAt: (list[list.length - 1] as M).at,
    });
  }
  const sortName = (t: Thread<M>) => (t.contactId === null ? '\uffff' : nameOf(t.contactId));
  return threads.sort(
    (a, b) =>
      sortName(a).localeCompare(sortName(b)) ||
      (a.contactId ?? '').localeCompare(b.contactId ?? '') ||
      (a.product ?? '').localeCompare(b.product ?? ''),
  );
};

export const unreadCount = (messages: readonly Pick<ThreadMessage, 'direction' | 'readAt'>[]) =>
  messages.reduce((n, m) => n + (isUnread(m) ? 1 : 0), 0);

/** Of the unread messages, those tied to no vendor: stored unverified, nobody's reply until
 *  the analyst assigns them (the dashboard shows them apart from vendor replies). */
export const unassignedUnreadCount = (
  messages: readonly Pick<ThreadMessage, 'direction' | 'readAt' | 'counterpartContactId'>[],
) =>
  messages.reduce((n, m) => n + (isUnread(m) && m.counterpartContactId === undefined ? 1 : 0), 0);

/** Unread replies per case id (case list, dashboard). */
export const unreadByCase = (
  messages: readonly (Pick<ThreadMessage, 'direction' | 'readAt'> & { caseId: string })[],
): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const m of messages) {
    if (isUnread(m)) counts.set(m.caseId, (counts.get(m.caseId) ?? 0) + 1);
  }
  return counts;
};

/** The reading order behind j/k: every thread's messages, thread after thread. */
export const readingOrder = <M extends ThreadMessage>(threads: readonly Thread<M>[]): M[] =>
  threads.flatMap((t) => t.messages);

/** j (+1) / k (-1): the message next to `current`, staying at the ends; the first message
 *  when nothing is selected yet. */
export const stepMessage = (
  order: readonly Pick<ThreadMessage, 'id'>[],
  current: MessageId | null,
  step: 1 | -1,
): MessageId | null => {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.findIndex((m) => m.id === current);
  if (at === -1) return (step === 1 ? order[0] : order[order.length - 1])?.id ?? null;
  const next = Math.min(order.length - 1, Math.max(0, at + step));
  return order[next]?.id ?? null;
};

/** u: the next unread message after `current` in reading order, wrapping round; null when
 *  everything is read. */
export const nextUnread = (
  order: readonly Pick<ThreadMessage, 'id' | 'direction' | 'readAt'>[],
  current: MessageId | null,
): MessageId | null => {
  const start = current === null ? -1 : order.findIndex((m) => m.id === current);
  for (let i = 1; i <= order.length; i += 1) {
    const m = order[(start + i + order.length) % order.length];
    if (m !== undefined && isUnread(m) && m.id !== current) return m.id;
  }
  return null;
};

/** The record to store when a message is opened, or null when there is nothing to change
 *  (already read, or one of ours). */
export const markRead = <M extends ThreadMessage>(m: M, now: IsoInstant): M | null =>
  isUnread(m) ? { ...m, readAt: now } : null;
