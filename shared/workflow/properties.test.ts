import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  CASE_EVENT_SCHEMA_VERSION,
  CASE_FLAGS,
  type CaseEvent,
  type EmbargoState,
  type EventId,
  type ReportState,
} from '../model';
import { addDays } from './calendar';
import { dueDateFor } from './deadlines';
import { EMBARGO_TRANSITIONS, REPORT_TRANSITIONS } from './machines';
import { POLICY_PROFILES } from './policy-profiles';
import type { CaseProjection } from './projection';
import { applyEvent } from './reducer';
import {
  contactIds,
  created,
  involvementIds,
  testUuid,
  type EventSpec,
  TEST_CASE_ID,
} from './testing/test-events';
import { mergeEvents } from './merge';
import { foldEvents } from './timeline';

/**
 * Property tests required by ARCHITECTURE.md §4: no event sequence reaches a state outside the
 * machines, flags never revert, the reducer is deterministic and merge-order independent;
 * and deadlines are monotonic in their start date (§4.2).
 */
const T0 = Date.parse('2026-04-01T00:00:00.000Z');
const atArb = fc
  .integer({ min: 0, max: 24 * 200 })
  .map((h) => new Date(T0 + h * 3_600_000).toISOString());
const invArb = fc.constantFrom(...involvementIds);
const dateArb = fc
  .integer({ min: 0, max: 300 })
  .map((d) => new Date(T0 + d * 86_400_000).toISOString());
const text = fc.constantFrom('', 'x');
const priority = fc.constantFrom(
  { level: 'normal' as const, reasons: [] },
  { level: 'high' as const, reasons: ['high-impact' as const] },
);

const specArb: fc.Arbitrary<Omit<EventSpec, 'at'>> = fc.oneof(
  fc.constant({
    type: 'report.received',
    payload: { reportId: testUuid(1), receivedAt: '2026-04-01T00:00:00.000Z' },
  } as never),
  fc
    .boolean()
    .map((valid) => ({ type: 'report.validated', payload: { valid, reasons: [] } }) as never),
  fc.constant({ type: 'report.acknowledged', payload: { messageId: null } } as never),
  fc
    .record({ decision: fc.constantFrom('accept', 'defer', 'decline'), priority, note: text })
    .map((p) => ({ type: 'triage.decided', payload: { ...p, reasons: [] } }) as never),
  fc
    .constantFrom('resolved', 'declined', 'other')
    .map((reason) => ({ type: 'case.closed', payload: { reason, note: '' } }) as never),
  fc
    .record({
      i: fc.nat(2),
      c: fc.nat(2),
      role: fc.constantFrom('developer', 'upstream-developer', 'site-operator', 'partner'),
    })
    .map(
      ({ i, c, role }) =>
        ({
          type: 'involvement.added',
          payload: { involvementId: involvementIds[i], contactId: contactIds[c], role },
        }) as never,
    ),
  fc
    .record({
      involvementId: invArb,
      status: fc.constantFrom(
        'not-contacted',
        'contacted',
        'acknowledged',
        'affected',
        'fixed',
        'unreachable',
        'declined',
      ),
    })
    .map((payload) => ({ type: 'involvement.changed', payload }) as never),
  invArb.map(
    (involvementId) =>
      ({ type: 'vendor.contact-attempted', payload: { involvementId, channel: 'email' } }) as never,
  ),
  invArb.map(
    (involvementId) =>
      ({ type: 'vendor.replied', payload: { involvementId, messageId: null } }) as never,
  ),
  invArb.map(
    (involvementId) =>
      ({ type: 'vendor.unreachable', payload: { involvementId, reason: 'r' } }) as never,
  ),
  invArb.map(
    (involvementId) => ({ type: 'vendor.name-published', payload: { involvementId } }) as never,
  ),
  fc
    .record({
      to: fc.constantFrom('finder', 'vendor'),
      involvementId: fc.option(invArb, { nil: null }),
      purpose: fc.constantFrom(
        'finder-acknowledgement',
        'vendor-first-contact',
        'finder-handling-terminated',
      ),
    })
    .map((p) => ({ type: 'message.sent', payload: { messageId: testUuid(7), ...p } }) as never),
  fc
    .record({
      from: fc.constantFrom('finder', 'vendor'),
      involvementId: fc.option(invArb, { nil: null }),
    })
    .map((p) => ({ type: 'message.received', payload: { messageId: testUuid(8), ...p } }) as never),
  dateArb.map(
    (date) =>
      ({
        type: 'embargo.proposed',
        payload: { date, zone: 'Asia/Tokyo', proposedBy: 'vendor' },
      }) as never,
  ),
  dateArb.map(
    (date) => ({ type: 'embargo.agreed', payload: { date, zone: 'Asia/Tokyo' } }) as never,
  ),
  dateArb.map(
    (date) =>
      ({ type: 'embargo.revised', payload: { date, zone: 'Asia/Tokyo', reason: 'r' } }) as never,
  ),
  fc.constant({ type: 'embargo.rejected', payload: { reason: 'r' } } as never),
  fc.constant({ type: 'embargo.terminated', payload: { reason: 'r' } } as never),
  fc.constantFrom(...CASE_FLAGS).map((flag) => ({ type: 'flag.set', payload: { flag } }) as never),
  fc.constant({ type: 'published', payload: { advisoryId: null, url: '' } } as never),
  fc.constant({
    type: 'release.decided',
    payload: { decision: 'publish', committee: true, reason: 'r' },
  } as never),
  fc.option(dateArb, { nil: null }).map(
    (due) =>
      ({
        type: 'deadline.overridden',
        payload: { ruleId: 'jpcert.publication-target', due, reason: 'r' },
      }) as never,
  ),
  fc.constant({ type: 'note.added', payload: { text: 'n', internal: true } } as never),
  fc.constant({ type: 'vulnerability.added', payload: { vulnerabilityId: testUuid(5) } } as never),
);

