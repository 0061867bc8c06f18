// Properties of vendor disputes (issue 27 item 2) over generated timelines of disputes and
// status changes, in any order: a vendor reads "disputed" exactly when it carries the
// dispute's category and reason, and that reason is the latest accepted dispute's; a bare
// "disputed" status never gets in; a later status change clears the dispute; the fold is the
// same whatever order the events arrive in. Fixed seed, so a failure replays.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CASE_EVENT_SCHEMA_VERSION,
  disputeCategorySchema,
  involvementStatusSchema,
  type CaseEvent,
  type InvolvementId,
} from '../model';
import { INV1, INV2, twoVendorEmbargo } from './testing/extension-events';
import { TEST_CASE_ID, testUuid } from './testing/test-events';
import { foldEvents } from './timeline';

const T0 = Date.parse('2026-05-03T00:00:00.000Z');
const HOUR = 3_600_000;
const when = fc.integer({ min: 0, max: 24 * 60 }).map((h) => new Date(T0 + h * HOUR).toISOString());
/** Both vendors, and one the case never had (every event about it must be refused). */
const STRANGER = testUuid(0xdead) as InvolvementId;
const inv = fc.constantFrom(INV1, INV2, STRANGER);

const drawn = fc.oneof(
  fc
    .record({
      inv,
      at: when,
      category: fc.constantFrom(...disputeCategorySchema.options),
      reason: fc.constantFrom('admins are trusted', 'cannot reproduce on 2.1', '再現しません'),
    })
    .map(
      ({ inv, at, category, reason }) =>
        ({
          at,
          type: 'vendor.disputed',
          payload: { involvementId: inv, category, reason },
        }) as const,
    ),
  fc
    .record({ inv, at: when, status: fc.constantFrom(...involvementStatusSchema.options) })
    .map(
      ({ inv, at, status }) =>
        ({ at, type: 'involvement.changed', payload: { involvementId: inv, status } }) as const,
    ),
);

const timelineArb = fc.array(drawn, { maxLength: 20 }).map((specs): CaseEvent[] => [
  ...twoVendorEmbargo(),
  ...specs.map(
    (s, i) =>
      ({
        schemaVersion: CASE_EVENT_SCHEMA_VERSION,
        caseId: TEST_CASE_ID,
        id: testUuid(0x7000 + i),
        actor: 'a',
        ...s,
      }) as CaseEvent,
  ),
]);

describe('dispute properties', () => {
  it('a vendor is disputed exactly when it holds the latest accepted dispute’s reason', () => {
    let disputedSeen = 0;
    fc.assert(
      fc.property(timelineArb, (events) => {
        const p = foldEvents(events);
        const refused = new Set(p.rejected.map((r) => r.eventId));
        for (const v of p.involvements) {
          expect(v.status === 'disputed').toBe(v.dispute !== null);
          // The last accepted event that set this vendor's status decides it.
          const last = [...events]
            .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
            .filter((e) => !refused.has(e.id))
            .filter(
              (e) =>
                (e.type === 'vendor.disputed' ||
                  (e.type === 'involvement.changed' && e.payload.status !== undefined)) &&
                e.payload.involvementId === v.id,
            )
            .at(-1);
          if (last?.type === 'vendor.disputed') {
            disputedSeen += 1;
            expect(v.dispute).toEqual({
              category: last.payload.category,
              reason: last.payload.reason,
              at: last.at,
            });
          }
        }
        // Nothing about a vendor the case does not have is ever accepted.
        for (const e of events) {
          const about = 'involvementId' in e.payload ? e.payload.involvementId : null;
          if (about === STRANGER) expect(refused.has(e.id)).toBe(true);
        }
        // A bare "disputed" status is refused unless the vendor already disputes.
        for (const r of p.rejected) {
          if (r.error.code === 'dispute-needs-reason') expect(r.type).toBe('involvement.changed');
        }
      }),
      { seed: 2027, numRuns: 200 },
    );
    // The generator must reach the case the property is about.
    expect(disputedSeen).toBeGreaterThan(20);
  });

  it('folds to the same vendors whatever order the events arrive in', () => {
    fc.assert(
      fc.property(timelineArb, fc.nat(), (events, k) => {
        const cut = k % (events.length || 1);
        const rotated = [...events.slice(cut), ...events.slice(0, cut)];
        expect(foldEvents(rotated).involvements).toEqual(foldEvents(events).involvements);
      }),
      { seed: 2028, numRuns: 100 },
    );
  });
});
