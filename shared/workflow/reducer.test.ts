import { describe, it, expect } from 'vitest';
import type { CaseEvent } from '../model';
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

const [inv1] = involvementIds as [(typeof involvementIds)[0]];
const [c1] = contactIds as [(typeof contactIds)[0]];

const more = (base: CaseEvent[], ...specs: Parameters<ReturnType<typeof timeline>>[0][]) => {
  const ev = timeline(undefined, 1000);
  return [...base, ...specs.map((s) => ev(s))];
};

describe('reducer: a coordinated software case', () => {
  it('folds intake, triage and vendor contact into the projection', () => {
    const p = foldEvents(accepted());
    expect(p.rejected).toEqual([]);
    expect(p.case?.states.report).toBe('accepted');
    expect(p.case?.dates.received).toBe('2026-04-17T09:00:00.000Z');
    expect(p.case?.dates.firstVendorContactAttempt).toBe('2026-04-28T00:30:00.000Z');
    expect(p.involvements[0]?.status).toBe('contacted');
    expect(p.case?.involvements).toEqual([inv1]);
    expect(p.appliedCount).toBe(5);
  });

  it('a vendor reply makes the vendor aware; an agreed embargo sets the publication date', () => {
    const p = foldEvents(
      more(
        accepted(),
        {
          type: 'message.received',
          at: '2026-04-30T00:00:00.000Z',
          payload: { messageId: testUuid(2) as never, from: 'vendor', involvementId: inv1 },
        },
        {
          type: 'embargo.proposed',
          at: '2026-05-01T00:00:00.000Z',
          payload: {
            date: '2026-06-12T01:00:00.000Z',
            zone: 'Asia/Tokyo',
            proposedBy: 'coordinator',
          },
        },
        {
          type: 'embargo.agreed',
          at: '2026-05-02T00:00:00.000Z',
          payload: { date: '2026-06-12T01:00:00.000Z', zone: 'Asia/Tokyo' },
        },
      ),
    );
    expect(p.rejected).toEqual([]);
    expect(p.involvements[0]?.status).toBe('acknowledged');
    expect(p.case?.states.flags.vendorAware).toBe('2026-04-30T00:00:00.000Z');
    expect(p.case?.states.embargo).toBe('active');
    expect(p.case?.dates.agreedPublication).toBe('2026-06-12T01:00:00.000Z');
    expect(p.embargo.agreedAt).toBe('2026-05-02T00:00:00.000Z');
  });

  it('a revision goes Active → Revise → Active, and a rejected revision keeps the old date', () => {
    const p = foldEvents(
      more(
        accepted(),
        {
          type: 'embargo.proposed',
          at: '2026-05-01T00:00:00.000Z',
          payload: {
            date: '2026-06-12T01:00:00.000Z',
            zone: 'Asia/Tokyo',
            proposedBy: 'coordinator',
          },
        },
        {
          type: 'embargo.agreed',
          at: '2026-05-02T00:00:00.000Z',
          payload: { date: '2026-06-12T01:00:00.000Z', zone: 'Asia/Tokyo' },
        },
        {
          type: 'embargo.proposed',
          at: '2026-05-03T00:00:00.000Z',
          payload: { date: '2026-07-01T01:00:00.000Z', zone: 'Asia/Tokyo', proposedBy: 'vendor' },
        },
      ),
    );
    expect(p.case?.states.embargo).toBe('revise');
    expect(p.embargo.proposedDate).toBe('2026-07-01T01:00:00.000Z');
    const rejected = foldEvents(
      more(
        accepted(),
        {
          type: 'embargo.proposed',
          at: '2026-05-01T00:00:00.000Z',
          payload: {
            date: '2026-06-12T01:00:00.000Z',
            zone: 'Asia/Tokyo',
            proposedBy: 'coordinator',
          },
        },
        {
          type: 'embargo.agreed',
          at: '2026-05-02T00:00:00.000Z',
          payload: { date: '2026-06-12T01:00:00.000Z', zone: 'Asia/Tokyo' },
        },
        {
          type: 'embargo.proposed',
          at: '2026-05-03T00:00:00.000Z',
          payload: { date: '2026-07-01T01:00:00.000Z', zone: 'Asia/Tokyo', proposedBy: 'vendor' },
        },
        {
          type: 'embargo.rejected',
          at: '2026-05-04T00:00:00.000Z',
          payload: { reason: 'too late' },
        },
        {
          type: 'embargo.revised',
          at: '2026-05-05T00:00:00.000Z',
          payload: { date: '2026-06-20T01:00:00.000Z', zone: 'Asia/Tokyo', reason: 'both agreed' },
        },
      ),
    );
    expect(rejected.rejected).toEqual([]);
    expect(rejected.case?.states.embargo).toBe('active');
    expect(rejected.case?.dates.agreedPublication).toBe('2026-06-20T01:00:00.000Z');
  });

  it('public awareness ends an active embargo but not a case under coordination', () => {
    const p = foldEvents(
      more(
        accepted(),
        {
          type: 'embargo.proposed',
          at: '2026-05-01T00:00:00.000Z',
          payload: {
            date: '2026-06-12T01:00:00.000Z',
            zone: 'Asia/Tokyo',
            proposedBy: 'coordinator',
          },
        },
        {
          type: 'embargo.agreed',
          at: '2026-05-02T00:00:00.000Z',
          payload: { date: '2026-06-12T01:00:00.000Z', zone: 'Asia/Tokyo' },
        },
        { type: 'flag.set', at: '2026-05-10T00:00:00.000Z', payload: { flag: 'exploitPublic' } },
        {
          type: 'embargo.proposed',
          at: '2026-05-11T00:00:00.000Z',
          payload: { date: '2026-06-12T01:00:00.000Z', zone: 'Asia/Tokyo', proposedBy: 'vendor' },
        },
      ),
    );
    expect(p.case?.states.embargo).toBe('exited');
    expect(p.embargo.exit).toEqual({ at: '2026-05-10T00:00:00.000Z', reason: 'public-awareness' });
    expect(p.case?.states.flags.publicAware).toBe('2026-05-10T00:00:00.000Z');
    expect(p.case?.states.report).toBe('accepted');
    expect(p.handling.terminated).toBeNull();
    expect(p.rejected.map((r) => r.error.code)).toEqual(['illegal-embargo-transition']);
  });

  it('a pending proposal lapses when the vulnerability becomes public', () => {
    const p = foldEvents(
      more(
        accepted(),
        {
          type: 'embargo.proposed',
          at: '2026-05-01T00:00:00.000Z',
          payload: {
            date: '2026-06-12T01:00:00.000Z',
            zone: 'Asia/Tokyo',
            proposedBy: 'coordinator',
          },
        },
        { type: 'flag.set', at: '2026-05-10T00:00:00.000Z', payload: { flag: 'publicAware' } },
      ),
    );
    expect(p.case?.states.embargo).toBe('none');
    expect(p.embargo.proposedDate).toBeNull();
  });

  it('publication exits the embargo, sets public awareness and the advisory id', () => {
    const p = foldEvents(
      more(
        accepted(),
        {
          type: 'embargo.proposed',
          at: '2026-05-01T00:00:00.000Z',
          payload: {
            date: '2026-06-12T01:00:00.000Z',
            zone: 'Asia/Tokyo',
            proposedBy: 'coordinator',
          },
        },
        {
          type: 'embargo.agreed',
          at: '2026-05-02T00:00:00.000Z',
          payload: { date: '2026-06-12T01:00:00.000Z', zone: 'Asia/Tokyo' },
        },
        {
          type: 'published',
          at: '2026-06-12T01:00:00.000Z',
          payload: { advisoryId: 'JVN#12345678', url: 'https://jvn.jp/jp/JVN12345678/' },
        },
        {
          type: 'published',
          at: '2026-06-12T02:00:00.000Z',
          payload: { advisoryId: null, url: '' },
        },
        {
          type: 'case.closed',
          at: '2026-06-13T00:00:00.000Z',
          payload: { reason: 'resolved', note: '' },
        },
        {
          type: 'note.added',
          at: '2026-06-14T00:00:00.000Z',
          payload: { text: 'after close', internal: true },
        },
        { type: 'embargo.terminated', at: '2026-06-14T00:00:01.000Z', payload: { reason: 'x' } },
      ),
    );
    expect(p.case?.states.embargo).toBe('exited');
    expect(p.embargo.exit?.reason).toBe('published');
    expect(p.case?.advisoryId).toBe('JVN#12345678');
    expect(p.case?.states.flags.publicAware).toBe('2026-06-12T01:00:00.000Z');
    expect(p.case?.states.report).toBe('closed');
    expect(p.case?.dates.closed).toBe('2026-06-13T00:00:00.000Z');
    expect(p.rejected.map((r) => r.error.code)).toEqual(['already-published', 'case-closed']);
  });
});

