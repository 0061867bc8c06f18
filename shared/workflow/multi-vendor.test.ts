import { describe, it, expect } from 'vitest';
import type { CaseEvent } from '../model';
import { contactableNow, contactWaves } from './multi-vendor';
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
});
