// F-B: moving an agreed publication date. Both vendors were told 2027-01-22 (the 45-day
// target's own day); "Revise" to 2027-02-05 must state its reason, owe both of them the
// "publication moved" letter, and — being more time than the policy recommends ("Please
// contact JPCERT/CC if more time is necessary") — count against the extension cap like a
// granted request, so the cap cannot be bypassed by revising instead of granting.
import { describe, expect, it } from 'vitest';
import type { CaseEvent, EventId } from '../model';
import { planAppend } from './append';
import { guardCommand } from './case-guards';
import { caseView } from './case-view';
import { guardExtensionCap, movedMoments } from './extensions';
import { jpcertProfile } from './policy-jpcert';
import { certCcProfile } from './policy-profiles';
import type { CaseProjection } from './projection';
import {
  agreedOn,
  proposedOn,
  CONTACT,
  FEB05,
  grantOf,
  INV1,
  INV2,
  JAN22,
  MAR05,
  movedCase,
  movedLetterTo,
  requestBy,
  reviseTo,
  SEEN,
} from './testing/moved-case';
import { addVendor, INV3 } from './testing/extension-events';
import {
  acceptedCaseEvents,
  contactIds,
  testUuid,
  timeline,
  TEST_CASE_ID,
  type EventSpec,
} from './testing/test-events';
import { applyCommand, foldEvents, type CaseCommand } from './timeline';

const NOW = '2026-12-15T01:00:00.000Z';
const REVISED_AT = '2026-12-20T01:00:00.000Z';
const codes = (p: CaseProjection) => p.rejected.map((r) => r.error.code);
const viewOf = (events: readonly CaseEvent[], now = NOW) => {
  const p = foldEvents(events);
  if (p.case === null) throw new Error('no case');
  return caseView({ kase: p.case, involvements: p.involvements, events, messages: [] }, now);
};
const guard = (events: readonly CaseEvent[], cmd: CaseCommand, profile = jpcertProfile) =>
  guardCommand({ projection: foldEvents(events), events, profile, now: NOW }, cmd);
const revise = (date: string, reason = 'the fix slipped'): CaseCommand => ({
  type: 'embargo.revised',
  payload: { date, zone: 'Asia/Tokyo', reason },
});
/** Events recorded after a built timeline (numbered apart from it). */
const more = (first: number, ...specs: EventSpec[]) => specs.map(timeline(TEST_CASE_ID, first));
const revisedOnce = (...extra: EventSpec[]) =>
  movedCase([...agreedOn(), reviseTo(REVISED_AT, FEB05), ...extra]);

