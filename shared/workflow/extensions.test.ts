// Embargo extension requests (issue 27): a vendor asks for a later instant; a grant moves the
// agreed publication and its deadline, owes the other vendors a "publication moved" letter
// and counts against the profile's cap; a refusal keeps the instant. Each refusal is typed.
import { describe, expect, it } from 'vitest';
import type { CaseEvent, EventId } from '../model';
import { guardCommand } from './case-guards';
import { caseView } from './case-view';
import { extensionFacts, guardExtensionCap, movedMoments } from './extensions';
import { jpcertProfile } from './policy-jpcert';
import { certCcProfile } from './policy-profiles';
import type { PolicyProfile } from './policy-types';
import type { CaseProjection } from './projection';
import { latestMove } from './publication-moves';
import {
  addVendor,
  AGREED,
  grant,
  INV1,
  INV2,
  INV3,
  LATER,
  refuse,
  request,
  REQUEST,
  twoVendorEmbargo,
} from './testing/extension-events';
import {
  acceptedSoftwareCase,
  contactIds,
  testUuid,
  timeline,
  TEST_CASE_ID,
} from './testing/test-events';
import { foldEvents } from './timeline';

const codes = (p: CaseProjection) => p.rejected.map((r) => r.error.code);
const NOW = '2026-05-20T00:00:00.000Z';
const viewOf = (events: readonly CaseEvent[], now = NOW) => {
  const p = foldEvents(events);
  if (p.case === null) throw new Error('no case');
  return caseView({ kase: p.case, involvements: p.involvements, events, messages: [] }, now);
};
const sent = (
  at: string,
  inv = INV2,
  purpose: 'publication-moved' | 'reminder' = 'publication-moved',
) =>
  ({
    type: 'message.sent',
    at,
    payload: { messageId: testUuid(0x900) as never, to: 'vendor', involvementId: inv, purpose },
  }) as const;

describe('an extension request', () => {
  it('is recorded with what was agreed then, pending until decided', () => {
    const p = foldEvents(twoVendorEmbargo(request('2026-05-10T00:00:00.000Z')));
    expect(codes(p)).toEqual([]);
    expect(p.extensions).toMatchObject([
      { requestId: REQUEST, involvementId: INV1, date: LATER, agreedThen: AGREED, decision: null },
    ]);
    expect(viewOf(twoVendorEmbargo(request('2026-05-10T00:00:00.000Z'))).extensions).toMatchObject({
      pending: [{ requestId: REQUEST }],
      granted: 0,
      cap: 2,
      capReached: false,
    });
  });

  it('is refused without an agreed embargo, for an instant not after it, from a non-vendor', () => {
    const noEmbargo = foldEvents([
      ...acceptedSoftwareCase(),
      ...[request('2026-05-10T00:00:00.000Z')].map(timeline(TEST_CASE_ID, 200)),
    ]);
    expect(codes(noEmbargo)).toEqual(['extension-no-embargo']);
    expect(
      codes(foldEvents(twoVendorEmbargo(request('2026-05-10T00:00:00.000Z', AGREED)))),
    ).toEqual(['extension-not-later']);
    const partner = twoVendorEmbargo(
      ...addVendor(INV3, contactIds[2] as never, '2026-05-03T00:00:00.000Z', 'partner'),
      request('2026-05-10T00:00:00.000Z', LATER, INV3),
    );
    expect(codes(foldEvents(partner))).toEqual(['extension-not-a-vendor']);
    const unknown = twoVendorEmbargo(
      request('2026-05-10T00:00:00.000Z', LATER, testUuid(0xdead) as never),
    );
    expect(codes(foldEvents(unknown))).toEqual(['unknown-involvement']);
  });

  it('is refused before the report is accepted', () => {
    const [created, received] = acceptedSoftwareCase();
    const p = foldEvents([
      created as CaseEvent,
      received as CaseEvent,
      ...[request('2026-05-10T00:00:00.000Z')].map(timeline(TEST_CASE_ID, 200)),
    ]);
    expect(codes(p)).toEqual(['report-not-accepted']);
  });
});

