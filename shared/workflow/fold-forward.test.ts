import { describe, expect, it } from 'vitest';
import type { CaseEvent, EventId } from '../model';
import { planAppend } from './append';
import { carryCoordination, coordinationRefusal, foldCoordination } from './coordination';
import { foldForward, grow, grownFrom, knowTimeline } from './fold-forward';
import { caseOfA, embargoProposed, ORG_A, ORG_B, transferred } from './testing/coordination-events';
import { acceptedCaseEvents, involvementIds, TEST_CASE_ID, testUuid } from './testing/test-events';
import { emptyProjection } from './projection';
import { applyEvents, foldEvents } from './timeline';

const RECEIVED = '2026-05-01T00:00:00.000Z';
const history = acceptedCaseEvents(RECEIVED, '2026-05-02T00:00:00.000Z');
const note = (n: number, at: string): CaseEvent =>
  ({
    ...history[0],
    id: testUuid(0x900 + n) as EventId,
    at,
    type: 'note.added',
    payload: { text: `note ${n}`, internal: true },
  }) as CaseEvent;
const later = note(1, '2026-05-03T00:00:00.000Z');
const earlier = note(2, '2026-05-01T12:00:00.000Z');

describe('a timeline that only grew', () => {
  it('gives the events added after every earlier one', () => {
    expect(grownFrom(history, [...history, later])).toEqual([later]);
    expect(grownFrom([], history)).toEqual(history);
    expect(grownFrom(history, [...history])).toEqual([]);
  });

  it('is refused when the list is shorter, changed, repeats an id or gains a backdated event', () => {
    expect(grownFrom(history, history.slice(1))).toBeNull();
    expect(grownFrom(history, [{ ...history[0] } as CaseEvent, ...history.slice(1)])).toBeNull();
    expect(grownFrom(history, [...history, history[1] as CaseEvent])).toBeNull();
    expect(grownFrom(history, [...history, earlier])).toBeNull();
  });
});

describe('a known timeline grown', () => {
  it('knows the grown timeline as reading it afresh does, and is used once', () => {
    const known = knowTimeline(history);
    const grown = grow(known, [...history, later]);
    expect(grown?.added).toEqual([later]);
    expect(grown?.known).toEqual(knowTimeline([...history, later]));
    // Spent: the grown timeline holds its ids now.
    expect(grow(known, [...history, later])).toBeNull();
    const again = grow(grown?.known ?? known, [
      ...history,
      later,
      note(3, '2026-05-04T00:00:00.000Z'),
    ]);
    expect(again?.known).toEqual(
      knowTimeline([...history, later, note(3, '2026-05-04T00:00:00.000Z')]),
    );
  });

  it("keeps the store's frozen lists as they are, and copies a caller's own", () => {
    const frozen = Object.freeze([...history]);
    expect(knowTimeline(frozen).events).toBe(frozen);
    const mine = [...history];
    expect(knowTimeline(mine).events).not.toBe(mine);
    expect(grow(frozen, Object.freeze([...history, later]))?.known.events).toEqual([
      ...history,
      later,
    ]);
  });

  it('is refused an id twice among the added events, or a timeline whose ids repeat', () => {
    const twice = note(4, '2026-05-05T00:00:00.000Z');
    expect(
      grow(history, [...history, twice, { ...twice, at: '2026-05-06T00:00:00.000Z' }]),
    ).toBeNull();
    const repeated = [...history, history[1] as CaseEvent];
    expect(knowTimeline(repeated).ids).toBeNull();
    expect(grow(repeated, [...repeated, later])).toBeNull();
  });
});

describe('the coordination fold carried forward', () => {
  const LATE = '2026-05-10T00:00:00.000Z';
  it('equals the fold of the grown timeline when nothing in it is shared', () => {
    const first = foldCoordination(history);
    const carried = carryCoordination(first, [later]);
    expect(carried).toEqual(foldCoordination([...history, later]));
    const next = note(5, '2026-05-06T00:00:00.000Z');
    expect(carryCoordination(carried ?? first, [next])).toEqual(
      foldCoordination([...history, later, next]),
    );
  });

  it('is folded afresh once a shared event is in the timeline or among those added', () => {
    const handedOver = [...caseOfA(), transferred(LATE, ORG_A, ORG_B)];
    expect(carryCoordination(foldCoordination(handedOver), [])).toBeNull();
    expect(
      carryCoordination(foldCoordination(caseOfA()), [handedOver.at(-1) as CaseEvent]),
    ).toBeNull();
    // A store's frozen timeline is asked about once, and answered the same every time.
    const frozen = Object.freeze([...handedOver]);
    const embargo = [embargoProposed('2026-05-11T00:00:00.000Z', '2026-08-01T01:00:00.000Z')];
    const refused = coordinationRefusal(frozen, embargo);
    expect(refused?.code).toBe('coordination-transferred');
    expect(coordinationRefusal(frozen, embargo)).toEqual(refused);
    expect(coordinationRefusal(Object.freeze([...history]), [later])).toBeUndefined();
  });
});

