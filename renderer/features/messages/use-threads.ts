import { useCallback, useMemo } from 'react';
import { nameOf, type ContactId, type MessageId, type MessageRecord } from '../../../shared/model';
import { useLang } from '../../i18n';
import {
  groupThreads,
  readingOrder,
  unreadByCase,
  unreadCount,
  type Thread,
} from '../../../shared/workflow/message-threads';
import { caseThreadProducts } from '../../../shared/workflow/thread-products';
import type { AssignmentConfirmation } from '../../../shared/workflow/message-assignment';
import { useOperations } from '../../app/operations';
import { useTable } from '../keys';
import { messageOperations } from './operations';

export type CaseThreads = {
  threads: Thread<MessageRecord>[];
  /** j/k order of the shown thread (or of all threads). */
  order: MessageRecord[];
  unread: number;
  nameOf: (id: ContactId) => string;
  /** Records the message as read (once); returns an error message or null. */
  open: (id: MessageId) => Promise<string | null>;
  /** The case's products a message can be tied to (its product threads). */
  products: readonly string[];
  /** Ties a message to a product's thread (null: the vendor's main thread); the thread it
   *  is in now, or an error message. */
  tie: (
    id: MessageId,
    product: string | null,
  ) => Promise<{ ok: true; threadKey: string } | { ok: false; message: string }>;
  /** The case's vendors, a message not tied to one can be assigned to. */
  vendors: readonly { id: ContactId; name: string }[];
  /** Assigns a message not tied to a vendor to one (`assignMessage`); null or an error. */
  assign: (
    id: MessageId,
    contactId: ContactId,
    confirmation?: AssignmentConfirmation,
  ) => Promise<string | null>;
};

/** The case's messages as vendor threads, and the one write this screen makes: read state. */
export const useCaseThreads = (caseId: string, threadKey: string | null): CaseThreads => {
  const ops = useOperations(messageOperations);
  const all = useTable('messages');
  const contacts = useTable('contacts');
  const lang = useLang();
  const vendorName = useMemo(() => {
    const names = new Map(contacts.map((c) => [c.id as string, nameOf(c, lang)]));
    return (id: ContactId) => names.get(id) ?? id;
  }, [contacts, lang]);
  const threads = useMemo(
    () =>
      groupThreads(
        all.filter((m) => m.caseId === caseId),
        vendorName,
      ),
    [all, caseId, vendorName],
  );
  const order = useMemo(
    () => readingOrder(threadKey === null ? threads : threads.filter((t) => t.key === threadKey)),
    [threads, threadKey],
  );
  const involvements = useTable('involvements');
  const vulnerabilities = useTable('vulnerabilities');
  const products = useMemo(
    () =>
      caseThreadProducts(
        involvements.filter((i) => i.caseId === caseId),
        vulnerabilities.filter((v) => v.caseId === caseId),
      ),
    [involvements, vulnerabilities, caseId],
  );
  const tie = useCallback(
    async (id: MessageId, product: string | null) => {
      const r = await ops.tie({ id, product, products });
      return r.ok
        ? { ok: true as const, threadKey: r.value.threadKey }
        : { ok: false as const, message: r.error.message };
    },
    [ops, products],
  );
  const open = useCallback(
    async (id: MessageId) => {
      const r = await ops.markRead({ id, now: new Date() });
      return r.ok ? null : r.error.message;
    },
    [ops],
  );
  const vendors = useMemo(
    () =>
      involvements
        .filter((i) => i.caseId === caseId)
        .map((i) => ({ id: i.contactId, name: vendorName(i.contactId) })),
    [involvements, caseId, vendorName],
  );
  const assign = useCallback(
    async (id: MessageId, contactId: ContactId, confirmation?: AssignmentConfirmation) => {
      const r = await ops.assign({
        id,
        contactId,
        ...(confirmation === undefined ? {} : { confirmation }),
      });
      return r.ok ? null : r.error.message;
    },
    [ops],
  );
  return {
    threads,
    order,
    unread: unreadCount(order),
    nameOf: vendorName,
    open,
    products,
    tie,
    vendors,
    assign,
  };
};

/** Unread replies per case, for the case header, the case list and the dashboard. */
export const useUnreadByCase = (): ReadonlyMap<string, number> => {
  const all = useTable('messages');
  return useMemo(() => unreadByCase(all), [all]);
};
