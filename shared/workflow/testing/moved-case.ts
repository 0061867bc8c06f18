// The tester's case of findings F-A and F-B: two developers (Widget = INV1, Gadget = INV2)
// first contacted on 2026-12-08 (JST), so the 45-day target is 2027-01-22; the agreed
// publication, its revisions and extensions are built on top.
import type { CaseEvent, ContactId, InvolvementId, IsoInstant } from '../../model';
import { addVendor, grant, INV1, INV2, request } from './extension-events';
import { acceptedCaseEvents, contactIds, testUuid, type EventSpec } from './test-events';

export { INV1, INV2 };
export const CONTACT = '2026-12-08T01:00:00.000Z'; // 10:00 JST
export const JAN22 = '2027-01-22T01:00:00.000Z'; // 10:00 JST on the target's own day
export const FEB05 = '2027-02-05T01:00:00.000Z';
export const MAR05 = '2027-03-05T01:00:00.000Z';
/** 10:00 JST on 2027-01-25: after the target, before every agreed date. */
export const SEEN = '2027-01-25T01:00:00.000Z';
export const TARGET = 'jpcert.publication-target';
export const AGREED_RULE = 'jpcert.agreed-publication';

/** Widget answers the first contact, then the date is proposed and agreed (an agreed date
 *  needs a vendor's reply on record: embargo-agreement.ts). */
export const agreedOn = (date: IsoInstant = JAN22): EventSpec[] => [
  {
    type: 'vendor.replied',
    at: '2026-12-09T01:00:00.000Z',
    payload: { involvementId: INV1, messageId: null },
  },
  {
    type: 'embargo.proposed',
    at: '2026-12-10T01:00:00.000Z',
    payload: { date, zone: 'Asia/Tokyo', proposedBy: 'coordinator' },
  },
  { type: 'embargo.agreed', at: '2026-12-11T01:00:00.000Z', payload: { date, zone: 'Asia/Tokyo' } },
];

/** The same, up to the proposal: nothing agreed yet. */
export const proposedOn = (date: IsoInstant = JAN22): EventSpec[] =>
  agreedOn(date).filter((e) => e.type !== 'embargo.agreed');

export const reviseTo = (
  at: IsoInstant,
  date: IsoInstant,
  reason = 'the fix slipped',
): EventSpec => ({
  type: 'embargo.revised',
  at,
  payload: { date, zone: 'Asia/Tokyo', reason },
});

/** A vendor's request (Widget's by default) and its grant: issue 27's builders. */
export { request as requestBy, grant as grantOf };

export const movedLetterTo = (at: IsoInstant, inv: InvolvementId): EventSpec => ({
  type: 'message.sent',
  at,
  payload: {
    messageId: testUuid(0x900) as never,
    to: 'vendor',
    involvementId: inv,
    purpose: 'publication-moved',
  },
});

/** The tester's steps: agreed 2027-01-22, revised to 2027-02-05, extended to 2027-03-05 on
 *  Widget's request. */
export const testerSteps: EventSpec[] = [
  ...agreedOn(),
  reviseTo('2026-12-20T01:00:00.000Z', FEB05),
  request('2027-01-05T01:00:00.000Z', MAR05),
  grant('2027-01-06T01:00:00.000Z', MAR05),
];

/** Both vendors contacted on 2026-12-08, the finder acknowledged, then `extra`. */
export const movedCase = (extra: EventSpec[]): CaseEvent[] =>
  acceptedCaseEvents('2026-12-01T01:00:00.000Z', CONTACT, 'software', [
    { type: 'report.acknowledged', at: '2026-12-02T01:00:00.000Z', payload: { messageId: null } },
    ...addVendor(INV2, contactIds[1] as ContactId, '2026-12-08T02:00:00.000Z'),
    ...extra,
  ]);
