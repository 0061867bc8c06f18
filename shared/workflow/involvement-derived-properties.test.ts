// What the case derives from its vendors holds after every fold, however vendor events
// come: the case lists its involvements' ids in their order, and its first vendor contact
// (which starts the 45-day, 120-day and one-year clocks) is the earliest contact attempt of
// a vendor-role involvement. The reducer re-derives these only when a vendor's role or first
// attempt changes (issue 25: a pass over every vendor for each event made a 1,000-vendor
// fold quadratic); this checks the shortcut never leaves them stale. Fixed seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseEvent, ContactId } from '../model';
import { INV1, INV2, INV3, addVendor } from './testing/extension-events';
import { acceptedSoftwareCase, contactIds, testUuid, timeline } from './testing/test-events';
import { VENDOR_ROLES } from './projection';
import { foldEvents } from './timeline';

const [, C2, C3] = contactIds as [ContactId, ContactId, ContactId];
const T0 = Date.parse('2026-04-21T03:00:00.000Z');
const MINUTE = 60_000;
const when = fc
  .integer({ min: 0, max: 60 * 24 * 30 })
  .map((m) => new Date(T0 + m * MINUTE).toISOString());
const inv = fc.constantFrom(INV1, INV2, INV3);

const vendorEvent = fc.oneof(
  fc.record({ inv, at: when }).map(({ inv, at }) => ({
    type: 'vendor.contact-attempted' as const,
    at,
    payload: { involvementId: inv, channel: 'email' as const },
  })),
  fc.record({ inv, at: when }).map(({ inv, at }) => ({
    type: 'vendor.replied' as const,
    at,
    payload: { involvementId: inv, messageId: null },
  })),
  fc
    .record({ inv, at: when, status: fc.constantFrom('contacted', 'acknowledged', 'fix-ready') })
    .map(({ inv, at, status }) => ({
      type: 'involvement.changed' as const,
      at,
      payload: { involvementId: inv, status },
    })),
);

const timelineArb = fc.array(vendorEvent, { maxLength: 30 }).map((specs): CaseEvent[] => {
  const ev = timeline(undefined, 0x100);
  return [
    ...acceptedSoftwareCase(),
    // A partner (its contact attempts never start the case's clocks), and a second developer
    // not contacted yet: its first attempt is one of the drawn events, before or after the
    // first developer's (2026-04-28).
    ...addVendor(INV3, C3, '2026-04-21T01:00:00.000Z', 'partner').map(ev),
    ev({
      type: 'involvement.added',
      at: '2026-04-21T02:00:00.000Z',
      payload: { involvementId: INV2, contactId: C2, role: 'developer' },
    }),
    ...specs.map((s, i) => ev({ ...s, id: testUuid(0x9000 + i) } as never)),
  ];
});

describe('what a case derives from its vendors', () => {
  it('lists the involvements in order and starts its clocks at the earliest vendor contact', () => {
    fc.assert(
      fc.property(timelineArb, (events) => {
        const p = foldEvents(events);
        if (p.case === null) throw new Error('the case was not created');
        expect(p.case.involvements).toEqual(p.involvements.map((i) => i.id));
        const attempts = p.involvements
          .filter((i) => VENDOR_ROLES.includes(i.role))
          .map((i) => i.firstContactAttempt)
          .filter((at) => at !== null)
          .sort();
        expect(p.case.dates.firstVendorContactAttempt).toBe(attempts[0] ?? null);
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });
});
