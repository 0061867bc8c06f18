// Issue 27's test kit: the accepted case of test-events with a second developer contacted
// and an embargo agreed for AGREED, and builders for extension and dispute events.
import type { CaseEvent, ContactId, EventId, InvolvementId, IsoInstant } from '../../model';
import { AGREED, agree, propose } from './embargo-events';
import {
  acceptedSoftwareCase,
  contactIds,
  involvementIds,
  TEST_CASE_ID,
  testUuid,
  timeline,
  type EventSpec,
} from './test-events';

export { AGREED };
export const [INV1, INV2, INV3] = involvementIds as [InvolvementId, InvolvementId, InvolvementId];
export const REQUEST = testUuid(0x301) as EventId;
export const LATER = '2026-07-15T01:00:00.000Z';

export const addVendor = (
  inv: InvolvementId,
  contact: ContactId,
  at: IsoInstant,
  role: 'developer' | 'partner' = 'developer',
): EventSpec[] => [
  { type: 'involvement.added', at, payload: { involvementId: inv, contactId: contact, role } },
  ...(role === 'partner'
    ? []
    : [
        {
          type: 'vendor.contact-attempted',
          at: new Date(Date.parse(at) + 1).toISOString(),
          payload: { involvementId: inv, channel: 'email' },
        } satisfies EventSpec,
      ]),
];

export const request = (
  at: IsoInstant,
  date: IsoInstant = LATER,
  inv: InvolvementId = INV1,
  id: EventId = REQUEST,
): EventSpec => ({
  type: 'embargo.extension-requested',
  at,
  id,
  payload: {
    involvementId: inv,
    date,
    zone: 'Asia/Tokyo',
    reason: 'the fix ships in the next release',
    messageId: null,
  },
});

export const grant = (
  at: IsoInstant,
  date: IsoInstant = LATER,
  id: EventId = REQUEST,
): EventSpec => ({
  type: 'embargo.extension-granted',
  at,
  payload: { requestId: id, date, zone: 'Asia/Tokyo' },
});

export const refuse = (at: IsoInstant, id: EventId = REQUEST): EventSpec => ({
  type: 'embargo.extension-refused',
  at,
  payload: { requestId: id, reason: 'other vendors are ready' },
});

export const dispute = (at: IsoInstant, inv: InvolvementId = INV1): EventSpec => ({
  type: 'vendor.disputed',
  at,
  payload: { involvementId: inv, category: 'works-as-designed', reason: 'admins are trusted' },
});

/** Two contacted developers (INV1, INV2), an embargo agreed on 2026-05-02 for AGREED. */
export const twoVendorEmbargo = (...extra: EventSpec[]): CaseEvent[] => [
  ...acceptedSoftwareCase(),
  ...[
    ...addVendor(INV2, contactIds[1] as ContactId, '2026-04-29T00:00:00.000Z'),
    propose('2026-05-01T00:00:00.000Z'),
    agree('2026-05-02T00:00:00.000Z'),
    ...extra,
  ].map(timeline(TEST_CASE_ID, 200)),
];

export { TEST_CASE_ID };