const eventArb: fc.Arbitrary<CaseEvent> = fc
  .record({ spec: specArb, at: atArb, n: fc.integer({ min: 10, max: 100_000 }) })
  .map(
    ({ spec, at, n }) =>
      ({
        schemaVersion: CASE_EVENT_SCHEMA_VERSION,
        id: testUuid(n) as EventId,
        caseId: TEST_CASE_ID,
        actor: 'a',
        at,
        ...spec,
      }) as CaseEvent,
  );

const caseCreated = {
  schemaVersion: CASE_EVENT_SCHEMA_VERSION,
  id: testUuid(1) as EventId,
  caseId: TEST_CASE_ID,
  actor: 'a',
  ...created('2026-03-31T00:00:00.000Z'),
} as CaseEvent;

const timelineArb: fc.Arbitrary<CaseEvent[]> = fc
  .array(eventArb, { maxLength: 40 })
  .map((events) => [caseCreated, ...events]);

const closure = <S extends string>(edges: Readonly<Record<S, readonly S[]>>, from: S): Set<S> => {
  const seen = new Set<S>([from]);
  const stack = [from];
  for (let s = stack.pop(); s !== undefined; s = stack.pop()) {
    for (const n of edges[s]) {
      if (!seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
    }
  }
  return seen;
};

const checkInvariants = (p: CaseProjection) => {
  const c = p.case;
  if (!c) return;
  const f = c.states.flags;
  if (f.fixDeployed) expect(f.fixReady && f.fixReady <= f.fixDeployed).toBeTruthy();
  if (f.fixReady) expect(f.vendorAware && f.vendorAware <= f.fixReady).toBeTruthy();
  if (f.exploitPublic) expect(f.publicAware && f.publicAware <= f.exploitPublic).toBeTruthy();
  if (f.publicAware) expect(['none', 'exited']).toContain(c.states.embargo);
  if (c.dates.published) expect(f.publicAware).not.toBeNull();
  expect(c.states.report === 'closed').toBe(c.dates.closed !== null);
  if (p.handling.terminated) expect(c.states.report).toBe('closed');
  if (c.states.embargo === 'active') expect(c.dates.agreedPublication).not.toBeNull();
};

describe('properties of the coordination engine', () => {
  it('no event sequence leaves the machines, and flags never revert', () => {
    fc.assert(
      fc.property(timelineArb, (events) => {
        let p = foldEvents([]);
        for (const e of mergeEvents([], events).merged) {
          const r = applyEvent(p, e);
          if (!r.ok) continue;
          const before = p.case;
          const after = r.value.case;
          if (before && after) {
            expect(
              closure<ReportState>(REPORT_TRANSITIONS, before.states.report).has(
                after.states.report,
              ),
            ).toBe(true);
            expect(
              closure<EmbargoState>(EMBARGO_TRANSITIONS, before.states.embargo).has(
                after.states.embargo,
              ),
            ).toBe(true);
            for (const flag of CASE_FLAGS) {
              if (before.states.flags[flag] !== null)
                expect(after.states.flags[flag]).toBe(before.states.flags[flag]);
            }
          }
          p = r.value;
          checkInvariants(p);
        }
        checkInvariants(foldEvents(events));
      }),
      { numRuns: 300 },
    );
  });

  it('the fold is deterministic and independent of arrival order', () => {
    fc.assert(
      fc.property(
        timelineArb,
        fc.array(fc.double({ noNaN: true }), { minLength: 41, maxLength: 41 }),
        (events, keys) => {
          const shuffled = events
            .map((e, i) => ({ e, k: keys[i] ?? 0 }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.e);
          expect(foldEvents(shuffled)).toEqual(foldEvents(events));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('merging two overlapping timelines gives the same projection either way round', () => {
    fc.assert(
      fc.property(
        timelineArb,
        fc.array(fc.constantFrom(0, 1, 2), { minLength: 41, maxLength: 41 }),
        (events, sides) => {
          // 0: only in a, 1: only in b, 2: in both (a bundle re-imported with overlap).
          const a = events.filter((_, i) => sides[i] !== 1);
          const b = events.filter((_, i) => sides[i] !== 0);
          const ab = mergeEvents(a, b);
          const ba = mergeEvents(b, a);
          // A merge resolves same-id conflicts itself (reported in `conflicts`), so compare with
          // the fold of the de-duplicated union.
          expect(foldEvents(ab.merged)).toEqual(foldEvents(mergeEvents([], events).merged));
          expect(ab.conflicts).toEqual(ba.conflicts);
          expect(foldEvents(ba.merged)).toEqual(foldEvents(ab.merged));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('every deadline is monotonic in its start date', () => {
    const rules = POLICY_PROFILES.flatMap((profile) =>
      profile.deadlines.map((rule) => ({ profile, rule })),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 20 * 24 }),
        fc.integer({ min: 0, max: 24 * 60 }),
        fc.constantFrom(...rules),
        (h, dh, { profile, rule }) => {
          const s1 = new Date(Date.parse('2025-01-01T00:00:00Z') + h * 3_600_000).toISOString();
          const s2 = new Date(Date.parse(s1) + dh * 3_600_000).toISOString();
          const d1 = dueDateFor(s1, rule.duration, rule.rollForwardToBusinessDay, profile.calendar);
          const d2 = dueDateFor(s2, rule.duration, rule.rollForwardToBusinessDay, profile.calendar);
          expect(d1 <= d2).toBe(true);
          expect(d1 >= addDays(s1.slice(0, 10), -1)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
