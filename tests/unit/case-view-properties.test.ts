// Properties of the derived case view (shared/workflow/case-view.ts) over generated cases
// (tests/generators, which shared/ may not import), under every profile and at any "now".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../shared/model';
import { projectionFromRecords } from '../../shared/workflow/case-records';
import { caseProjection, caseView, type CaseDeadlineState } from '../../shared/workflow/case-view';
import { computeDeadlines } from '../../shared/workflow/deadlines';
import { jpcertProfile } from '../../shared/workflow/policy-jpcert';
import { POLICY_PROFILES } from '../../shared/workflow/policy-profiles';
import { VENDOR_ROLES } from '../../shared/workflow/projection';
import { foldEvents } from '../../shared/workflow/timeline';
import { businessDaysSince } from '../../shared/workflow/vendor-status';
import { generateCases } from '../generators/cases';

const recordsOf = (events: readonly CaseEvent[]) => {
  const p = foldEvents(events);
  if (p.case === null) throw new Error('test timeline without a case');
  return { kase: p.case, involvements: p.involvements, events, messages: [] };
};

const SEVERITY: Record<CaseDeadlineState, number> = { none: 0, ok: 1, 'due-soon': 2, overdue: 3 };

describe('caseView properties (generated cases, any profile, any now)', () => {
  const corpus = generateCases({ count: 40, seed: 7, vendors: 12 });
  const byCase = new Map<string, CaseEvent[]>();
  for (const e of corpus.events) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
  const caseArb = fc.constantFrom(...corpus.cases);
  const profileArb = fc.constantFrom(...POLICY_PROFILES.map((p) => p.id));
  const nowArb = fc
    .integer({ min: 0, max: 900 })
    .map((d) => new Date(Date.parse('2026-01-01T00:00:00.000Z') + d * 43_200_000).toISOString());
  const recordsFor = (caseId: string, profile: string) => {
    const events = (byCase.get(caseId) ?? []).map((e) =>
      e.type === 'case.created' ? { ...e, payload: { ...e.payload, policyProfile: profile } } : e,
    );
    return recordsOf(events);
  };

  it('folds the stored timeline exactly as foldEvents does, in any stored order', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (kase, seed) => {
        const events = byCase.get(kase.id) ?? [];
        const shuffled = [...events].sort(
          (a, b) => ((a.id.charCodeAt(9) * seed) % 7) - ((b.id.charCodeAt(9) * seed) % 7),
        );
        const records = { kase, involvements: [], events: shuffled };
        expect(caseProjection(records)).toEqual(foldEvents(events));
      }),
      { numRuns: 40 },
    );
  });

  it('always has its case, and without its creation event shows the stored records', () => {
    fc.assert(
      fc.property(caseArb, nowArb, (kase, now) => {
        const events = (byCase.get(kase.id) ?? []).filter((e) => e.type !== 'case.created');
        const involvements = corpus.involvements.filter((i) => i.caseId === kase.id);
        const view = caseView({ kase, involvements, events, messages: [] }, now);
        expect(view.caseId).toBe(kase.id);
        const p = projectionFromRecords(kase, involvements);
        expect(view.report).toEqual(computeDeadlines(p, jpcertProfile, now));
      }),
      { numRuns: 60 },
    );
  });

  it("gives the engine's deadline states and the worst open one, soonest first", () => {
    fc.assert(
      fc.property(caseArb, profileArb, nowArb, (kase, profile, now) => {
        const view = caseView(recordsFor(kase.id, profile), now);
        expect(view.profile.id).toBe(profile);
        expect(view.report).toEqual(computeDeadlines(view.projection, view.profile, now));
        // Open: neither met nor replaced by an agreed date. A case closed after coordination
        // has nothing open; one closed at intake (no vendor contacted) still owes the finder
        // its acknowledgement, which closing does not meet, and nothing else.
        expect(view.open.every((d) => d.state !== 'met' && d.state !== 'superseded')).toBe(true);
        const closed = kase.states.report === 'closed' || kase.dates.closed !== null;
        const unmet = view.report.deadlines.filter(
          (d) => d.state !== 'met' && d.state !== 'superseded',
        );
        const coordinated = kase.dates.firstVendorContactAttempt !== null;
        expect(view.open).toHaveLength(closed && coordinated ? 0 : unmet.length);
        if (closed) {
          expect(view.open.every((d) => d.ruleId.endsWith('acknowledge-finder'))).toBe(true);
        }
        const dues = view.open.map((d) => d.dueAt);
        expect(dues).toEqual([...dues].sort());
        const worst = Math.max(0, ...view.open.map((d) => SEVERITY[d.state as CaseDeadlineState]));
        expect(SEVERITY[view.deadlineState]).toBe(worst);
      }),
      { numRuns: 150 },
    );
  });

  it("counts every vendor's silence on its case's profile calendar", () => {
    fc.assert(
      fc.property(caseArb, profileArb, nowArb, (kase, profile, now) => {
        const view = caseView(recordsFor(kase.id, profile), now);
        const vendors = view.projection.involvements.filter((i) => VENDOR_ROLES.includes(i.role));
        expect(view.vendors.map((v) => v.involvementId)).toEqual(vendors.map((i) => i.id));
        for (const { status } of view.vendors) {
          if (status.kind !== 'no-reply') continue;
          expect(status.businessDays).toBe(
            businessDaysSince(status.since, now, view.profile.calendar),
          );
        }
      }),
      { numRuns: 150 },
    );
  });
});