describe('granting an extension', () => {
  const granted = (...extra: Parameters<typeof twoVendorEmbargo>) =>
    twoVendorEmbargo(
      request('2026-05-10T00:00:00.000Z'),
      grant('2026-05-11T00:00:00.000Z'),
      ...extra,
    );

  it('moves the agreed instant and its deadline, and says how far beyond the 45-day target', () => {
    const before = viewOf(twoVendorEmbargo(request('2026-05-10T00:00:00.000Z')));
    const view = viewOf(granted());
    expect(view.projection.rejected).toEqual([]);
    expect(view.kase.dates.agreedPublication).toBe(LATER);
    const agreed = (v: typeof view) =>
      v.report.deadlines.find((d) => d.ruleId === 'jpcert.agreed-publication')?.dueAt;
    expect(agreed(before)).toBe(AGREED);
    expect(agreed(view)).toBe(LATER);
    // First contact 2026-04-28 (JST) + 45 days = 2026-06-12; agreed now 2026-07-15.
    expect(view.extensions).toMatchObject({
      granted: 1,
      pending: [],
      target: '2026-06-12',
      beyondTargetDays: 33,
      source: jpcertProfile.extensions?.source,
    });
    expect(view.extensions.requests[0]?.decision).toMatchObject({
      kind: 'granted',
      previous: AGREED,
      previousZone: 'Asia/Tokyo',
    });
    expect(view.embargo).toMatchObject({ kind: 'active', until: { instant: LATER } });
  });

  it('owes the other contacted vendors, never the one that asked, the moved letter', () => {
    const view = viewOf(granted());
    expect(view.extensions.moved).toMatchObject({ recipients: [INV2], owed: [INV2] });
    expect(movedMoments(view.extensions)).toEqual({
      previous: { instant: AGREED, zone: 'Asia/Tokyo' },
      next: { instant: LATER, zone: 'Asia/Tokyo' },
    });
    const other = viewOf(granted(sent('2026-05-12T00:00:00.000Z', INV2, 'reminder')));
    expect(other.extensions.moved?.owed).toEqual([INV2]);
    const done = viewOf(
      granted(sent('2026-05-12T00:00:00.000Z'), sent('2026-05-12T01:00:00.000Z')),
    );
    expect(done.extensions.moved).toMatchObject({ recipients: [INV2], owed: [] });
  });

  it('notes no letter before any grant, nor one to a vendor not in the case', () => {
    const p = foldEvents(twoVendorEmbargo(sent('2026-05-12T00:00:00.000Z')));
    expect(latestMove(p)).toBeNull();
    expect(viewOf(twoVendorEmbargo()).extensions.moved).toBeNull();
    expect(movedMoments({ moved: null })).toBeNull();
  });

  it('is refused for an unknown request, twice, after a refusal, or not later than agreed', () => {
    const other = testUuid(0x999) as EventId;
    expect(
      codes(foldEvents(twoVendorEmbargo(grant('2026-05-11T00:00:00.000Z', LATER, other)))),
    ).toEqual(['extension-unknown-request']);
    expect(codes(foldEvents(granted(grant('2026-05-12T00:00:00.000Z'))))).toEqual([
      'extension-already-decided',
    ]);
    expect(codes(foldEvents(granted(refuse('2026-05-12T00:00:00.000Z'))))).toEqual([
      'extension-already-decided',
    ]);
    const revisedPast = twoVendorEmbargo(
      request('2026-05-10T00:00:00.000Z'),
      {
        type: 'embargo.revised',
        at: '2026-05-10T12:00:00.000Z',
        payload: { date: '2026-08-01T01:00:00.000Z', zone: 'Asia/Tokyo', reason: 'all agreed' },
      },
      grant('2026-05-11T00:00:00.000Z'),
    );
    expect(codes(foldEvents(revisedPast))).toEqual(['extension-not-later']);
  });

  it('is refused once the embargo has ended, and while a counter-proposal is pending', () => {
    const ended = twoVendorEmbargo(
      request('2026-05-10T00:00:00.000Z'),
      { type: 'embargo.terminated', at: '2026-05-10T06:00:00.000Z', payload: { reason: 'leak' } },
      grant('2026-05-11T00:00:00.000Z'),
    );
    expect(codes(foldEvents(ended))).toEqual(['extension-no-embargo']);
    const pending = twoVendorEmbargo(
      request('2026-05-10T00:00:00.000Z'),
      {
        type: 'embargo.proposed',
        at: '2026-05-10T06:00:00.000Z',
        payload: { date: '2026-07-20T01:00:00.000Z', zone: 'Asia/Tokyo', proposedBy: 'vendor' },
      },
      grant('2026-05-11T00:00:00.000Z'),
    );
    expect(codes(foldEvents(pending))).toEqual(['illegal-embargo-transition']);
  });

  it('is refused when the new instant has already passed at the grant (an embargo breach)', () => {
    const late = twoVendorEmbargo(
      request('2026-05-10T00:00:00.000Z', '2026-07-02T01:00:00.000Z'),
      grant('2026-07-03T00:00:00.000Z', '2026-07-02T01:00:00.000Z'),
    );
    expect(codes(foldEvents(late))).toEqual(['embargo-instant-not-future']);
  });
});

