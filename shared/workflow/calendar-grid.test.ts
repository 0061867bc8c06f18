import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../model';
import { calendarEntries, entriesByDate } from './calendar-entries';
import { monthGrid, moveFocus, startOfWeek, weekGrid } from './calendar-grid';
import { computeDeadlines } from './deadlines';
import { jpcertProfile } from './policy-jpcert';
import { acceptedCaseEvents, timeline, type EventSpec } from './testing/test-events';
import { foldEvents } from './timeline';

const cal = jpcertProfile.calendar;

describe('calendar grid', () => {
  it('covers a month with whole weeks, Sunday first, neighbours marked outside', () => {
    // May 2026 starts on a Friday and ends on a Sunday: 6 rows from Apr 26 to Jun 6.
    const weeks = monthGrid('2026-05-14', cal, 0);
    expect(weeks).toHaveLength(6);
    expect(weeks[0]?.[0]?.date).toBe('2026-04-26');
    expect(weeks[5]?.[6]?.date).toBe('2026-06-06');
    expect(weeks.flat().filter((d) => d.inPeriod)).toHaveLength(31);
    expect(weeks.every((w) => w.length === 7 && w[0]?.weekday === 0)).toBe(true);
  });

  it('starts weeks on Monday when asked (February 2027 fits four rows)', () => {
    const weeks = monthGrid('2027-02-01', cal, 1);
    expect(weeks).toHaveLength(4);
    expect(weeks[0]?.[0]).toMatchObject({ date: '2027-02-01', weekday: 1 });
  });

  it('marks Japanese holidays by name and the year-end closure Dec 29 – Jan 3', () => {
    const days = monthGrid('2026-12-01', cal, 0).flat();
    const closure = days.filter((d) => d.closure).map((d) => d.date);
    expect(closure).toEqual(['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    const newYear = days.find((d) => d.date === '2027-01-01');
    expect(newYear?.holiday).toEqual({ ja: '元日', en: "New Year's Day" });
    const golden = weekGrid('2026-05-04', cal, 0);
    // Constitution Day falls on a Sunday in 2026; the substitute holiday is the 6th.
    expect(golden.filter((d) => d.holiday !== null).map((d) => d.date)).toEqual([
      '2026-05-03',
      '2026-05-04',
      '2026-05-05',
      '2026-05-06',
    ]);
    expect(golden.find((d) => d.date === '2026-05-03')).toMatchObject({ weekend: true });
  });

  it('marks nothing under a profile without holidays or closure', () => {
    const none = { timeZone: 'UTC', holidays: 'none' as const, yearEndClosure: null };
    expect(
      monthGrid('2027-01-01', none, 0)
        .flat()
        .some((d) => d.holiday || d.closure),
    ).toBe(false);
  });

  it('moves the focused day like a date-picker grid', () => {
    expect(moveFocus('2026-05-31', 'ArrowRight', 0)).toBe('2026-06-01');
    expect(moveFocus('2026-03-01', 'ArrowLeft', 0)).toBe('2026-02-28');
    expect(moveFocus('2026-12-30', 'ArrowDown', 0)).toBe('2027-01-06');
    expect(moveFocus('2026-01-31', 'PageDown', 0)).toBe('2026-02-28');
    expect(moveFocus('2026-05-14', 'PageUp', 0, true)).toBe('2025-05-14');
    expect(moveFocus('2026-05-14', 'Home', 1)).toBe('2026-05-11');
    expect(moveFocus('2026-05-14', 'End', 0)).toBe('2026-05-16');
    expect(startOfWeek('2026-05-17', 0)).toBe('2026-05-17');
  });
});

describe('calendar entries', () => {
  const agreedAt = '2026-06-12T01:00:00.000Z';
  const embargo: EventSpec[] = [
    {
      type: 'embargo.proposed',
      at: '2026-05-01T00:00:00.000Z',
      payload: { date: agreedAt, zone: 'Asia/Tokyo', proposedBy: 'vendor' },
    },
    {
      type: 'embargo.agreed',
      at: '2026-05-02T00:00:00.000Z',
      payload: { date: agreedAt, zone: 'Asia/Tokyo' },
    },
  ];
  const input = (events: CaseEvent[], now: string) => {
    const projection = foldEvents(events);
    return { projection, report: computeDeadlines(projection, jpcertProfile, now) };
  };

  it('lists open deadlines on their local day and the agreed instant once', () => {
    const now = '2026-05-03T00:00:00.000Z';
    const entries = calendarEntries(
      [
        input(
          acceptedCaseEvents(
            '2026-04-20T01:00:00.000Z',
            '2026-04-28T00:30:00.000Z',
            'software',
            embargo,
          ),
          now,
        ),
      ],
      'Asia/Tokyo',
    );
    const publication = entries.filter((e) => e.kind === 'publication');
    expect(publication).toEqual([
      expect.objectContaining({
        date: '2026-06-12',
        at: agreedAt,
        state: 'scheduled',
        ref: 'AL-2026-0042',
      }),
    ]);
    // The agreed-publication deadline that duplicates the instant is not shown; the 45-day
    // target is superseded by the agreed date (publication-target.test.ts), so not listed.
    expect(entries.map((e) => e.ruleId)).not.toContain('jpcert.publication-target');
    expect(entries.map((e) => e.ruleId)).not.toContain('jpcert.agreed-publication');
    expect(entries.find((e) => e.ruleId === 'jpcert.nondisclosure-year')?.date).toBe('2027-04-28');
    // That day (45 days from 2026-04-28) holds the agreed instant once, and nothing else.
    expect(
      entriesByDate(entries)
        .get('2026-06-12')
        ?.map((e) => e.ruleId),
    ).toEqual([null]);
  });

  it('leaves out closed and published cases', () => {
    const ev = timeline(undefined, 800);
    const closed = [
      ...acceptedCaseEvents('2026-04-20T01:00:00.000Z', '2026-04-28T00:30:00.000Z'),
      ev({
        type: 'case.closed',
        at: '2026-05-05T00:00:00.000Z',
        payload: { reason: 'resolved', note: '' },
      }),
    ];
    expect(calendarEntries([input(closed, '2026-05-06T00:00:00.000Z')], 'Asia/Tokyo')).toEqual([]);
  });
});
