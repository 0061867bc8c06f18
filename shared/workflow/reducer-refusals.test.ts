import { describe, it, expect } from 'vitest';
import type { EventId } from '../model';
import { foldEvents } from './timeline';
import {
  acceptedSoftwareCase as accepted,
  contactIds,
  created,
  involvementIds,
  normalPriority,
  testUuid,
  timeline,
} from './testing/test-events';

const [inv1, inv2] = involvementIds as [(typeof involvementIds)[0], (typeof involvementIds)[0]];
const [c1, c2] = contactIds as [(typeof contactIds)[0], (typeof contactIds)[0]];

describe('reducer: refusals are typed and recorded, never thrown', () => {
  it('events before case.created, for another case, and a second case.created', () => {
    const other = timeline('11111111-1111-4111-8111-111111111111' as never);
    const ev = timeline();
    const p = foldEvents([
      other({
        type: 'note.added',
        at: '2026-01-01T00:00:00.000Z',
        payload: { text: 'x', internal: true },
      }),
    ]);
    expect(p.case).toBeNull();
    expect(p.rejected[0]?.error.code).toBe('case-not-created');
    const q = foldEvents([
      ev(created('2026-01-01T00:00:00.000Z')),
      ev({ ...created('2026-01-02T00:00:00.000Z'), id: testUuid(500) as EventId }),
      other({
        type: 'note.added',
        at: '2026-01-03T00:00:00.000Z',
        payload: { text: 'x', internal: true },
        id: testUuid(501) as EventId,
      }),
    ]);
    expect(q.rejected.map((r) => r.error.code).sort()).toEqual([
      'case-already-created',
      'wrong-case',
    ]);
  });

  it('RM refuses illegal moves', () => {
    const ev = timeline();
    const p = foldEvents([
      ev(created('2026-01-01T00:00:00.000Z')),
      ev({
        type: 'report.acknowledged',
        at: '2026-01-01T00:00:01.000Z',
        payload: { messageId: null },
      }),
      ev({
        type: 'triage.decided',
        at: '2026-01-01T00:00:02.000Z',
        payload: { decision: 'accept', reasons: [], priority: normalPriority, note: '' },
      }),
      ev({
        type: 'case.closed',
        at: '2026-01-01T00:00:03.000Z',
        payload: { reason: 'other', note: '' },
      }),
      ev({
        type: 'published',
        at: '2026-01-01T00:00:04.000Z',
        payload: { advisoryId: null, url: '' },
      }),
      ev({
        type: 'release.decided',
        at: '2026-01-01T00:00:05.000Z',
        payload: { decision: 'publish', committee: true, reason: 'r' },
      }),
      ev({
        type: 'embargo.proposed',
        at: '2026-01-01T00:00:06.000Z',
        payload: { date: '2026-03-01T00:00:00.000Z', zone: 'Asia/Tokyo', proposedBy: 'finder' },
      }),
    ]);
    expect(p.rejected.map((r) => r.error.code)).toEqual([
      'report-not-received',
      'illegal-report-transition',
      'illegal-report-transition',
      'report-not-accepted',
      'report-not-accepted',
      'report-not-accepted',
    ]);
  });

  it('vendor events need a known involvement and an accepted report', () => {
    const ev = timeline();
    const unknownInv = testUuid(0xdead) as never;
    const p = foldEvents([
      ...accepted(),
      ...[
        { type: 'vendor.replied', payload: { involvementId: unknownInv, messageId: null } },
        {
          type: 'vendor.contact-attempted',
          payload: { involvementId: unknownInv, channel: 'phone' },
        },
        { type: 'involvement.changed', payload: { involvementId: unknownInv, status: 'fixed' } },
        { type: 'vendor.name-published', payload: { involvementId: unknownInv } },
        {
          type: 'involvement.added',
          payload: { involvementId: inv1, contactId: c2, role: 'developer' },
        },
        {
          type: 'involvement.added',
          payload: { involvementId: inv2, contactId: c1, role: 'developer' },
        },
        {
          type: 'involvement.added',
          payload: { involvementId: inv2, contactId: c2, role: 'upstream-developer' },
        },
        { type: 'vendor.unreachable', payload: { involvementId: inv2, reason: 'no reply' } },
        { type: 'vendor.name-published', payload: { involvementId: inv1 } },
        { type: 'involvement.changed', payload: { involvementId: inv1, status: 'not-contacted' } },
        { type: 'flag.set', payload: { flag: 'vendorAware' } },
        { type: 'flag.set', payload: { flag: 'vendorAware' } },
      ].map((x, i) =>
        ev({
          ...x,
          at: `2026-05-01T00:00:${String(i).padStart(2, '0')}.000Z`,
          id: testUuid(100 + i),
        } as never),
      ),
    ]);
    expect(p.rejected.map((r) => r.error.code)).toEqual([
      'unknown-involvement',
      'unknown-involvement',
      'unknown-involvement',
      'unknown-involvement',
      'duplicate-involvement',
      'duplicate-contact',
      'not-contacted-yet',
      'not-unreachable',
      'illegal-involvement-status',
      'flag-already-set',
    ]);
    const deferred = foldEvents([
      ...accepted().slice(0, 4),
      ev({
        type: 'triage.decided',
        at: '2026-04-22T00:00:00.000Z',
        payload: { decision: 'defer', reasons: [], priority: normalPriority, note: '' },
        id: testUuid(300) as never,
      }),
      ev({
        type: 'vendor.contact-attempted',
        at: '2026-04-28T00:30:00.000Z',
        payload: { involvementId: inv1, channel: 'email' },
        id: testUuid(301) as never,
      }),
    ]);
    expect(deferred.rejected.map((r) => r.error.code)).toEqual(['report-not-accepted']);
  });
});
