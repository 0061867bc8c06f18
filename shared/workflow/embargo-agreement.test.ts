// The newcomer's two-vendor case (last session's finding): "Agree" was accepted while no
// vendor had replied, so a one-sided agreement was recorded as if the vendors agreed.
import { describe, expect, it } from 'vitest';
import type { CaseEvent, ContactId, IsoInstant } from '../model';
import { planAppend } from './append';
import { guardCommand } from './case-guards';
import { jpcertProfile } from './policy-jpcert';
import { addVendor, dispute, INV1, INV2, request, REQUEST } from './testing/extension-events';
import {
  acceptedCaseEvents,
  contactIds,
  TEST_CASE_ID,
  timeline,
  type EventSpec,
} from './testing/test-events';
import { foldEvents, type CaseCommand } from './timeline';

const NOW = '2026-05-01T00:00:00.000Z';
const DATE = '2026-07-01T01:00:00.000Z'; // 10:00 JST
const agree: CaseCommand = { type: 'embargo.agreed', payload: { date: DATE, zone: 'Asia/Tokyo' } };
const revise: CaseCommand = {
  type: 'embargo.revised',
  payload: { date: '2026-07-08T01:00:00.000Z', zone: 'Asia/Tokyo', reason: 'the fix slipped' },
};
const proposal = (at: IsoInstant, proposedBy: 'coordinator' | 'vendor' = 'coordinator') =>
  ({
    type: 'embargo.proposed',
    at,
    payload: { date: DATE, zone: 'Asia/Tokyo', proposedBy },
  }) satisfies EventSpec;
const agreed = (at: IsoInstant) =>
  ({ type: 'embargo.agreed', at, payload: { date: DATE, zone: 'Asia/Tokyo' } }) satisfies EventSpec;
const reply = (at: IsoInstant, involvementId = INV2) =>
  ({ type: 'vendor.replied', at, payload: { involvementId, messageId: null } }) satisfies EventSpec;

/** Two developers contacted on 2026-04-28 (JST), then `extra`. */
const twoVendors = (extra: EventSpec[]): CaseEvent[] =>
  acceptedCaseEvents('2026-04-20T00:00:00.000Z', '2026-04-28T00:30:00.000Z', 'software', [
    ...addVendor(INV2, contactIds[1] as ContactId, '2026-04-28T00:40:00.000Z'),
    ...extra,
  ]);
const guard = (events: CaseEvent[], cmd: CaseCommand) =>
  guardCommand({ projection: foldEvents(events), events, profile: jpcertProfile, now: NOW }, cmd);
const code = (events: CaseEvent[], cmd: CaseCommand) => {
  const r = guard(events, cmd);
  return r.ok ? 'ok' : r.error.code;
};

describe('recording an agreed publication needs a vendor’s answer on record', () => {
  const proposed = [proposal('2026-04-29T00:00:00.000Z')];

  it('refuses "Agree" while no vendor has replied, and says what to do', () => {
    const r = guard(twoVendors(proposed), agree);
    expect(r).toMatchObject({ ok: false, error: { code: 'embargo-no-reply' } });
    expect(r.ok ? '' : r.error.message).toMatch(/record the vendor’s reply/);
    // Proposing is not agreeing: the date goes on the table without anyone's answer.
    const { type, payload } = proposal(NOW);
    expect(code(twoVendors([]), { type, payload })).toBe('ok');
  });

  it('allows it once one vendor replied, or disputed (a dispute is its answer)', () => {
    expect(code(twoVendors([...proposed, reply('2026-04-29T01:00:00.000Z')]), agree)).toBe('ok');
    expect(code(twoVendors([...proposed, dispute('2026-04-29T01:00:00.000Z')]), agree)).toBe('ok');
  });

  it('allows agreeing the vendor’s own proposal: its proposal is its word', () => {
    expect(code(twoVendors([proposal('2026-04-29T00:00:00.000Z', 'vendor')]), agree)).toBe('ok');
  });

  it('refuses a revision of a date nobody answered, but not a vendor’s granted request', () => {
    // A partner's timeline agreed without a reply on record: it folds unchanged (a fact).
    const partner = twoVendors([...proposed, agreed('2026-04-29T01:00:00.000Z')]);
    expect(foldEvents(partner).rejected).toEqual([]);
    expect(planAppend([], { caseId: TEST_CASE_ID, events: partner }).ok).toBe(true);
    expect(code(partner, revise)).toBe('embargo-no-reply');
    const asked = twoVendors([
      ...proposed,
      agreed('2026-04-29T01:00:00.000Z'),
      request('2026-04-30T00:00:00.000Z', '2026-07-15T01:00:00.000Z', INV1),
    ]);
    const granted: CaseCommand = {
      type: 'embargo.extension-granted',
      payload: { requestId: REQUEST, date: '2026-07-15T01:00:00.000Z', zone: 'Asia/Tokyo' },
    };
    expect(code(asked, granted)).toBe('ok');
  });

  it('on a case with no vendor, takes a coordinating partner’s reply; with nobody, says to add the vendor', () => {
    const nobody = acceptedCaseEvents('2026-04-20T00:00:00.000Z', null, 'software').filter(
      (e) => e.type !== 'involvement.added',
    );
    const r = guard(nobody, agree);
    expect(r).toMatchObject({ ok: false, error: { code: 'embargo-no-reply' } });
    expect(r.ok ? '' : r.error.message).toMatch(/add the vendor/);
    const ev = timeline(TEST_CASE_ID, 0x700);
    const partner = [
      ...nobody,
      ...addVendor(INV2, contactIds[1] as ContactId, '2026-04-28T00:40:00.000Z', 'partner').map(ev),
      ev(proposal('2026-04-29T00:00:00.000Z')),
    ];
    expect(code(partner, agree)).toBe('embargo-no-reply');
    expect(code([...partner, ev(reply('2026-04-29T01:00:00.000Z'))], agree)).toBe('ok');
  });
});
