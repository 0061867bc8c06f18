// F-A: the 45-day publication target (IPA *9, "the recommended date of release … Please
// contact JPCERT/CC if more time is necessary") once a publication date is agreed. The
// tester's case: first vendor contact 2026-12-08, agreed 2027-01-22 10:00 JST, revised to
// 2027-02-05, extended on Widget's request to 2027-03-05, seen on 2027-01-25: the agreed
// date is on track, so neither the case view, the dashboard's source (its deadlines) nor
// the calendar may call the superseded target overdue.
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../model';
import { calendarEntries } from './calendar-entries';
import { caseView } from './case-view';
import { computeDeadlines } from './deadlines';
import { jpcertProfile } from './policy-jpcert';
import { certCcProfile } from './policy-profiles';
import {
  agreedOn,
  proposedOn,
  AGREED_RULE as AGREED,
  MAR05,
  movedCase as eventsWith,
  SEEN,
  TARGET,
  testerSteps,
} from './testing/moved-case';
import { findDeadline } from './testing/test-events';
import { foldEvents } from './timeline';

const viewAt = (events: readonly CaseEvent[], now = SEEN) => {
  const p = foldEvents(events);
  if (p.case === null) throw new Error('no case');
  expect(p.rejected).toEqual([]);
  return caseView({ kase: p.case, involvements: p.involvements, events, messages: [] }, now);
};

describe('the 45-day publication target once a date is agreed', () => {
  it('is superseded by the extended agreed date: not open, not overdue, says how far beyond', () => {
    const view = viewAt(eventsWith(testerSteps));
    const target = findDeadline(view.report.deadlines, TARGET);
    expect(target).toMatchObject({
      state: 'superseded',
      dueDate: '2027-01-22',
      metAt: null,
      metBy: null,
      supersededBy: { instant: MAR05, zone: 'Asia/Tokyo', daysBeyond: 42 },
    });
    expect(findDeadline(view.report.deadlines, AGREED)).toMatchObject({
      state: 'ok',
      dueAt: MAR05,
    });
    expect(view.open.map((d) => d.ruleId)).not.toContain(TARGET);
    expect(view.deadlineState).toBe('ok');
    // The figure the embargo box shows is the same one.
    expect(view.extensions.beyondTargetDays).toBe(42);
    const calendar = calendarEntries([view], 'Asia/Tokyo');
    expect(calendar.map((e) => e.ruleId)).not.toContain(TARGET);
  });

  it('still matters while no date is agreed: overdue after its day, also with a proposal only', () => {
    const none = viewAt(eventsWith([]));
    expect(findDeadline(none.report.deadlines, TARGET)).toMatchObject({
      state: 'overdue',
      supersededBy: null,
    });
    expect(none.deadlineState).toBe('overdue');
    const proposed = viewAt(eventsWith(proposedOn()));
    expect(findDeadline(proposed.report.deadlines, TARGET).state).toBe('overdue');
  });

  it('is superseded by a date agreed within it too, with no days beyond', () => {
    const early = '2027-01-15T01:00:00.000Z';
    const view = viewAt(eventsWith(agreedOn(early)), '2027-01-10T01:00:00.000Z');
    expect(findDeadline(view.report.deadlines, TARGET)).toMatchObject({
      state: 'superseded',
      supersededBy: { instant: early, daysBeyond: 0 },
    });
  });

  it('comes back when the agreement ends early without publication', () => {
    const ended = viewAt(
      eventsWith([
        ...testerSteps,
        {
          type: 'embargo.terminated',
          at: '2027-01-20T01:00:00.000Z',
          payload: { reason: 'the vendor stopped answering' },
        },
      ]),
    );
    expect(findDeadline(ended.report.deadlines, TARGET).state).toBe('overdue');
    expect(ended.deadlineState).toBe('overdue');
  });

  it('leaves the overdue nagging to the agreed date once that instant has passed unpublished', () => {
    const late = viewAt(eventsWith(testerSteps), '2027-03-06T01:00:00.000Z');
    expect(findDeadline(late.report.deadlines, TARGET).state).toBe('superseded');
    expect(late.open.filter((d) => d.state === 'overdue').map((d) => d.ruleId)).toEqual([AGREED]);
  });

  it('is met by publication and by a waiver, which an agreement does not override', () => {
    const published = viewAt(
      eventsWith([
        ...testerSteps,
        { type: 'published', at: MAR05, payload: { advisoryId: null, url: '' } },
      ]),
      '2027-03-06T01:00:00.000Z',
    );
    expect(findDeadline(published.report.deadlines, TARGET)).toMatchObject({
      state: 'met',
      metBy: 'published',
      supersededBy: null,
    });
    const waived = viewAt(
      eventsWith([
        ...testerSteps,
        {
          type: 'deadline.overridden',
          at: '2027-01-07T01:00:00.000Z',
          payload: { ruleId: TARGET, due: null, reason: 'the committee set the date' },
        },
      ]),
    );
    expect(findDeadline(waived.report.deadlines, TARGET)).toMatchObject({
      state: 'met',
      metBy: 'waived',
      supersededBy: null,
    });
  });

  it("is the JPCERT/CC profile's rule only: CERT/CC's 45 days hold regardless of an agreement", () => {
    const events = eventsWith(testerSteps);
    const cert = computeDeadlines(foldEvents(events), certCcProfile, SEEN);
    expect(findDeadline(cert.deadlines, 'cert.publication')).toMatchObject({
      state: 'overdue',
      supersededBy: null,
    });
    const rules = jpcertProfile.deadlines.filter((r) => r.supersededByAgreement === true);
    expect(rules.map((r) => r.id)).toEqual([TARGET]);
  });
});
