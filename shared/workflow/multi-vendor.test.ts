import { describe, it, expect } from 'vitest';
import type { CaseEvent } from '../model';
import { contactableNow, contactWaves, summarizeVendors } from './multi-vendor';
import {
  contactIds,
  created,
  involvementIds,
  normalPriority,
  testUuid,
  timeline,
} from './testing/test-events';
import { foldEvents } from './timeline';

const [a, b, c] = involvementIds as [never, never, never];
const [ca, cb, cc] = contactIds as [never, never, never];

const events = (): CaseEvent[] => {
  const ev = timeline();
  return [
    ev(created('2026-04-01T00:00:00.000Z')),
    ev({
      type: 'report.received',
      at: '2026-04-01T00:00:01.000Z',
      payload: { reportId: testUuid(1) as never, receivedAt: '2026-04-01T00:00:00.000Z' },
    }),
    ev({
      type: 'triage.decided',
      at: '2026-04-02T00:00:00.000Z',
      payload: { decision: 'accept', reasons: [], priority: normalPriority, note: '' },
    }),
    ev({
      type: 'involvement.added',
      at: '2026-04-02T00:00:01.000Z',
      payload: { involvementId: a, contactId: ca, role: 'upstream-developer' },
    }),
    ev({
      type: 'involvement.added',
      at: '2026-04-02T00:00:02.000Z',
      payload: { involvementId: b, contactId: cb, role: 'developer' },
    }),
    ev({
      type: 'involvement.added',
      at: '2026-04-02T00:00:03.000Z',
      payload: { involvementId: c, contactId: cc, role: 'developer' },
    }),
  ];
};

describe('multi-vendor coordination', () => {
  it('contacts the upstream developer first, the others once it has replied (policy II.G)', () => {
    const p = foldEvents(events());
    expect(contactWaves(p)).toEqual([[a], [b, c]]);
    expect(contactableNow(p)).toEqual([a]);
    const ev = timeline(undefined, 100);
    const replied = foldEvents([
      ...events(),
      ev({
        type: 'vendor.contact-attempted',
        at: '2026-04-03T00:00:00.000Z',
        payload: { involvementId: a, channel: 'email' },
      }),
      ev({
        type: 'vendor.replied',
        at: '2026-04-04T00:00:00.000Z',
        payload: { involvementId: a, messageId: null },
      }),
    ]);
    expect(contactableNow(replied)).toEqual([b, c]);
  });

  it('without an upstream developer everyone is one wave', () => {
    const ev = timeline(undefined, 100);
    const p = foldEvents([
      ...events(),
      ev({
        type: 'involvement.changed',
        at: '2026-04-03T00:00:00.000Z',
        payload: { involvementId: a, role: 'developer' },
      }),
    ]);
    expect(contactWaves(p)).toEqual([[a, b, c]]);
    expect(contactableNow(p)).toEqual([a, b, c]);
  });

  it('summarises replies, waits and unreachable vendors as data and text', () => {
    const ev = timeline(undefined, 100);
    const p = foldEvents([
      ...events(),
      ...[a, b, c].map((id, i) =>
        ev({
          type: 'vendor.contact-attempted',
          at: `2026-04-03T00:00:0${i}.000Z`,
          payload: { involvementId: id, channel: 'email' },
        }),
      ),
      ev({
        type: 'vendor.replied',
        at: '2026-04-05T00:00:00.000Z',
        payload: { involvementId: a, messageId: null },
      }),
      ev({
        type: 'vendor.unreachable',
        at: '2026-04-10T00:00:00.000Z',
        payload: { involvementId: b, reason: 'bounced' },
      }),
    ]);
    const s = summarizeVendors(p, '2026-05-10T00:00:00.000Z');
    expect(s.total).toBe(3);
    expect(s.replied).toBe(1);
    expect(s.unreachable).toEqual([{ involvementId: b, days: 30 }]);
    expect(s.awaitingReply).toEqual([{ involvementId: c, days: 36 }]);
    expect(s.byStatus.acknowledged).toBe(1);
    expect(s.text.en).toBe('1 of 3 vendors replied, 1 unreachable for 30 days');
    expect(s.text.ja).toBe('3社中1社から返信、1社が30日間連絡不能');
    // Longest wait first, whoever was added first.
    const more = foldEvents([
      ...events(),
      ...[a, b, c].map((id, i) =>
        ev({
          type: 'vendor.contact-attempted',
          at: `2026-04-0${3 + i}T00:00:00.000Z`,
          payload: { involvementId: id, channel: 'email' },
        }),
      ),
      ev({
        type: 'vendor.unreachable',
        at: '2026-04-20T00:00:00.000Z',
        payload: { involvementId: b, reason: 'bounced' },
      }),
      ev({
        type: 'vendor.unreachable',
        at: '2026-04-21T00:00:00.000Z',
        payload: { involvementId: a, reason: 'bounced' },
      }),
    ]);
    const s2 = summarizeVendors(more, '2026-05-10T00:00:00.000Z');
    expect(s2.unreachable.map((u) => u.involvementId)).toEqual([b, a]);
    expect(s2.text.en).toBe('0 of 3 vendors replied, 2 unreachable for 20 days');
  });

  it('mentions vendors not contacted yet', () => {
    const s = summarizeVendors(foldEvents(events()), '2026-04-03T00:00:00.000Z');
    expect(s.text.en).toBe('0 of 3 vendors replied, 3 not contacted yet');
    expect(s.text.ja).toBe('3社中0社から返信、3社は未連絡');
  });
});
