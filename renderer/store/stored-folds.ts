// The folds the views of open cases made of their stored timelines, for the write path: the
// first change to an opened case plans on the view's fold instead of folding its 20,000 events
// again (issue 25).
// Keyed by the store's frozen list itself: the store makes a new list on every change of the
// table, so a fold is only ever found for the very events it was made of, and is dropped with
// the list (a locked store's lists and folds go together).
import type { CaseEvent } from '../../shared/model';
import type { StoredFold } from '../../shared/workflow/append';
import type { CaseProjection } from '../../shared/workflow/projection';

const folds = new WeakMap<readonly CaseEvent[], CaseProjection>();

/** Records that `folded` is `applyEvents(emptyProjection(), events)` (a view's fold). Only a
 *  frozen list is kept: a list that can still grow in place would make the fold stale. */
export const rememberFold = (events: readonly CaseEvent[], folded: CaseProjection): void => {
  if (Object.isFrozen(events)) folds.set(events, folded);
};

/** The fold a case view made of exactly this stored timeline, if one did: `planAppend`'s
 *  `storedFold`. */
export const storedFoldOf = (events: readonly CaseEvent[]): StoredFold | undefined => {
  const folded = folds.get(events);
  return folded === undefined ? undefined : { events, folded };
};
