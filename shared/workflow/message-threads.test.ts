import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactId, MessageId } from '../model';
import {
  groupThreads,
  markRead,
  nextUnread,
  readingOrder,
  stepMessage,
  unassignedUnreadCount,
  unreadByCase,
  unreadCount,
  type ThreadMessage,
} from './message-threads';

const ALPHA = '00000000-0000-4000-8000-00000000000a' as ContactId;
const BETA = '00000000-0000-4000-8000-00000000000b' as ContactId;
const names: Record<string, string> = { [ALPHA]: 'Alpha Soft', [BETA]: 'Beta Works' };
const nameOf = (id: ContactId) => names[id] ?? id;

let n = 0;
const msg = (
  contact: ContactId | undefined,
  direction: 'in' | 'out',
  at: string,
  read: boolean,
  product: string | null = null,
): ThreadMessage & { caseId: string } => {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as MessageId,
    caseId: 'c1',
    direction,
    ...(contact === undefined ? {} : { counterpartContactId: contact }),
    threadProduct: product,
    at,
    readAt: read ? at : null,
  };
};

describe('unread messages tied to no vendor', () => {
  it('are counted apart: stored unverified, they are nobody’s reply until assigned', () => {
    const ms = [
      msg(ALPHA, 'in', '2026-05-01T00:00:00.000Z', false),
      msg(undefined, 'in', '2026-05-02T00:00:00.000Z', false),
      msg(undefined, 'in', '2026-05-03T00:00:00.000Z', true),
      msg(undefined, 'out', '2026-05-04T00:00:00.000Z', false),
    ];
    expect(unreadCount(ms)).toBe(2);
    expect(unassignedUnreadCount(ms)).toBe(1);
  });
});

describe('message threads', () => {
  const sent = msg(BETA, 'out', '2026-05-01T00:00:00.000Z', true);
  const reply = msg(BETA, 'in', '2026-05-03T00:00:00.000Z', false);
  const alphaOld = msg(ALPHA, 'in', '2026-05-02T00:00:00.000Z', true);
  const alphaRouter = msg(ALPHA, 'in', '2026-05-04T00:00:00.000Z', false, 'Router X');
  const finder = msg(undefined, 'in', '2026-04-01T00:00:00.000Z', false);
  const all = [reply, alphaRouter, finder, sent, alphaOld];

  it('groups one thread per vendor, a product thread apart, unassigned last', () => {
    const threads = groupThreads(all, nameOf);
    expect(threads.map((t) => [nameOf(t.contactId ?? ('?' as ContactId)), t.product])).toEqual([
      ['Alpha Soft', null],
      ['Alpha Soft', 'Router X'],
      ['Beta Works', null],
      ['?', null],
    ]);
    const beta = threads[2];
    expect(beta?.messages.map((m) => m.id)).toEqual([sent.id, reply.id]);
    expect(threads.map((t) => t.unread)).toEqual([0, 1, 1, 1]);
  });

  it('counts only incoming replies not yet opened, per case too', () => {
    expect(unreadCount(all)).toBe(3);
    expect(unreadByCase([...all, { ...reply, caseId: 'c2' }]).get('c2')).toBe(1);
    expect(unreadByCase(all).get('c1')).toBe(3);
  });

  it('j/k step through the reading order and stop at the ends', () => {
    const order = readingOrder(groupThreads(all, nameOf));
    expect(stepMessage(order, null, 1)).toBe(alphaOld.id);
    expect(stepMessage(order, alphaOld.id, 1)).toBe(alphaRouter.id);
    expect(stepMessage(order, alphaOld.id, -1)).toBe(alphaOld.id);
    expect(stepMessage(order, finder.id, 1)).toBe(finder.id);
    expect(stepMessage([], null, 1)).toBeNull();
  });

  it('u jumps to the next unread, wrapping round, and stops when all are read', () => {
    const order = readingOrder(groupThreads(all, nameOf));
    expect(nextUnread(order, null)).toBe(alphaRouter.id);
    expect(nextUnread(order, alphaRouter.id)).toBe(reply.id);
    expect(nextUnread(order, finder.id)).toBe(alphaRouter.id);
    const read = order.map((m) => markRead(m, '2026-06-01T00:00:00.000Z') ?? m);
    expect(nextUnread(read, null)).toBeNull();
  });

  it('opening marks an unread reply read once; our own messages never change', () => {
    const opened = markRead(reply, '2026-05-05T00:00:00.000Z');
    expect(opened?.readAt).toBe('2026-05-05T00:00:00.000Z');
    expect(opened && markRead(opened, '2026-05-06T00:00:00.000Z')).toBeNull();
    expect(markRead(sent, '2026-05-05T00:00:00.000Z')).toBeNull();
  });

  it('every message lands in exactly one thread, and the unread total is kept', () => {
    const arb = fc.array(
      fc.record({
        c: fc.constantFrom(ALPHA, BETA, undefined),
        d: fc.constantFrom('in' as const, 'out' as const),
        day: fc.integer({ min: 1, max: 28 }),
        read: fc.boolean(),
        p: fc.constantFrom(null, 'Router X', 'NAS'),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const ms = specs.map((s) =>
          msg(s.c, s.d, `2026-05-${String(s.day).padStart(2, '0')}T00:00:00.000Z`, s.read, s.p),
        );
        const threads = groupThreads(ms, nameOf);
        const order = readingOrder(threads);
        expect(new Set(order.map((m) => m.id)).size).toBe(ms.length);
        expect(order.length).toBe(ms.length);
        expect(threads.reduce((s, t) => s + t.unread, 0)).toBe(unreadCount(ms));
      }),
    );
  });
});
