// Deadlines of the JPCERT/CC profile on the usual path: acknowledging the finder, the
// publication target, the coordination limit, the non-disclosure year and website fixes.
// The exceptions and the other profiles are in deadlines-exceptions.test.ts.
import { describe, it, expect } from 'vitest';
import { computeDeadlines } from './deadlines';
import { JPCERT_SOURCES, jpcertProfile } from './policy-jpcert';
import { POLICY_PROFILES } from './policy-profiles';
import {
  acceptedCaseEvents as caseEvents,
  type EventSpec,
  findDeadline as find,
  involvementIds,
  timeline,
} from './testing/test-events';
import { foldEvents } from './timeline';

const inv = involvementIds[0] as (typeof involvementIds)[0];

describe('JPCERT/CC profile, one test per policy sentence', () => {
  it(`II.A "${JPCERT_SOURCES.acknowledge.sentence}" — received Friday 2026-12-25 JST: due Thursday 2027-01-07 (Dec 28, closure Dec 29–Jan 3, Jan 4–7)`, () => {
    // 15:30 UTC on the 24th is 00:30 on Friday the 25th in Tokyo: the Tokyo date counts.
    const p = foldEvents(caseEvents('2026-12-24T15:30:00.000Z', null));
    const { deadlines } = computeDeadlines(p, jpcertProfile, '2026-12-25T01:00:00.000Z');
    const ack = find(deadlines, 'jpcert.acknowledge-finder');
    expect(ack.dueDate).toBe('2027-01-07');
    expect(ack.dueAt).toBe('2027-01-07T14:59:59.999Z');
    expect(ack.timeZone).toBe('Asia/Tokyo');
    expect(ack.state).toBe('ok');
    expect(ack.source.sentence).toContain('within 5 business days');
    // Without the year-end closure setting the same report is due on Monday 2027-01-04.
    const noClosure = {
      ...jpcertProfile,
      calendar: { ...jpcertProfile.calendar, yearEndClosure: null },
    };
    expect(
      find(
        computeDeadlines(p, noClosure, '2026-12-25T01:00:00.000Z').deadlines,
        'jpcert.acknowledge-finder',
      ).dueDate,
    ).toBe('2027-01-04');
  });

  it('II.A — acknowledgement across Golden Week: received Tue 2026-04-28, due Mon 2026-05-11; met once acknowledged; overdue if not', () => {
    const events = caseEvents('2026-04-28T01:00:00.000Z', null);
    const late = computeDeadlines(foldEvents(events), jpcertProfile, '2026-05-11T15:00:00.000Z');
    expect(find(late.deadlines, 'jpcert.acknowledge-finder')).toMatchObject({
      dueDate: '2026-05-11',
      state: 'overdue',
    });
    const soon = computeDeadlines(foldEvents(events), jpcertProfile, '2026-05-10T00:00:00.000Z');
    expect(find(soon.deadlines, 'jpcert.acknowledge-finder').state).toBe('due-soon');
    const acked = foldEvents([
      ...events,
      timeline(
        undefined,
        900,
      )({
        type: 'report.acknowledged',
        at: '2026-04-30T00:00:00.000Z',
        payload: { messageId: null },
      }),
    ]);
    expect(
      find(
        computeDeadlines(acked, jpcertProfile, '2026-05-12T00:00:00.000Z').deadlines,
        'jpcert.acknowledge-finder',
      ),
    ).toMatchObject({ state: 'met', metBy: 'acknowledged', metAt: '2026-04-30T00:00:00.000Z' });
  });

  it(`IPA footnote 9 "${JPCERT_SOURCES.publicationTarget.sentence}" — first attempt 2026-04-28 (Golden Week): calendar days, target Friday 2026-06-12`, () => {
    const p = foldEvents(caseEvents('2026-04-20T01:00:00.000Z', '2026-04-28T00:30:00.000Z'));
    const d = find(
      computeDeadlines(p, jpcertProfile, '2026-05-01T00:00:00.000Z').deadlines,
      'jpcert.publication-target',
    );
    expect(d.start).toBe('2026-04-28T00:30:00.000Z');
    expect(d.dueDate).toBe('2026-06-12');
    expect(d.state).toBe('ok');
  });

  it('IPA footnote 9 — a target on a holiday moves to the next business day: 2026-03-15 + 45 = Showa Day → 2026-04-30', () => {
    const p = foldEvents(caseEvents('2026-03-10T01:00:00.000Z', '2026-03-15T01:00:00.000Z'));
    expect(
      find(
        computeDeadlines(p, jpcertProfile, '2026-03-16T00:00:00.000Z').deadlines,
        'jpcert.publication-target',
      ).dueDate,
    ).toBe('2026-04-30');
  });

  it(`JPCERT II.F "${JPCERT_SOURCES.coordinationLimit.sentence}" — no reply for 120 days: the case shows may-close and the committee`, () => {
    const p = foldEvents(caseEvents('2026-04-20T01:00:00.000Z', '2026-04-28T00:30:00.000Z'));
    const before = computeDeadlines(p, jpcertProfile, '2026-08-20T00:00:00.000Z');
    expect(find(before.deadlines, 'jpcert.coordination-limit')).toMatchObject({
      dueDate: '2026-08-26',
      state: 'due-soon',
    });
    expect(before.actions.map((a) => a.id)).not.toContain('may-close');
    const after = computeDeadlines(p, jpcertProfile, '2026-08-27T00:00:00.000Z');
    expect(find(after.deadlines, 'jpcert.coordination-limit').state).toBe('overdue');
    expect(after.actions.map((a) => a.id)).toEqual(
      expect.arrayContaining(['may-close', 'release-decision-committee', 'consider-unreachable']),
    );
  });

  it('JPCERT II.F / IPA *9 — agreeing a date meets neither the 120-day limit nor the 45-day target (it supersedes the target, publication-target.test.ts); publishing does', () => {
    const embargo: EventSpec[] = [
      {
        type: 'embargo.proposed',
        at: '2026-05-01T00:00:00.000Z',
        payload: {
          date: '2026-07-01T01:00:00.000Z',
          zone: 'Asia/Tokyo',
          proposedBy: 'coordinator',
        },
      },
      {
        type: 'embargo.agreed',
        at: '2026-05-02T00:00:00.000Z',
        payload: { date: '2026-07-01T01:00:00.000Z', zone: 'Asia/Tokyo' },
      },
    ];
    const contact = '2026-04-28T00:30:00.000Z';
    const p = foldEvents(caseEvents('2026-04-20T01:00:00.000Z', contact, 'software', embargo));
    const r = computeDeadlines(p, jpcertProfile, '2026-09-01T00:00:00.000Z');
    expect(find(r.deadlines, 'jpcert.coordination-limit')).toMatchObject({
      state: 'overdue',
      metBy: null,
    });
    expect(find(r.deadlines, 'jpcert.publication-target')).toMatchObject({
      state: 'superseded',
      metBy: null,
    });
    // Due at the agreed instant itself (10:00 JST), not at 23:59 of that day.
    const agreed = find(r.deadlines, 'jpcert.agreed-publication');
    expect(agreed).toMatchObject({
      dueDate: '2026-07-01',
      dueAt: '2026-07-01T01:00:00.000Z',
      policyDueAt: '2026-07-01T01:00:00.000Z',
      state: 'overdue',
    });
    const justBefore = computeDeadlines(p, jpcertProfile, '2026-07-01T00:59:59.999Z');
    expect(find(justBefore.deadlines, 'jpcert.agreed-publication').state).toBe('due-soon');
    const justAfter = computeDeadlines(p, jpcertProfile, '2026-07-01T01:00:00.001Z');
    expect(find(justAfter.deadlines, 'jpcert.agreed-publication').state).toBe('overdue');

    const published = foldEvents(
      caseEvents('2026-04-20T01:00:00.000Z', contact, 'software', [
        ...embargo,
        {
          type: 'published',
          at: '2026-07-01T01:00:00.000Z',
          payload: { advisoryId: null, url: '' },
        },
        {
          type: 'case.closed',
          at: '2026-07-02T01:00:00.000Z',
          payload: { reason: 'resolved', note: '' },
        },
      ]),
    );
    const done = computeDeadlines(published, jpcertProfile, '2026-09-01T00:00:00.000Z');
    for (const id of [
      'jpcert.coordination-limit',
      'jpcert.publication-target',
      'jpcert.agreed-publication',
    ]) {
      expect(find(done.deadlines, id)).toMatchObject({
        state: 'met',
        metBy: 'published',
        metAt: '2026-07-01T01:00:00.000Z',
      });
    }
    expect(done.actions.map((a) => a.id)).not.toContain('may-close');
  });

  it('no profile counts an agreed date as a met deadline', () => {
    for (const profile of POLICY_PROFILES) {
      for (const rule of profile.deadlines) {
        expect(rule.metWhen as readonly string[]).not.toContain('embargo-agreed');
        if (rule.anchors.includes('agreed-publication')) expect(rule.dueAtAnchorInstant).toBe(true);
      }
    }
  });

  it(`IPA footnote 5 "${JPCERT_SOURCES.nondisclosureYear.sentence.slice(0, 60)}…" — one year after the first attempt the finder may ask to lift non-disclosure`, () => {
    const p = foldEvents(caseEvents('2026-04-20T01:00:00.000Z', '2026-04-28T00:30:00.000Z'));
    const r = computeDeadlines(p, jpcertProfile, '2027-04-29T00:00:00.000Z');
    expect(find(r.deadlines, 'jpcert.nondisclosure-year')).toMatchObject({
      dueDate: '2027-04-28',
      state: 'overdue',
    });
    expect(r.actions.map((a) => a.id)).toContain('finder-may-lift-nondisclosure');
  });

  it(`IPA website operators "${JPCERT_SOURCES.websiteFix.sentence}" — about three months, met by a deployed fix`, () => {
    const events = caseEvents('2026-04-20T01:00:00.000Z', '2026-04-28T00:30:00.000Z', 'website');
    const open = computeDeadlines(foldEvents(events), jpcertProfile, '2026-07-29T00:00:00.000Z');
    expect(find(open.deadlines, 'jpcert.website-fix')).toMatchObject({
      dueDate: '2026-07-28',
      state: 'overdue',
    });
    expect(open.deadlines.map((d) => d.ruleId)).not.toContain('jpcert.publication-target');
    const fixed = foldEvents(
      caseEvents('2026-04-20T01:00:00.000Z', '2026-04-28T00:30:00.000Z', 'website', [
        {
          type: 'involvement.changed',
          at: '2026-06-01T00:00:00.000Z',
          payload: { involvementId: inv, status: 'fixed' },
        },
      ]),
    );
    expect(
      find(
        computeDeadlines(fixed, jpcertProfile, '2026-07-29T00:00:00.000Z').deadlines,
        'jpcert.website-fix',
      ),
    ).toMatchObject({ state: 'met', metBy: 'flag:fixDeployed' });
  });
});
