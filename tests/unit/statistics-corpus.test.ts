// Statistics over a generated corpus (tests/generators/cases.ts) against counts taken
// straight from the event timelines; it lives here because shared/ may not import tests/.
import { describe, expect, it } from 'vitest';
import { generateCases } from '../generators/cases';
import type { CaseEvent, CaseKind } from '../../shared/model';
import { computeStatistics, type StatColumn } from '../../shared/workflow/statistics';

const corpus = generateCases({ seed: 7, count: 1500, vendors: 40, year: 2026 });

/** The Tokyo calendar date, by hand: Japan keeps UTC+9 all year (no summer time). */
const tokyo = (at: string): string =>
  new Date(Date.parse(at) + 9 * 3_600_000).toISOString().slice(0, 10);
const quarterOf = (date: string): string =>
  `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
const days = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** Counts straight from the event timelines, without the projection or the code under test. */
function expected(events: readonly CaseEvent[], inRange: (date: string) => boolean) {
  const kind = new Map<string, CaseKind>();
  const received = new Map<string, string>();
  const perQuarter = new Map<string, Map<string, Set<string>>>();
  const add = (quarter: string, key: string, caseId: string) => {
    const q = perQuarter.get(quarter) ?? new Map<string, Set<string>>();
    perQuarter.set(quarter, q);
    const set = q.get(key) ?? new Set<string>();
    q.set(key, set);
    set.add(caseId);
  };
  const publishDays = new Map<string, number[]>();
  for (const e of events) {
    if (e.type === 'case.created') kind.set(e.caseId, e.payload.kind);
    const k = kind.get(e.caseId) ?? 'software';
    const date = tokyo(e.type === 'report.received' ? e.payload.receivedAt : e.at);
    if (e.type === 'report.received') received.set(e.caseId, date);
    if (!inRange(date)) continue;
    const figure =
      e.type === 'report.received'
        ? 'received'
        : e.type === 'published'
          ? 'published'
          : e.type === 'case.closed'
            ? 'closed'
            : e.type === 'triage.decided' && e.payload.decision === 'accept'
              ? 'accepted'
              : e.type === 'triage.decided' && e.payload.decision === 'decline'
                ? 'declined'
                : null;
    if (figure === null) continue;
    // Declining a report ends its handling: it is closed on the day it is declined.
    for (const f of figure === 'declined' ? ['declined', 'closed'] : [figure]) {
      add(quarterOf(date), `${f}|${k}`, e.caseId);
      add(quarterOf(date), `${f}|total`, e.caseId);
    }
    if (figure === 'published') {
      const d = days(received.get(e.caseId) ?? date, date);
      for (const col of [k, 'total']) {
        const key = `${quarterOf(date)}|${col}`;
        publishDays.set(key, [...(publishDays.get(key) ?? []), d]);
      }
    }
  }
  const count = (quarter: string, figure: string, col: StatColumn) =>
    perQuarter.get(quarter)?.get(`${figure}|${col}`)?.size ?? 0;
  return { count, publishDays };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? s[(s.length - 1) / 2]
    : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
};
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.9) - 1];

describe('computeStatistics over a generated corpus', () => {
  it.each([
    ['2026-01-01', '2027-03-31'],
    ['2026-02-15', '2026-08-10'],
  ])('agrees with counts taken straight from the events (%s to %s)', (from, to) => {
    const r = computeStatistics(corpus.cases, corpus.events, { from, to });
    if (!r.ok) throw new Error(r.error.message);
    const want = expected(corpus.events, (d) => d >= from && d <= to);
    expect(r.value.quarters.map((q) => q.period)[0]).toBe(quarterOf(from));
    let published = 0;
    for (const q of r.value.quarters) {
      for (const figure of ['received', 'accepted', 'declined', 'published', 'closed'] as const) {
        for (const col of ['software', 'website', 'total'] as const) {
          expect(q.counts[figure][col], `${q.period} ${figure} ${col}`).toBe(
            want.count(q.period, figure, col),
          );
        }
      }
      for (const col of ['software', 'website', 'total'] as const) {
        const xs = want.publishDays.get(`${q.period}|${col}`) ?? [];
        expect(q.daysToPublication[col]).toEqual({
          count: xs.length,
          median: xs.length === 0 ? null : median(xs),
          p90: xs.length === 0 ? null : p90(xs),
        });
      }
      published += q.counts.published.total;
    }
    // The corpus is big enough that every figure is exercised.
    expect(published).toBeGreaterThan(0);
    expect(r.value.total.counts.published.total).toBe(published);
    expect(r.value.total.counts.received.total).toBeGreaterThan(100);
  });
});
