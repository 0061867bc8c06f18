import { Badge, Box, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { MessageId, MessageRecord } from '../../../shared/model';
import { isUnread, nextUnread, stepMessage } from '../../../shared/workflow/message-threads';
import { formatInstant } from '../../app/ui/format-date';
import { useTable } from '../keys';
import { SignatureBadge } from './SignatureBadge';
import { summariseSignatures } from './signature-summary';
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

/**
 * A case's messages as vendor threads: a thread picker with unread counts, a virtualised
 * list (500 messages stay a few dozen DOM rows) and the open message. j/k move, u jumps to
 * the next unread; opening a reply records it as read.
 */
export function MessageThreads({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const [threadKey, setThreadKey] = useState<string | null>(null);
  const [selected, setSelected] = useState<MessageId | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { threads, order, nameOf, open } = useCaseThreads(caseId, threadKey);
  const keys = useTable('keys');
  const contacts = useTable('contacts');
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 8,
  });
  const shown = order.find((m) => m.id === selected) ?? null;
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
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'j' || e.key === 'ArrowDown') select(stepMessage(order, selected, 1));
    else if (e.key === 'k' || e.key === 'ArrowUp') select(stepMessage(order, selected, -1));
    else if (e.key === 'u') select(nextUnread(order, selected));
    else return;
    e.preventDefault();
  };

  const items = virtualizer.getVirtualItems();
  const threadLabel = (key: string | null) => {
    const th = threads.find((x) => x.key === key);
    return th === undefined ? t('threads.all') : threadName(t, th, nameOf);
  };
  return (
    <section aria-labelledby="threads-title">
      <Group justify="space-between" align="end" mb="xs">
        <Title order={3} id="threads-title">
          {t('threads.heading')}
        </Title>
        <NativeSelect
          size="sm"
          label={t('threads.listLabel')}
          value={threadKey ?? ''}
          onChange={(e) =>
            setThreadKey(e.currentTarget.value === '' ? null : e.currentTarget.value)
          }
          data={[
            { value: '', label: t('threads.all') },
            ...threads.map((th) => ({
              value: th.key,
              label:
                th.unread > 0
                  ? `${threadName(t, th, nameOf)} (${t('threads.unread', { count: th.unread })})`
                  : threadName(t, th, nameOf),
            })),
          ]}
        />
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
            const th = threadOf.get(m.id);
            const unread = isUnread(m);
            return (
              <div
                key={m.id}
                id={`msg-${m.id}`}
                role="option"
                aria-selected={m.id === selected}
                data-unread={unread}
                onClick={() => select(m.id)}
                style={{
                  position: 'absolute',
                  top: item.start,
                  height: ROW,
                  width: '100%',
                  padding: '4px 8px',
                  cursor: 'pointer',
                  background:
                    m.id === selected
                      ? 'var(--mantine-color-indigo-0)'
                      : 'var(--mantine-color-body)',
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
                  {th === undefined ? '' : threadName(t, th, nameOf)} ·{' '}
                  {t(`messages.list.${m.direction}`)} ·{' '}
                  {formatInstant(m.at, { zone: 'Asia/Tokyo', withTime: true })}
                </Text>
              </div>
            );
          })}
        </div>
      </Box>
      {failure !== null && (
        <Text size="sm" c="red.9" role="alert">
          {failure}
        </Text>
      )}
      <Paper withBorder p="sm" mt="sm" aria-live="polite" data-testid="open-message">
        {shown === null ? (
          <Text c="dark.4" size="sm">
            {t('threads.none')}
          </Text>
        ) : (
          <Stack gap={4}>
            <Title order={4}>{shown.subject}</Title>
            <Text size="xs" c="dark.4">
              {t(shown.direction === 'in' ? 'threads.from' : 'threads.to', {
                who: threadLabel(threadOf.get(shown.id)?.key ?? null),
              })}{' '}
              · {formatInstant(shown.at, { zone: 'Asia/Tokyo', withTime: true })} · {shown.fileName}
            </Text>
            {shown.direction === 'in' && (
              <SignatureBadge
                summary={summariseSignatures(shown.pgp.signatures, keys, contacts, lang)}
              />
            )}
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {shown.body}
            </Text>
          </Stack>
        )}
      </Paper>
    </section>
  );
}
