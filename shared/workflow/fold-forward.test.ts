import { describe, expect, it } from 'vitest';
import type { CaseEvent, EventId } from '../model';
import { planAppend } from './append';
import { foldForward, grownFrom } from './fold-forward';
import { acceptedCaseEvents, involvementIds, TEST_CASE_ID, testUuid } from './testing/test-events';
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