describe('a revision of the agreed publication', () => {
  it('needs its reason: refused by the engine for a click, a case document and a bundle', () => {
    const agreed = foldEvents(movedCase(agreedOn()));
    const click = applyCommand(agreed, revise(FEB05, '   '), { actor: 'analyst', now: NOW });
    expect(click).toMatchObject({ ok: false, error: { code: 'embargo-revision-reason' } });
    const blank = movedCase([...agreedOn(), reviseTo(REVISED_AT, FEB05, '')]);
    const folded = foldEvents(blank);
    expect(codes(folded)).toEqual(['embargo-revision-reason']);
    expect(folded.case?.dates.agreedPublication).toBe(JAN22);
    const stored = movedCase(agreedOn());
    const events = more(700, reviseTo(REVISED_AT, FEB05, ''));
    const plan = planAppend(stored, { caseId: TEST_CASE_ID, events });
    expect(plan).toMatchObject({ ok: false, error: { code: 'embargo-revision-reason' } });
  });

  it('owes every vendor told the old date the "publication moved" letter, until each is sent', () => {
    const view = viewOf(revisedOnce());
    expect(view.projection.rejected).toEqual([]);
    expect(view.extensions.moved).toMatchObject({
      move: { via: 'revised', previous: JAN22, date: FEB05, requestedBy: null },
      recipients: [INV1, INV2],
      owed: [INV1, INV2],
    });
    expect(movedMoments(view.extensions)).toEqual({
      previous: { instant: JAN22, zone: 'Asia/Tokyo' },
      next: { instant: FEB05, zone: 'Asia/Tokyo' },
    });
    const one = viewOf(revisedOnce(movedLetterTo('2026-12-21T01:00:00.000Z', INV1)));
    expect(one.extensions.moved?.owed).toEqual([INV2]);
    const both = viewOf(
      revisedOnce(
        movedLetterTo('2026-12-21T01:00:00.000Z', INV1),
        movedLetterTo('2026-12-21T02:00:00.000Z', INV2),
        movedLetterTo('2026-12-21T03:00:00.000Z', INV2),
      ),
    );
    expect(both.extensions.moved).toMatchObject({ recipients: [INV1, INV2], owed: [] });
  });

  it('owes no letter to a vendor first contacted after the move (told the new date)', () => {
    const later = revisedOnce(
      ...addVendor(INV3, contactIds[2] as never, '2026-12-22T01:00:00.000Z'),
      movedLetterTo('2026-12-23T01:00:00.000Z', testUuid(0xdead) as never),
    );
    expect(viewOf(later).extensions.moved?.recipients).toEqual([INV1, INV2]);
  });

  it('later and beyond the target counts as an extension; earlier or within it does not', () => {
    expect(viewOf(revisedOnce(), SEEN).extensions).toMatchObject({
      granted: 0,
      revisedBeyondTarget: 1,
      counted: 1,
      cap: 2,
      capReached: false,
      target: '2027-01-22',
      beyondTargetDays: 14,
    });
    const within = movedCase([
      ...agreedOn('2027-01-08T01:00:00.000Z'),
      reviseTo(REVISED_AT, '2027-01-15T01:00:00.000Z'),
      reviseTo('2026-12-21T01:00:00.000Z', '2027-01-12T01:00:00.000Z'),
    ]);
    const facts = viewOf(within).extensions;
    expect(facts).toMatchObject({ revisedBeyondTarget: 0, counted: 0, beyondTargetDays: 0 });
    expect(facts.moved?.move).toMatchObject({ via: 'revised', date: '2027-01-12T01:00:00.000Z' });
    // Revising to the instant already agreed moves nothing and owes nobody.
    const same = movedCase([...agreedOn(), reviseTo(REVISED_AT, JAN22)]);
    expect(viewOf(same).extensions.moved).toBeNull();
  });

  it('with a granted request reaches the cap of two: a further later revision is refused', () => {
    const events = revisedOnce(
      requestBy('2027-01-05T01:00:00.000Z', MAR05),
      grantOf('2027-01-06T01:00:00.000Z', MAR05),
    );
    const view = viewOf(events, SEEN);
    expect(view.extensions).toMatchObject({ granted: 1, revisedBeyondTarget: 1, capReached: true });
    // The grant is the latest move: Widget asked for it, so only Gadget is owed its letter.
    expect(view.extensions.moved).toMatchObject({
      move: { via: 'extension', previous: FEB05, date: MAR05, requestedBy: INV1 },
      recipients: [INV2],
      owed: [INV2],
    });
    const later = guard(events, revise('2027-03-12T01:00:00.000Z'));
    expect(later).toMatchObject({ ok: false, error: { code: 'extension-cap-reached' } });
    expect(later.ok ? '' : later.error.message).toMatch(/1 granted, 1 revisions beyond/);
    // Moving it earlier, even still beyond the target, is no extension.
    expect(guard(events, revise('2027-02-20T01:00:00.000Z')).ok).toBe(true);
    // A third request cannot be granted either.
    const third = testUuid(0x503) as EventId;
    const asked = [
      ...events,
      ...more(700, requestBy('2027-01-07T01:00:00.000Z', '2027-03-20T01:00:00.000Z', INV2, third)),
    ];
    const grant: CaseCommand = {
      type: 'embargo.extension-granted',
      payload: { requestId: third, date: '2027-03-20T01:00:00.000Z', zone: 'Asia/Tokyo' },
    };
    expect(guard(asked, grant)).toMatchObject({
      ok: false,
      error: { code: 'extension-cap-reached' },
    });
  });

  it('a counter-proposal agreed while a date is agreed is a move too, guarded the same way', () => {
    const counter: EventSpec[] = [
      {
        type: 'embargo.proposed',
        at: '2026-12-21T01:00:00.000Z',
        payload: { date: MAR05, zone: 'Asia/Tokyo', proposedBy: 'vendor' },
      },
    ];
    const pending = revisedOnce(...counter);
    const agree: CaseCommand = {
      type: 'embargo.agreed',
      payload: { date: MAR05, zone: 'Asia/Tokyo' },
    };
    expect(guard(pending, agree).ok).toBe(true);
    const agreed = revisedOnce(...counter, {
      type: 'embargo.agreed',
      at: '2026-12-22T01:00:00.000Z',
      payload: { date: MAR05, zone: 'Asia/Tokyo' },
    });
    const facts = viewOf(agreed).extensions;
    expect(facts).toMatchObject({ revisedBeyondTarget: 2, counted: 2, capReached: true });
    expect(facts.moved).toMatchObject({ move: { via: 'agreed', previous: FEB05, date: MAR05 } });
    const later = '2027-03-19T01:00:00.000Z';
    const twice = [
      ...agreed,
      ...more(700, {
        type: 'embargo.proposed',
        at: '2026-12-23T01:00:00.000Z',
        payload: { date: later, zone: 'Asia/Tokyo', proposedBy: 'vendor' },
      }),
    ];
    expect(
      guard(twice, { type: 'embargo.agreed', payload: { date: later, zone: 'Asia/Tokyo' } }),
    ).toMatchObject({ ok: false, error: { code: 'extension-cap-reached' } });
    // A first agreement moves nothing.
    expect(guard(movedCase(proposedOn()), agree).ok).toBe(true);
  });

  it('is capped only by a profile that caps extensions; a partner timeline beyond it folds', () => {
    const events = revisedOnce(
      requestBy('2027-01-05T01:00:00.000Z', MAR05),
      grantOf('2027-01-06T01:00:00.000Z', MAR05),
    );
    expect(guard(events, revise('2027-03-12T01:00:00.000Z'), certCcProfile).ok).toBe(true);
    const uncapped = {
      ...jpcertProfile,
      extensions: {
        ...(jpcertProfile.extensions as NonNullable<typeof jpcertProfile.extensions>),
        maxExtensions: null,
      },
    };
    expect(guardExtensionCap(foldEvents(events), uncapped, NOW, revise(MAR05)).ok).toBe(true);
    const partner = [
      ...events,
      ...more(700, reviseTo('2027-01-07T01:00:00.000Z', '2027-03-12T01:00:00.000Z')),
    ];
    expect(codes(foldEvents(partner))).toEqual([]);
  });

  it('has no target to pass on a website case: a later revision is no extension there', () => {
    const second = testUuid(0x502) as EventId;
    const site = acceptedCaseEvents('2026-12-01T01:00:00.000Z', CONTACT, 'website', [
      ...agreedOn(),
      requestBy('2027-01-05T01:00:00.000Z', FEB05),
      grantOf('2027-01-06T01:00:00.000Z', FEB05),
      requestBy('2027-01-07T01:00:00.000Z', MAR05, INV1, second),
      grantOf('2027-01-08T01:00:00.000Z', MAR05, second),
    ]);
    expect(viewOf(site).extensions).toMatchObject({
      granted: 2,
      revisedBeyondTarget: 0,
      capReached: true,
      target: null,
    });
    expect(guard(site, revise('2027-03-12T01:00:00.000Z')).ok).toBe(true);
  });
});
