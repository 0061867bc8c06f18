// Folding a timeline that only grew: the fold of its earlier version, carried on with the
// events added. A commit appends one event to a case of 20,000 (issue 25: a 1,000-vendor case
// refolded from the start on every commit took seconds); carrying on is the same fold, because
// the added events sort after every earlier one and no id repeats (`grownFrom` checks both),
// so the reducer sees the same events in the same order.
import type { CaseEvent } from '../model';
import { compareEvents } from './merge';

/**
 * The events `next` adds to `prev` when `next` is `prev` (the same objects, in order) followed
 * by events that only extend it: each sorts after every earlier event, and no id occurs twice
 * in `next`. Otherwise null: the timeline must be folded again from its start.
 */
export const grownFrom = (
  prev: readonly CaseEvent[],
  next: readonly CaseEvent[],
): readonly CaseEvent[] | null => {
  if (next.length < prev.length) return null;
  for (let i = 0; i < prev.length; i += 1) if (prev[i] !== next[i]) return null;
  const ids = new Set(next.map((e) => e.id));
  if (ids.size !== next.length) return null;
  const added = next.slice(prev.length);
  let last: CaseEvent | undefined;
  for (const e of prev) if (last === undefined || compareEvents(last, e) < 0) last = e;
  return last === undefined || added.every((e) => compareEvents(last, e) < 0) ? added : null;
};

/**
 * `fold` memoised per case on its last timeline: asked again with a list that only grew
 * (`grownFrom`, the same events included), `carry(previous result, added events)`.
 * Keeps the last `keep` cases asked about. `fold(events)` and `carry(fold(prev), added)`
 * must be equal whenever `grownFrom(prev, events)` is not null.
 */
export const foldForward = <P>(
  fold: (events: readonly CaseEvent[]) => P,
  carry: (folded: P, added: readonly CaseEvent[]) => P,
  keep = 16,
): ((caseId: string, events: readonly CaseEvent[]) => P) => {
  const memo = new Map<string, { events: readonly CaseEvent[]; folded: P }>();
  return (caseId, events) => {
    const last = memo.get(caseId);
    const added = last === undefined ? null : grownFrom(last.events, events);
    const folded = last === undefined || added === null ? fold(events) : carry(last.folded, added);
    memo.delete(caseId);
    // A copy: a caller may push onto its own list and ask again with the same array.
    memo.set(caseId, { events: [...events], folded });
    // The oldest case asked about goes first (Map keeps insertion order).
    if (memo.size > keep) memo.delete(memo.keys().next().value as string);
    return folded;
  };
};