describe('reducer: already public before coordination (IPA footnote 4)', () => {
  it.each([
    ['received', []],
    ['valid', [{ type: 'report.validated', payload: { valid: true, reasons: [] } }]],
    [
      'invalid',
      [{ type: 'report.validated', payload: { valid: false, reasons: ['not-a-vulnerability'] } }],
    ],
    [
      'deferred',
      [
        {
          type: 'triage.decided',
          payload: { decision: 'defer', reasons: [], priority: normalPriority, note: '' },
        },
      ],
    ],
  ] as const)(
    'from %s: handling is terminated, the case closes, the finder must be told',
    (_s, extra) => {
      const ev = timeline();
      const events = [
        ev(created('2026-04-20T00:00:00.000Z')),
        ev({
          type: 'report.received',
          at: '2026-04-20T00:00:01.000Z',
          payload: { reportId: testUuid(1) as never, receivedAt: '2026-04-20T00:00:00.000Z' },
        }),
        ...extra.map((x, i) => ev({ ...x, at: `2026-04-21T00:00:0${i}.000Z` } as never)),
        ev({ type: 'flag.set', at: '2026-04-22T00:00:00.000Z', payload: { flag: 'publicAware' } }),
        ev({
          type: 'involvement.added',
          at: '2026-04-23T00:00:00.000Z',
          payload: { involvementId: inv1, contactId: c1, role: 'developer' },
        }),
      ];
      const p = foldEvents(events);
      expect(p.case?.states.report).toBe('closed');
      expect(p.handling.terminated).toEqual({
        at: '2026-04-22T00:00:00.000Z',
        reason: 'already-public',
      });
      expect(p.rejected.map((r) => r.error.code)).toEqual(['handling-terminated']);
      const notified = foldEvents([
        ...events,
        ev({
          type: 'message.sent',
          at: '2026-04-24T00:00:00.000Z',
          payload: {
            messageId: testUuid(9) as never,
            to: 'finder',
            involvementId: null,
            purpose: 'finder-handling-terminated',
          },
        }),
      ]);
      expect(notified.handling.finderNotified).toBe(true);
    },
  );
});