describe('a fold carried forward', () => {
  it('equals the whole fold, and carries on only when the timeline grew', () => {
    const calls: string[] = [];
    const fold = (events: readonly CaseEvent[]) => {
      calls.push('fold');
      return foldEvents(events);
    };
    const carry = (p: ReturnType<typeof foldEvents>, added: readonly CaseEvent[]) => {
      calls.push('carry');
      return applyEvents(p, added);
    };
    const folded = foldForward(fold, carry);
    const grown = [...history, later];
    expect(folded(TEST_CASE_ID, history)).toEqual(foldEvents(history));
    // A caller's own list, pushed onto and asked again: still the fold of what it holds.
    const mine = [...history];
    folded(TEST_CASE_ID, mine);
    mine.push(later);
    expect(folded(TEST_CASE_ID, mine)).toEqual(foldEvents(grown));
    expect(folded(TEST_CASE_ID, [...grown, earlier])).toEqual(foldEvents([...grown, earlier]));
    expect(calls).toEqual(['fold', 'carry', 'carry', 'fold']);
  });

  it('keeps only the last cases asked about', () => {
    let folds = 0;
    const folded = foldForward(
      (events) => {
        folds += 1;
        return events.length;
      },
      (n, added) => n + added.length,
      1,
    );
    folded('a', history);
    folded('b', history);
    folded('a', history);
    expect(folds).toBe(3);
  });

  it('plans an append onto a stored timeline that repeats an id as it did', () => {
    const repeated = [...history, history[1] as CaseEvent];
    const r = planAppend(repeated, { caseId: TEST_CASE_ID, events: [later] });
    expect(r.ok && r.value.projection).toEqual(applyEvents(foldEvents(repeated), [later]));
    const back = planAppend(repeated, { caseId: TEST_CASE_ID, events: [earlier] });
    expect(back.ok && back.value.projection).toEqual(foldEvents([...repeated, earlier]));
  });

  it('plans an append on a grown timeline as on a fresh fold', () => {
    const mark = {
      type: 'vendor.unreachable' as const,
      payload: { involvementId: involvementIds[0] as never, reason: 'no answer' },
    };
    const by = { actor: 'analyst', now: '2026-05-20T00:00:00.000Z' };
    const first = planAppend(history, { caseId: TEST_CASE_ID, events: [later] });
    expect(first.ok).toBe(true);
    const grown = [...history, later];
    const carried = planAppend(grown, { caseId: TEST_CASE_ID, commands: [mark], by });
    if (!carried.ok) throw new Error(carried.error.message);
    const fresh = applyEvents(foldEvents(grown), carried.value.events);
    expect(carried.value.projection).toEqual(fresh);
    expect(fresh.involvements[0]?.status).toBe('unreachable');
  });
});

describe("planning on a reader's fold of the stored timeline", () => {
  // Fresh objects: the planner's own memo has never seen them, as after an unlock.
  const stored = (): readonly CaseEvent[] => Object.freeze(structuredClone(history));
  const append = { caseId: TEST_CASE_ID, events: [] };

  it('builds on the fold given for this very timeline', () => {
    const events = stored();
    const folded = applyEvents(emptyProjection(), events);
    const r = planAppend(events, append, { events, folded });
    // Nothing added: the plan is the fold it was given, the same object.
    expect(r.ok && r.value.projection).toBe(folded);
    expect(folded).toEqual(foldEvents(events));
  });

  it('folds afresh for another list, a timeline that repeats an id or one without its creation', () => {
    const events = stored();
    const other = { events: stored(), folded: applyEvents(emptyProjection(), events) };
    const mine = planAppend(events, append, other);
    expect(mine.ok && mine.value.projection).not.toBe(other.folded);
    expect(mine.ok && mine.value.projection).toEqual(foldEvents(events));

    const repeated = Object.freeze([...stored(), structuredClone(history[1] as CaseEvent)]);
    const seed = { events: repeated, folded: applyEvents(emptyProjection(), repeated) };
    const twice = planAppend(repeated, append, seed);
    expect(twice.ok && twice.value.projection).toEqual(foldEvents(repeated));
    expect(twice.ok && twice.value.projection).not.toEqual(seed.folded);

    const headless = Object.freeze(stored().slice(1));
    const base = applyEvents(emptyProjection(), stored());
    const noCreation = planAppend(headless, append, { events: headless, folded: base });
    expect(noCreation.ok && noCreation.value.projection).toEqual(foldEvents(headless));
    expect(noCreation.ok && noCreation.value.projection).not.toBe(base);
  });
});
