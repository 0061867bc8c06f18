// Folding a timeline that only grew: the fold of its earlier version, carried on with the
// events added. A commit appends one event to a case of 20,000 (issue 25: a 1,000-vendor case
// refolded from the start on every commit took seconds); carrying on is the same fold, because
// the added events sort after every earlier one and no id repeats (`grownFrom` checks both),
// so the reducer sees the same events in the same order.
import type { CaseEvent } from '../model';
import { compareEvents } from './merge';

/**
 * A timeline with what `grow` asks of it: its ids (null when one repeats) and its last event
 * in fold order, so checking the next version costs the added events, not the 20,000 before.
 * Growing one hands its id set on to the grown timeline: after `grow` succeeds, use the
 * timeline it returns, not this one.
 */
export type KnownTimeline = {
  readonly events: readonly CaseEvent[];
  readonly ids: Set<string> | null;
  readonly last: CaseEvent | undefined;
  spent: boolean;
};

/** The list as kept: a caller may push onto its own list and ask again, so that is copied;
 *  the store's lists are frozen and kept as they are. */
const kept = (events: readonly CaseEvent[]) => (Object.isFrozen(events) ? events : [...events]);

/** Reads a timeline once. */
export const knowTimeline = (events: readonly CaseEvent[]): KnownTimeline => {
  const copy = kept(events);
  const ids = new Set(copy.map((e) => e.id));
  let last: CaseEvent | undefined;
  for (const e of copy) if (last === undefined || compareEvents(last, e) < 0) last = e;
  return { events: copy, ids: ids.size === copy.length ? ids : null, last, spent: false };
};

/**
 * `next` as `prev` grown: the events added and the grown timeline known, when `next` is
 * `prev` (the same objects, in order) followed by events that each sort after every earlier
 * one, with no id twice in `next`. Otherwise null: fold `next` again from its start.
 */
export const grow = (
  prev: KnownTimeline | readonly CaseEvent[],
  next: readonly CaseEvent[],
): { added: readonly CaseEvent[]; known: KnownTimeline } | null => {
  const known = 'spent' in prev ? prev : knowTimeline(prev);
  const { events, ids, last } = known;
  if (known.spent || ids === null || next.length < events.length) return null;
  for (let i = 0; i < events.length; i += 1) if (events[i] !== next[i]) return null;
  const added = next.slice(events.length);
  const fresh = new Set<string>();
  let grownLast = last;
  for (const e of added) {
    if (ids.has(e.id) || fresh.has(e.id)) return null;
    if (last !== undefined && compareEvents(last, e) >= 0) return null;
    fresh.add(e.id);
    if (grownLast === undefined || compareEvents(grownLast, e) < 0) grownLast = e;
  }
  for (const id of fresh) ids.add(id);
  known.spent = true;
  return { added, known: { events: kept(next), ids, last: grownLast, spent: false } };
};

/**
 * The events `next` adds to `prev` when `next` is `prev` (the same objects, in order) followed
 * by events that only extend it: each sorts after every earlier event, and no id occurs twice
 * in `next`. Otherwise null: the timeline must be folded again from its start.
 */
export const grownFrom = (
  prev: readonly CaseEvent[],
  next: readonly CaseEvent[],
): readonly CaseEvent[] | null => grow(prev, next)?.added ?? null;

/**
 * `fold` memoised per case on its last timeline: asked again with a list that only grew
 * (`grownFrom`, the same events included), `carry(previous result, added events)`.
 * Keeps the last `keep` cases asked about. `fold(events)` and `carry(fold(prev), added)`
 * must be equal whenever `grownFrom(prev, events)` is not null. Each answer comes with the
 * timeline known (to read, not to grow: the memo does). `seed`, asked only when the memo
 * cannot carry on, may give `fold(events)` made elsewhere (undefined: fold here).
 */
export const foldForwardKnown = <P>(
  fold: (events: readonly CaseEvent[]) => P,
  carry: (folded: P, added: readonly CaseEvent[]) => P,
  keep = 16,
): ((
  caseId: string,
  events: readonly CaseEvent[],
  seed?: (known: KnownTimeline) => P | undefined,
) => { folded: P; known: KnownTimeline }) => {
  const memo = new Map<string, { known: KnownTimeline; folded: P }>();
  const fresh = (events: readonly CaseEvent[], seed?: (known: KnownTimeline) => P | undefined) => {
    const known = knowTimeline(events);
    return { known, folded: seed?.(known) ?? fold(events) };
  };
  return (caseId, events, seed) => {
    const last = memo.get(caseId);
    const grown = last === undefined ? null : grow(last.known, events);
    const entry =
      last === undefined || grown === null
        ? fresh(events, seed)
        : { known: grown.known, folded: carry(last.folded, grown.added) };
    memo.delete(caseId);
    memo.set(caseId, entry);
    // The oldest case asked about goes first (Map keeps insertion order).
    if (memo.size > keep) memo.delete(memo.keys().next().value as string);
    return entry;
  };
};

/** `foldForwardKnown`'s folds alone. */
export const foldForward = <P>(
  fold: (events: readonly CaseEvent[]) => P,
  carry: (folded: P, added: readonly CaseEvent[]) => P,
  keep = 16,
): ((caseId: string, events: readonly CaseEvent[]) => P) => {
  const folds = foldForwardKnown(fold, carry, keep);
  return (caseId, events) => folds(caseId, events).folded;
};
