import { describe, expect, it } from 'vitest';
import type { CaseEvent, MessageRecord } from '../model';
import { sampleCase, sampleInvolvement } from '../model/testing/fixtures';
import { sampleAlertCreated } from '../model/testing/technical-alert';
import { projectionFromRecords } from './case-records';
import { caseView, withMessages } from './case-view';
import { jpcertProfile } from './policy-jpcert';
import { certCcProfile } from './policy-profiles';
import { acceptedCaseEvents, timeline, type EventSpec } from './testing/test-events';
import { foldEvents } from './timeline';

type Msg = Pick<MessageRecord, 'direction' | 'readAt'>;

const recordsOf = (events: readonly CaseEvent[], messages: readonly Msg[] = []) => {
  const p = foldEvents(events);
  if (p.case === null) throw new Error('test timeline without a case');
  return { kase: p.case, involvements: p.involvements, events, messages };
};

describe('caseView', () => {
  it("dates a case's deadlines by its own profile's due-soon rule", () => {
    // Received Monday 16 Nov 2026 (JST): the acknowledgement is due at the end of 24 Nov.
    const records = recordsOf(acceptedCaseEvents('2026-11-16T01:00:00.000Z', null));
    const ack = (now: string) =>
      caseView(records, now).report.deadlines.find((d) => d.ruleId === 'jpcert.acknowledge-finder')
        ?.state;
    expect(ack('2026-11-18T01:00:00.000Z')).toBe('ok'); // 6 days left: not within 2
    expect(ack('2026-11-23T01:00:00.000Z')).toBe('due-soon');
    expect(ack('2026-11-25T01:00:00.000Z')).toBe('overdue');
    expect(caseView(records, '2026-11-18T01:00:00.000Z').deadlineState).toBe('ok');
    expect(caseView(records, '2026-11-23T01:00:00.000Z').deadlineState).toBe('due-soon');
    expect(caseView(records, '2026-11-25T01:00:00.000Z').deadlineState).toBe('overdue');
  });

  it('a case from an older export (no creation event) is its stored records, with deadlines', () => {
    const kase = sampleCase();
    const involvement = sampleInvolvement();
    const view = caseView(
      { kase, involvements: [involvement], events: [], messages: [] },
      '2026-11-18T01:00:00.000Z',
    );
    expect(view.kase).toBe(kase);
    expect(view.projection).toEqual(projectionFromRecords(kase, [involvement]));
    expect(view.deadlineState).toBe('overdue');
    expect(view.open.map((d) => d.ruleId)).toEqual(['jpcert.acknowledge-finder']);
    expect(view.vendors).toHaveLength(1);
  });

  it("counts a vendor's silence on the profile's calendar", () => {
    const events = acceptedCaseEvents('2026-12-21T15:00:00.000Z', '2026-12-24T15:00:00.000Z');
    const asProfile = (profile: string) =>
      events.map((e) =>
        e.type === 'case.created' ? { ...e, payload: { ...e.payload, policyProfile: profile } } : e,
      );
    const silence = (profile: string) =>
      caseView(recordsOf(asProfile(profile)), '2027-01-05T15:00:00.000Z').vendors.map(
        (v) => v.status,
      );
    expect(silence(certCcProfile.id)).toEqual([
      { kind: 'no-reply', since: '2026-12-24T15:00:00.000Z', businessDays: 8 },
    ]);
    expect(silence(jpcertProfile.id)).toEqual([
      { kind: 'no-reply', since: '2026-12-24T15:00:00.000Z', businessDays: 4 },
    ]);
  });

  it("counts the case's unread replies and says when handling has ended", () => {
    const events = acceptedCaseEvents('2026-11-16T01:00:00.000Z', null);
    const now = '2026-11-18T01:00:00.000Z';
    const messages: Msg[] = [
      { direction: 'in', readAt: null },
      { direction: 'in', readAt: now },
      { direction: 'out', readAt: null },
    ];
    expect(caseView(recordsOf(events, messages), now).unread).toBe(1);
    expect(caseView(recordsOf(events), now).ended).toBe(false);
    const ev = timeline(events[0]?.caseId, 50);
    const closed = [
      ...events,
      ev({
        type: 'case.closed',
        at: '2026-11-17T01:00:00.000Z',
        payload: { reason: 'resolved', note: '' },
      }),
    ];
    const view = caseView(recordsOf(closed), now);
    expect(view.ended).toBe(true);
    // Closed before any vendor was contacted: the finder is still owed an answer (closing
    // meets every other deadline), and recording it after the close is allowed.
    expect(view.open.map((d) => d.ruleId)).toEqual(['jpcert.acknowledge-finder']);
    const answered = [
      ...closed,
      ev({
        type: 'report.acknowledged',
        at: '2026-11-17T02:00:00.000Z',
        payload: { messageId: null },
      }),
    ];
    const after = caseView(recordsOf(answered), now);
    expect(after.projection.rejected).toEqual([]);
    expect(after.deadlineState).toBe('none');
  });

  it("offers the profile's actions on a case and a technical alert's own steps on an alert", () => {
    const now = '2026-11-18T01:00:00.000Z';
    const software = caseView(recordsOf(acceptedCaseEvents('2026-01-05T01:00:00.000Z', null)), now);
    expect(software.nextSteps.alert).toEqual([]);
    expect(software.nextSteps.actions).toBe(software.report.actions);

    const alert = [sampleAlertCreated()];
    const view = caseView(recordsOf(alert), now);
    expect(view.nextSteps.actions).toEqual([]);
    expect(view.nextSteps.alert.filter((s) => s.allowed).map((s) => s.step)).toContain(
      'request-review',
    );
  });
});

