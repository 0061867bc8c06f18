import { describe, expect, it } from 'vitest';
import type { Case, CaseEvent } from '../model';
import { computeStatistics, defaultStatisticsRange } from './statistics';

type Dates = { received: string | null; published: string | null; closed: string | null };
const kase = (id: string, kind: string, dates: Partial<Dates>): Case =>
  ({
    id,
    kind,
    dates: { received: null, published: null, closed: null, ...dates },
  }) as unknown as Case;
const decided = (caseId: string, at: string, decision: string): CaseEvent =>
  ({ type: 'triage.decided', caseId, at, payload: { decision } }) as unknown as CaseEvent;

describe('computeStatistics counts by the local date in the zone', () => {
  const cases = [
    // 2026-03-31 20:00 UTC is already 2026-04-01 in Tokyo: Q2 there, Q1 in UTC.
    kase('a', 'software', { received: '2026-03-31T20:00:00.000Z' }),
    // 2026-03-31 14:59 UTC is 23:59 on the last day of Q1 in Tokyo.
    kase('b', 'website', {
      received: '2026-03-31T14:59:00.000Z',
      published: '2026-04-10T03:00:00.000Z',
      closed: '2026-04-11T03:00:00.000Z',
    }),
    kase('c', 'software', {
      received: '2026-04-01T03:00:00.000Z',
      published: '2026-04-05T03:00:00.000Z',
    }),
    // A technical alert is not a finder's report: it counts in no figure, total included.
    kase('d', 'technical-alert', {
      received: '2026-05-01T03:00:00.000Z',
      published: '2026-05-02T03:00:00.000Z',
      closed: '2026-05-03T03:00:00.000Z',
    }),
  ];
  const events = [
    decided('a', '2026-04-02T03:00:00.000Z', 'accept'),
    decided('a', '2026-04-03T03:00:00.000Z', 'accept'),
    decided('b', '2026-04-02T03:00:00.000Z', 'decline'),
    decided('c', '2026-04-02T03:00:00.000Z', 'defer'),
    decided('unknown-case', '2026-04-02T03:00:00.000Z', 'accept'),
    decided('d', '2026-05-01T04:00:00.000Z', 'accept'),
    { type: 'note.added', caseId: 'a', at: '2026-04-02T03:00:00.000Z' } as unknown as CaseEvent,
  ];

  it('puts a case received on the last day of a quarter into that quarter in Tokyo time', () => {
    const r = computeStatistics(cases, events, { from: '2026-01-01', to: '2026-06-30' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [q1, q2] = r.value.quarters;
    expect(q1?.period).toBe('2026-Q1');
    expect(q1?.counts.received).toEqual({ software: 0, website: 1, total: 1 });
    expect(q2?.counts.received).toEqual({ software: 2, website: 0, total: 2 });
    // Decided twice in one quarter counts once; defer, unknown cases and alerts do not count.
    expect(q2?.counts.accepted).toEqual({ software: 1, website: 0, total: 1 });
    expect(q2?.counts.declined).toEqual({ software: 0, website: 1, total: 1 });
    expect(q2?.counts.published.total).toBe(2);
    expect(q2?.counts.closed).toEqual({ software: 0, website: 1, total: 1 });
    expect(q2?.daysToPublication.software).toEqual({ count: 1, median: 4, p90: 4 });
    expect(q2?.daysToPublication.website).toEqual({ count: 1, median: 10, p90: 10 });
    expect(q2?.daysToPublication.total).toEqual({ count: 2, median: 7, p90: 10 });
    expect(r.value.total.period).toBe('total');
    expect(r.value.total.counts.received.total).toBe(3);
  });

  it('counts the same instant in the quarter of another zone when asked', () => {
    const r = computeStatistics(cases, [], {
      from: '2026-01-01',
      to: '2026-06-30',
      timeZone: 'UTC',
    });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.quarters[0]?.counts.received.total).toBe(2);
  });

  it('refuses an impossible date in the range', () => {
    expect(computeStatistics([], [], { from: '2026-01-01', to: '2026-13-45' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-range' },
    });
  });
});

describe('defaultStatisticsRange', () => {
  it('starts three quarters back, within the same year from Q4', () => {
    expect(defaultStatisticsRange('2026-11-20')).toEqual({ from: '2026-01-01', to: '2026-11-20' });
    expect(defaultStatisticsRange('2026-02-03')).toEqual({ from: '2025-04-01', to: '2026-02-03' });
  });
});
