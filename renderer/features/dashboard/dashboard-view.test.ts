import { describe, expect, it } from 'vitest';
import type { CaseId, CaseEvent, ReportId } from '../../../shared/model';
import { caseView } from '../../../shared/workflow/case-view';
import {
  created,
  projectionOfEvents,
  testUuid,
  timeline,
} from '../../../shared/workflow/testing/test-events';
import {
  agreedOn,
  INV1,
  INV2,
  movedCase,
  movedLetterTo,
} from '../../../shared/workflow/testing/moved-case';
import type { EventSpec } from '../../../shared/workflow/testing/test-events';
import { buildDashboard, lastMonths, median } from './dashboard-view';

/** The case view the dashboard is given for a timeline at `now`. */
const input = (events: readonly CaseEvent[], now: string) => {
  const kase = projectionOfEvents(events).case;
  if (kase === null) throw new Error('test timeline without a case');
  return caseView({ kase, involvements: [], events, messages: [] }, now);
};

const receivedCase = (n: number, at: string) => {
  const ev = timeline(testUuid(0x1000 + n) as CaseId, n * 100);
  return [
    ev(created(at)),
    ev({
      type: 'report.received',
      at,
      payload: { reportId: testUuid(0x2000 + n) as ReportId, receivedAt: at },
    }),
  ];
};

describe('dashboard view', () => {
  it("lists a deadline as due soon by the engine's rule for it, then overdue", () => {
    // Received Monday 2026-11-16 JST: the acknowledgement is due at the end of 24 Nov (23 Nov
    // is a holiday), and the profile calls it due soon 2 days before (its `dueSoonDays`).
    const events = receivedCase(1, '2026-11-16T01:00:00.000Z');
    const dueSoon = (now: string) =>
      buildDashboard([input(events, now)], now).dueSoon.map((d) => d.deadline.ruleId);
    const early = buildDashboard(
      [input(events, '2026-11-18T01:00:00.000Z')],
      '2026-11-18T01:00:00.000Z',
    );
    expect(early.unacknowledged.map((c) => c.ref)).toEqual(['AL-2026-0042']);
    // Six days before: on track, as on the case list and the calendar.
    expect(early.dueSoon).toEqual([]);
    expect(early.overdue).toEqual([]);
    expect(early.counts.received).toBe(1);
    // From 23 Nov 00:00 JST it is less than two days before the end of 24 Nov; at 10:00 on
    // 22 Nov it is not yet.
    expect(dueSoon('2026-11-22T01:00:00.000Z')).toEqual([]);
    expect(dueSoon('2026-11-22T15:00:00.000Z')).toEqual(['jpcert.acknowledge-finder']);

    const late = buildDashboard(
      [input(events, '2026-12-10T01:00:00.000Z')],
      '2026-12-10T01:00:00.000Z',
    );
    expect(late.overdue.length).toBeGreaterThan(0);
    expect(late.overdue.every((item) => item.deadline.state === 'overdue')).toBe(true);
  });

  it('still chases the answer a report closed at intake owes its finder, and nothing else', () => {
    const events = receivedCase(2, '2026-11-16T01:00:00.000Z');
    const ev = timeline(testUuid(0x1002) as CaseId, 400);
    const declined = [
      ...events,
      ev({
        type: 'case.closed',
        at: '2026-11-16T02:00:00.000Z',
        payload: { reason: 'declined', note: '' },
      }),
    ];
    const now = '2026-12-10T01:00:00.000Z';
    const owed = buildDashboard([input(declined, now)], now);
    expect(owed.unacknowledged.map((c) => c.ref)).toEqual(['AL-2026-0042']);
    expect(owed.overdue.map((d) => d.deadline.ruleId)).toEqual(['jpcert.acknowledge-finder']);
    const answered = [
      ...declined,
      ev({
        type: 'report.acknowledged',
        at: '2026-11-17T02:00:00.000Z',
        payload: { messageId: null },
      }),
    ];
    const done = buildDashboard([input(answered, now)], now);
    expect([done.unacknowledged, done.overdue, done.dueSoon]).toEqual([[], [], []]);
  });

  it('counts cases opened per month in Japan time over the last months', () => {
    const now = '2026-11-20T00:00:00.000Z';
    // 2026-09-30T20:00Z is already 1 October in Tokyo.
    const a = input(receivedCase(1, '2026-09-30T20:00:00.000Z'), now);
    const b = input(receivedCase(2, '2026-11-02T00:00:00.000Z'), now);
    const view = buildDashboard([a, b], now, 3);
    expect(view.months).toEqual([
      { month: '2026-09', opened: 0, closed: 0 },
      { month: '2026-10', opened: 1, closed: 0 },
      { month: '2026-11', opened: 1, closed: 0 },
    ]);
  });

  it('computes months across a year boundary and medians', () => {
    expect(lastMonths('2026-01-15T00:00:00.000Z', 3)).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(median([])).toBeNull();
    expect(median([30, 10, 20])).toBe(20);
    expect(median([10, 45])).toBe(27.5);
  });

  it('keeps a technical alert out of the unacknowledged reports and the publication median', () => {
    const ev = timeline(testUuid(0x3001) as CaseId, 900);
    const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T01:00:00.000Z`;
    const content = {
      vulnerabilityClass: { ja: '', en: 'Improper certificate validation' },
      cwes: ['CWE-295'],
      summary: { ja: '', en: 'Clients skip certificate checks.' },
      description: { ja: '', en: '' },
      impact: { ja: '', en: '' },
      productFamilies: [{ name: { ja: '', en: 'Home routers' }, identifiers: [] }],
      mitigations: [],
      references: [],
    };
    const alert = [
      ev({
        type: 'case.created',
        at: at(2),
        payload: {
          ref: 'AL-2026-0043',
          title: 'Alert',
          kind: 'technical-alert',
          tlp: 'CLEAR',
          policyProfile: 'jpcert-cc',
          reportId: null,
          technicalAlert: content,
        },
      }),
      ev({ type: 'technical-alert.review-requested', at: at(3), payload: { note: '' } }),
      ev({
        type: 'technical-alert.reviewed',
        at: at(4),
        payload: { verdict: 'approved', reason: '' },
      }),
      ev({ type: 'published', at: at(5), payload: { advisoryId: 'JVNTA#12345678', url: '' } }),
    ];
    const now = at(20);
    const view = buildDashboard([input(alert, now)], now);
    expect(view.unacknowledged).toEqual([]);
    expect(view.medianDaysToPublication).toBeNull();
    expect(view.counts.accepted).toBe(1);
  });
});

describe('dashboard: an embargo ended early', () => {
  const ENDED = '2027-01-10T01:00:00.000Z';
  const NOW = '2027-01-11T01:00:00.000Z';
  const ended: EventSpec[] = [
    ...agreedOn(),
    { type: 'embargo.terminated', at: ENDED, payload: { reason: 'exploit published' } },
  ];
  const untold = (extra: EventSpec[]) =>
    buildDashboard([input(movedCase([...ended, ...extra]), NOW)], NOW).earlyEndUntold.map((i) => [
      i.involvement.id,
      i.since,
    ]);

  it('owes each vendor told the agreed date the letter, until it is sent', () => {
    expect(untold([])).toEqual([
      [INV1, ENDED],
      [INV2, ENDED],
    ]);
    expect(untold([movedLetterTo('2027-01-10T02:00:00.000Z', INV2)])).toEqual([[INV1, ENDED]]);
    expect(buildDashboard([input(movedCase(agreedOn()), NOW)], NOW).earlyEndUntold).toEqual([]);
  });
});
