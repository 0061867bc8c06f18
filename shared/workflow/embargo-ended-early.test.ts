// Explorer finding 6: after "End the embargo early" the overview still read the old agreed
// date ON TRACK and the calendar kept the publication on it, while nothing held the
// publication back any more. Publication is due from the moment the embargo ended.
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../model';
import { calendarEntries } from './calendar-entries';
import { caseView } from './case-view';
import { AGREED_RULE, MAR05, movedCase, SEEN, testerSteps } from './testing/moved-case';
import { findDeadline } from './testing/test-events';
import { foldEvents } from './timeline';

const ENDED = '2027-01-20T01:00:00.000Z';
const viewAt = (events: readonly CaseEvent[], now = SEEN) => {
  const p = foldEvents(events);
  if (p.case === null) throw new Error('no case');
  expect(p.rejected).toEqual([]);
  return caseView({ kase: p.case, involvements: p.involvements, events, messages: [] }, now);
};
const endedAt = (at: string) => ({
  type: 'embargo.terminated' as const,
  at,
  payload: { reason: 'exploited in the wild' },
});

describe('an embargo ended before its agreed date', () => {
  it('makes publication due from the moment it ended, on every screen that reads the view', () => {
    const view = viewAt(movedCase([...testerSteps, endedAt(ENDED)]));
    expect(findDeadline(view.report.deadlines, AGREED_RULE)).toMatchObject({
      state: 'overdue',
      dueAt: ENDED,
    });
    expect(view.open.map((d) => d.ruleId)).toContain(AGREED_RULE);
    const publication = calendarEntries([view], 'Asia/Tokyo').filter(
      (e) => e.kind === 'publication',
    );
    expect(publication).toHaveLength(1);
    expect(publication[0]).toMatchObject({ date: '2027-01-20', at: ENDED });
    expect(publication[0]?.label.en).toBe('Publication (embargo ended before the agreed date)');
  });

  it('owes no "publication moved" letter any more: there is no date left to announce', () => {
    const holding = viewAt(movedCase(testerSteps));
    expect(holding.extensions.moved?.owed.length).toBeGreaterThan(0);
    const ended = viewAt(movedCase([...testerSteps, endedAt(ENDED)]));
    expect(ended.extensions.moved).toBeNull();
  });

  it('is met once published, like any agreed date', () => {
    const view = viewAt(
      movedCase([
        ...testerSteps,
        endedAt(ENDED),
        { type: 'published', at: SEEN, payload: { advisoryId: null, url: '' } },
      ]),
      '2027-01-26T01:00:00.000Z',
    );
    expect(findDeadline(view.report.deadlines, AGREED_RULE)).toMatchObject({
      state: 'met',
      metBy: 'published',
    });
  });

  it('keeps the agreed instant while the embargo holds', () => {
    const view = viewAt(movedCase(testerSteps));
    expect(findDeadline(view.report.deadlines, AGREED_RULE)).toMatchObject({
      state: 'ok',
      dueAt: MAR05,
    });
    const [publication] = calendarEntries([view], 'Asia/Tokyo').filter(
      (e) => e.kind === 'publication',
    );
    expect(publication?.label.en).toBe('Publication (agreed instant)');
  });
});
