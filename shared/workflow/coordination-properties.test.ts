// Properties of the hand-over fold (issue 27 item 4), over generated timelines in which
// three organisations hand the case on, add co-coordinators, write to vendors and change
// the embargo, as seen by a fourth vault that imported each one's events. Fixed seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../model';
import { foldCoordination } from './coordination';
import { compareEvents } from './merge';
import {
  caseOfA,
  coCoordinatorAdded,
  embargoProposed,
  embargoTerminated,
  imported,
  noteAdded,
  ORG_A,
  ORG_B,
  ORG_C,
  transferred,
  vendorMessage,
} from './testing/coordination-events';

const ORGS = [ORG_A, ORG_B, ORG_C] as const;
const OBSERVER = 'D'.repeat(40);
const T0 = Date.parse('2026-05-01T00:00:00.000Z');
const at = (i: number) => new Date(T0 + i * 3_600_000).toISOString();

const step = fc.record({
  org: fc.constantFrom(...ORGS),
  target: fc.constantFrom(...ORGS),
  kind: fc.constantFrom('transfer', 'co', 'vendor', 'embargo', 'embargo-end', 'note'),
});

/** The steps as events, and the observer's timeline: each organisation's events listed by
 *  one import from it. The case itself is A's. */
type Step = { org: string; target: string; kind: string };

const build = (steps: readonly Step[]) => {
  const byOrg = new Map<string, CaseEvent[]>(ORGS.map((o) => [o, []]));
  byOrg.set(ORG_A, caseOfA());
  const made: { event: CaseEvent; org: string }[] = [];
  steps.forEach(({ org, target, kind }, i) => {
    const t = at(i + 1);
    const event =
      kind === 'transfer'
        ? transferred(t, org, target)
        : kind === 'co'
          ? coCoordinatorAdded(t, org, target)
          : kind === 'vendor'
            ? vendorMessage(t)
            : kind === 'embargo'
              ? embargoProposed(t, at(10_000))
              : kind === 'embargo-end'
                ? embargoTerminated(t)
                : noteAdded(t);
    byOrg.get(org)?.push(event);
    made.push({ event, org });
  });
  const events = [...byOrg.values()].flat();
  const imports = ORGS.map((o, i) => imported(at(5_000 + i), o, byOrg.get(o) ?? [], OBSERVER));
  return { timeline: [...events, ...imports], made };
};

const shuffle = <T>(xs: readonly T[], seed: number): T[] =>
  xs
    .map((x, i) => ({ x, k: (i * 7919 + seed) % 104_729 }))
    .sort((a, b) => a.k - b.k)
    .map(({ x }) => x);

describe('coordination fold properties', () => {
  it('does not depend on the order events arrived in', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), fc.nat(), (steps, seed) => {
        const { timeline } = build(steps);
        const a = foldCoordination(timeline);
        const b = foldCoordination(shuffle(timeline, seed));
        expect(b.state).toEqual(a.state);
        expect(b.refusals).toEqual(a.refusals);
      }),
      { seed: 27, numRuns: 150 },
    );
  });

  it('judges each event on the events before it, and never lets a former owner change the embargo nor a co-coordinator more than propose', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const { timeline, made } = build(steps);
        const { state, refusals } = foldCoordination(timeline);
        expect(state.formerOwners).not.toContain(state.owner);
        expect(state.coCoordinators.map((c) => c.org)).not.toContain(state.owner);
        const sorted = [...timeline].sort(compareEvents);
        for (const { event, org } of made) {
          // The events before this one, with the imports that say whose each one is.
          const before = foldCoordination(
            sorted.filter((e) => compareEvents(e, event) < 0 || e.type === 'bundle.imported'),
          );
          const refused = refusals.find((r) => r.eventId === event.id);
          const s = before.state;
          const owner = s.owner;
          if (event.type.startsWith('embargo.')) {
            // A co-coordinator may propose a date (the owner decides it), nothing more.
            const barred =
              s.formerOwners.includes(org) ||
              (event.type !== 'embargo.proposed' && s.coCoordinators.some((c) => c.org === org));
            expect(refused !== undefined).toBe(barred && owner !== org);
          }
          if (owner === org && refused !== undefined)
            expect(refused.code).toBe('coordination-unchanged');
        }
      }),
      { seed: 27, numRuns: 100 },
    );
  });
});
