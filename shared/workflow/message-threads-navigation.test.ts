import { describe, expect, it } from 'vitest';
import type { ContactId, MessageId } from '../model';
import {
  groupThreads,
  markRead,
  nextUnread,
  stepMessage,
  type ThreadMessage,
} from './message-threads';

const msg = (
  id: string,
  at: string,
  contact: string | null,
  direction: 'in' | 'out' = 'in',
  readAt: string | null = null,
  product: string | null = null,
): ThreadMessage => ({
  id: id as MessageId,
  at,
  counterpartContactId: (contact ?? undefined) as ContactId | undefined,
  threadProduct: product,
  direction,
  readAt,
});

describe('groupThreads', () => {
  it('orders by contact id by default, messages without a counterpart last, ties by id', () => {
    const threads = groupThreads([
      msg('m3', '2026-01-01T00:00:00.000Z', null),
      msg('m2', '2026-01-02T00:00:00.000Z', 'b'),
      msg('m1', '2026-01-02T00:00:00.000Z', 'b'),
      msg('m0', '2026-01-03T00:00:00.000Z', 'a', 'out'),
      msg('m4', '2026-01-03T00:00:00.000Z', 'a', 'in', null, 'Router'),
    ]);
    expect(threads.map((t) => t.key)).toEqual(['a/', 'a/Router', 'b/', 'none/']);
    expect(threads[2]?.messages.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(threads[2]?.unread).toBe(2);
    expect(threads[3]?.contactId).toBeNull();
  });
});

describe('j/k and u', () => {
  const order = [
    msg('m1', '2026-01-01T00:00:00.000Z', 'a', 'in', '2026-01-01T01:00:00.000Z'),
    msg('m2', '2026-01-02T00:00:00.000Z', 'a', 'in'),
    msg('m3', '2026-01-03T00:00:00.000Z', 'a', 'out'),
  ];

  it('steps from the ends when nothing (or something unknown) is selected, and stops at the ends', () => {
    expect(stepMessage([], null, 1)).toBeNull();
    expect(stepMessage(order, null, 1)).toBe('m1');
    expect(stepMessage(order, null, -1)).toBe('m3');
    expect(stepMessage(order, 'gone' as MessageId, -1)).toBe('m3');
    expect(stepMessage(order, 'm3' as MessageId, 1)).toBe('m3');
    expect(stepMessage(order, 'm1' as MessageId, -1)).toBe('m1');
  });

  it('wraps round to the next unread, and stops when only the current one is unread', () => {
    expect(nextUnread(order, 'm3' as MessageId)).toBe('m2');
    expect(nextUnread(order, null)).toBe('m2');
    expect(nextUnread(order, 'm2' as MessageId)).toBeNull();
    expect(nextUnread([], null)).toBeNull();
  });

  it('marks only an unread reply as read', () => {
    expect(markRead(order[1] as ThreadMessage, '2026-02-01T00:00:00.000Z')?.readAt).toBe(
      '2026-02-01T00:00:00.000Z',
    );
    expect(markRead(order[2] as ThreadMessage, '2026-02-01T00:00:00.000Z')).toBeNull();
  });
});
