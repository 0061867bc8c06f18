import { useCallback, useMemo } from 'react';
import type { ContactId, MessageId, MessageRecord } from '../../../shared/model';
import {
  groupThreads,
  markRead,
  readingOrder,
  unreadByCase,
  unreadCount,
  type Thread,
} from '../../../shared/workflow/message-threads';
import { useStore } from '../../store/hooks';
import { useTable } from '../keys';

export type CaseThreads = {
  threads: Thread<MessageRecord>[];
  /** j/k order of the shown thread (or of all threads). */
  order: MessageRecord[];
  unread: number;
  nameOf: (id: ContactId) => string;
  /** Records the message as read (once); returns an error message or null. */
  open: (id: MessageId) => Promise<string | null>;
};

/** The case's messages as vendor threads, and the one write this screen makes: read state. */
export const useCaseThreads = (caseId: string, threadKey: string | null): CaseThreads => {
  const store = useStore();
  const all = useTable('messages');
  const contacts = useTable('contacts');
  const nameOf = useMemo(() => {
    const names = new Map(contacts.map((c) => [c.id as string, c.name.en || c.name.ja]));
    return (id: ContactId) => names.get(id) ?? id;
  }, [contacts]);
  const threads = useMemo(
    () =>
      groupThreads(
        all.filter((m) => m.caseId === caseId),
        nameOf,
      ),
    [all, caseId, nameOf],
  );
  const order = useMemo(
    () => readingOrder(threadKey === null ? threads : threads.filter((t) => t.key === threadKey)),
    [threads, threadKey],
  );
  const open = useCallback(
    async (id: MessageId) => {
      const m = store.repos.messages.get(id);
      const next = m === undefined ? null : markRead(m, new Date().toISOString());
      if (next === null) return null;
      const r = await store.repos.messages.put(next);
      return r.ok ? null : r.error.message;
    },
    [store],
  );
  return { threads, order, unread: unreadCount(order), nameOf, open };
};

/** Unread replies per case, for the case header, the case list and the dashboard. */
export const useUnreadByCase = (): ReadonlyMap<string, number> => {
  const all = useTable('messages');
  return useMemo(() => unreadByCase(all), [all]);
};