describe('refusing an extension', () => {
  it('keeps the agreed instant and records the reason; a second decision is refused', () => {
    const events = twoVendorEmbargo(
      request('2026-05-10T00:00:00.000Z'),
      refuse('2026-05-11T00:00:00.000Z'),
    );
    const view = viewOf(events);
    expect(view.kase.dates.agreedPublication).toBe(AGREED);
    expect(view.extensions).toMatchObject({ granted: 0, pending: [], moved: null });
    expect(view.extensions.requests[0]?.decision).toMatchObject({
      kind: 'refused',
      reason: 'other vendors are ready',
    });
    const unknown = twoVendorEmbargo(refuse('2026-05-11T00:00:00.000Z'));
    expect(codes(foldEvents(unknown))).toEqual(['extension-unknown-request']);
  });
});

describe("the profile's cap", () => {
  const second = testUuid(0x302) as EventId;
  const third = testUuid(0x303) as EventId;
  const twoGranted = twoVendorEmbargo(
    request('2026-05-10T00:00:00.000Z'),
    grant('2026-05-11T00:00:00.000Z'),
    request('2026-05-12T00:00:00.000Z', '2026-07-30T01:00:00.000Z', INV2, second),
    grant('2026-05-13T00:00:00.000Z', '2026-07-30T01:00:00.000Z', second),
    request('2026-05-14T00:00:00.000Z', '2026-08-30T01:00:00.000Z', INV1, third),
  );
  const ctx = (profile: PolicyProfile) => ({
    projection: foldEvents(twoGranted),
    events: twoGranted,
    profile,
    now: NOW,
  });
  const cmd = {
    type: 'embargo.extension-granted',
    payload: { requestId: third, date: '2026-08-30T01:00:00.000Z', zone: 'Asia/Tokyo' },
  } as const;

  it('refuses a grant beyond it, naming the policy text; the view says it is reached', () => {
    const r = guardCommand(ctx(jpcertProfile), cmd);
    expect(r).toMatchObject({ ok: false, error: { code: 'extension-cap-reached' } });
    expect(r.ok ? '' : r.error.message).toMatch(/footnote 9/);
    expect(viewOf(twoGranted).extensions).toMatchObject({ granted: 2, capReached: true });
  });

  it('does not hold under a profile without a cap, nor a profile with a null cap', () => {
    expect(guardCommand(ctx(certCcProfile), cmd)).toEqual({ ok: true, value: null });
    const uncapped: PolicyProfile = {
      ...jpcertProfile,
      extensions: {
        ...(jpcertProfile.extensions as NonNullable<PolicyProfile['extensions']>),
        maxExtensions: null,
      },
    };
    expect(guardExtensionCap(foldEvents(twoGranted), uncapped, NOW, cmd).ok).toBe(true);
    const facts = extensionFacts(foldEvents(twoGranted), certCcProfile, []);
    expect(facts).toMatchObject({
      cap: null,
      capReached: false,
      target: null,
      beyondTargetDays: null,
    });
  });

  it('is a guard, not a fact: a partner timeline with a third grant still folds', () => {
    const events = [
      ...twoGranted,
      ...[grant('2026-05-15T00:00:00.000Z', '2026-08-30T01:00:00.000Z', third)].map(
        timeline(TEST_CASE_ID, 400),
      ),
    ];
    expect(codes(foldEvents(events))).toEqual([]);
  });
});

describe('an extension on a technical alert', () => {
  it('is refused: an alert has no vendor embargo', async () => {
    const { sampleAlertCreated } = await import('../model/testing/technical-alert');
    const created = { ...sampleAlertCreated(), caseId: TEST_CASE_ID };
    const p = foldEvents([
      created,
      ...[request('2026-05-10T00:00:00.000Z')].map(timeline(TEST_CASE_ID, 200)),
    ]);
    expect(codes(p)).toEqual(['technical-alert-no-embargo']);
  });
});