describe('caseView embargo (issue 23)', () => {
  const agreedAt = '2026-06-12T01:00:00.000Z'; // 10:00 JST
  const proposed: EventSpec = {
    type: 'embargo.proposed',
    at: '2026-05-01T00:00:00.000Z',
    payload: { date: agreedAt, zone: 'Asia/Tokyo', proposedBy: 'vendor' },
  };
  const agreed: EventSpec = {
    type: 'embargo.agreed',
    at: '2026-05-02T00:00:00.000Z',
    payload: { date: agreedAt, zone: 'Asia/Tokyo' },
  };
  const viewAt = (extra: EventSpec[], now: string) =>
    caseView(
      recordsOf(
        acceptedCaseEvents(
          '2026-04-20T01:00:00.000Z',
          '2026-04-28T00:30:00.000Z',
          'software',
          extra,
        ),
      ),
      now,
    );

  it('an agreed embargo is active before its instant and due once it has passed', () => {
    const before = viewAt([proposed, agreed], '2026-06-12T00:59:00.000Z');
    expect(before.embargoState).toBe('active');
    expect(before.embargo).toMatchObject({ kind: 'active', remainingMs: 60_000 });

    const after = viewAt([proposed, agreed], agreedAt);
    // The fold still says "active"; the view says what that means now.
    expect(after.kase.states.embargo).toBe('active');
    expect(after.embargoState).toBe('due');
    expect(after.embargo).toEqual({
      kind: 'due',
      until: { instant: agreedAt, zone: 'Asia/Tokyo' },
    });
  });

  it('a proposal or no embargo is shown as the stored state', () => {
    const none = viewAt([], '2026-06-13T00:00:00.000Z');
    expect(none.embargoState).toBe('none');
    expect(none.embargo).toEqual({ kind: 'none' });
    // A proposal whose date has passed is still only a proposal: nothing was agreed.
    const pending = viewAt([proposed], '2026-06-13T00:00:00.000Z');
    expect(pending.embargoState).toBe('proposed');
    expect(pending.embargo.kind).toBe('proposed');
  });
});

describe('withMessages', () => {
  it('recounts the unread replies and keeps every other fact', () => {
    const now = '2026-11-18T01:00:00.000Z';
    const view = caseView(recordsOf(acceptedCaseEvents('2026-11-16T01:00:00.000Z', null)), now);
    const after = withMessages(view, [{ direction: 'in', readAt: null }]);
    expect(after.unread).toBe(1);
    expect(after.report).toBe(view.report);
    expect(after.vendors).toBe(view.vendors);
  });
});
