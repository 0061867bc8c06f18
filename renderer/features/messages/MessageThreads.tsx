import { Badge, Box, Group, NativeSelect, Text, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ContactId, MessageId, MessageRecord } from '../../../shared/model';
import type { AssignmentConfirmation } from '../../../shared/workflow/message-assignment';
import {
  isUnread,
  nextUnread,
  stepMessage,
  threadKeyOf,
} from '../../../shared/workflow/message-threads';
import { formatInstant } from '../../app/ui/format-date';
import { OpenMessage } from './OpenMessage';
import { useCaseThreads, type CaseThreads } from './use-threads';

const ROW = 52;

const threadName = (
  t: TFunction,
  th: CaseThreads['threads'][number],
  nameOf: CaseThreads['nameOf'],
) => {
  const vendor = th.contactId === null ? t('threads.unassigned') : nameOf(th.contactId);
  return th.product === null ? vendor : t('threads.product', { vendor, product: th.product });
};

type ThreadOf = CaseThreads['threads'][number];

/** The thread picker: its 150-odd options are built when the threads change, not on every
 *  selection (choosing a thread re-renders the list, not this). */
const ThreadPicker = memo(function ThreadPicker({
  threads,
  nameOf,
  value,
  onChange,
}: {
  threads: readonly ThreadOf[];
  nameOf: CaseThreads['nameOf'];
  value: string | null;
  onChange: (key: string | null) => void;
}) {
  const { t } = useTranslation();
  // The option elements themselves are memoised: React skips them when only the value moves.
  const options = useMemo(
    () => [
      <option key="" value="">
        {t('threads.all')}
      </option>,
      ...threads.map((th) => (
        <option key={th.key} value={th.key}>
          {th.unread > 0
            ? `${threadName(t, th, nameOf)} (${t('threads.unread', { count: th.unread })})`
            : threadName(t, th, nameOf)}
        </option>
      )),
    ],
    [threads, nameOf, t],
  );
  const ref = useRef<HTMLSelectElement>(null);
  // A <select> is as wide as its widest option, and Chromium measures every option again
  // whenever the option shown changes: 15-40 ms with a 1,000-vendor case's 1,001 options, a
  // dropped frame on picking a thread (issue 25). The width depends on the options alone, so
  // it is measured once per set of options and held (not while hidden: nothing to measure).
  useLayoutEffect(() => {
    const select = ref.current;
    if (select === null) return;
    select.style.width = '';
    const { width } = select.getBoundingClientRect();
    if (width > 0) select.style.width = `${width}px`;
  }, [options]);
  // Uncontrolled: a controlled <select> has React walk every option to mark the chosen one
  // on each change (1,001 of them on the largest case); the browser already shows what was
  // picked, and a value set from elsewhere (a thread gone, a jump to unread) is written here.
  useLayoutEffect(() => {
    const select = ref.current;
    if (select === null || select.value === (value ?? '')) return;
    select.value = value ?? '';
    // A thread no longer there shows the first option, as React does for a controlled one.
    if (select.selectedIndex === -1) select.selectedIndex = 0;
  }, [value, options]);
  return (
    <NativeSelect
      ref={ref}
      size="sm"
      label={t('threads.listLabel')}
      defaultValue={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
    >
      {options}
    </NativeSelect>
  );
});

/** One message of the list; memoised, so moving the selection renders two rows. */
const MessageRow = memo(function MessageRow({
  m,
  top,
  selected,
  thread,
  onSelect,
}: {
  m: MessageRecord;
  top: number;
  selected: boolean;
  thread: string;
  onSelect: (id: MessageId) => void;
}) {
  const { t } = useTranslation();
  const unread = isUnread(m);
  return (
    <div
      id={`msg-${m.id}`}
      role="option"
      aria-selected={selected}
      data-unread={unread}
      onClick={() => onSelect(m.id)}
      style={{
        position: 'absolute',
        top,
        height: ROW,
        width: '100%',
        padding: '4px 8px',
        cursor: 'pointer',
        background: selected ? 'var(--mantine-color-indigo-0)' : 'var(--mantine-color-body)',
        borderBottom: '1px solid var(--mantine-color-gray-2)',
      }}
    >
      <Group gap="xs" wrap="nowrap">
        {unread && (
          <Badge size="xs" color="indigo.8" variant="filled">
            {t('threads.unreadMarker')}
          </Badge>
        )}
        <Text size="sm" fw={unread ? 700 : 400} truncate>
          {m.subject}
        </Text>
      </Group>
      <Text size="xs" c="dark.4" truncate>
        {thread} · {t(`messages.list.${m.direction}`)} ·{' '}
        {formatInstant(m.at, { zone: 'Asia/Tokyo', withTime: true })}
      </Text>
    </div>
  );
});

/**
 * A case's messages as vendor threads: a thread picker with unread counts, a virtualised
 * list (500 messages stay a few dozen DOM rows) and the open message. j/k move, u jumps to
 * the next unread; opening a reply records it as read.
 */
export function MessageThreads({
  caseId,
  onReply,
  replyActions,
}: {
  caseId: string;
  /** Reply on a received message: the panel fills the composer for it. */
  onReply?: (m: MessageRecord) => void;
  /** More steps on an open received message, from the case screen. */
  replyActions?: (m: MessageRecord) => ReactNode;
}) {
  const { t } = useTranslation();
  const [threadKey, setThreadKey] = useState<string | null>(null);
  const [selected, setSelected] = useState<MessageId | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { threads, order, nameOf, open, products, tie, vendors, assign } = useCaseThreads(
    caseId,
    threadKey,
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 8,
  });
  const shown = order.find((m) => m.id === selected) ?? null;
  // Each thread's name and each message's thread, once per change of the threads.
  const labels = useMemo(
    () => new Map(threads.map((th) => [th.key, threadName(t, th, nameOf)] as const)),
    [threads, nameOf, t],
  );
  const threadOf = useMemo(
    () => new Map(threads.flatMap((th) => th.messages.map((m) => [m.id as string, th] as const))),
    [threads],
  );

  useEffect(() => {
    if (shown === null || !isUnread(shown)) return;
    void open(shown.id).then((message) =>
      setFailure(message === null ? null : t('threads.readFailed', { message })),
    );
  }, [shown, open, t]);

  const select = (id: MessageId | null) => {
    if (id === null) return;
    setSelected(id);
    const index = order.findIndex((m) => m.id === id);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  };
  // A click picks a row in view: no scrolling, so the memoised rows get one stable handler.
  const onSelect = useCallback((id: MessageId) => setSelected(id), []);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'j' || e.key === 'ArrowDown') select(stepMessage(order, selected, 1));
    else if (e.key === 'k' || e.key === 'ArrowUp') select(stepMessage(order, selected, -1));
    else if (e.key === 'u') select(nextUnread(order, selected));
    else return;
    e.preventDefault();
  };
  const onTie = async (product: string | null) => {
    const r = shown === null ? { ok: false as const, message: '' } : await tie(shown.id, product);
    // Showing one thread: follow the message into the thread it moved to.
    if (r.ok && threadKey !== null) setThreadKey(r.threadKey);
    return r;
  };

  const onAssign = async (contactId: ContactId, confirmation?: AssignmentConfirmation) => {
    if (shown === null) return null;
    const failed = await assign(shown.id, contactId, confirmation);
    // Showing one thread: follow the message into its vendor's thread.
    if (failed === null && threadKey !== null)
      setThreadKey(threadKeyOf({ ...shown, counterpartContactId: contactId }));
    return failed;
  };

  const items = virtualizer.getVirtualItems();
  const threadLabel = (key: string | null) =>
    (key === null ? undefined : labels.get(key)) ?? t('threads.all');
  return (
    <section aria-labelledby="threads-title">
      <Group justify="space-between" align="end" mb="xs">
        <Title order={3} id="threads-title">
          {t('threads.heading')}
        </Title>
        <ThreadPicker threads={threads} nameOf={nameOf} value={threadKey} onChange={setThreadKey} />
      </Group>
      <Text size="xs" c="dark.4" mb={4}>
        {t('threads.keys')}
      </Text>
      <Box
        ref={scrollRef}
        role="listbox"
        tabIndex={0}
        aria-label={t('threads.messagesLabel', { thread: threadLabel(threadKey) })}
        aria-activedescendant={selected === null ? undefined : `msg-${selected}`}
        onKeyDown={onKeyDown}
        data-testid="message-list"
        style={{ height: 360, overflow: 'auto', border: '1px solid var(--mantine-color-gray-4)' }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const m = order[item.index] as MessageRecord;
            const key = threadOf.get(m.id)?.key;
            return (
              <MessageRow
                key={m.id}
                m={m}
                top={item.start}
                selected={m.id === selected}
                thread={key === undefined ? '' : (labels.get(key) ?? '')}
                onSelect={onSelect}
              />
            );
          })}
        </div>
      </Box>
      {failure !== null && (
        <Text size="sm" c="red.9" role="alert">
          {failure}
        </Text>
      )}
      <OpenMessage
        shown={shown}
        who={threadLabel(shown === null ? null : (threadOf.get(shown.id)?.key ?? null))}
        products={products}
        onTie={onTie}
        vendors={vendors}
        onAssign={onAssign}
        {...(onReply === undefined ? {} : { onReply })}
        {...(replyActions === undefined ? {} : { replyActions })}
      />
    </section>
  );
}
