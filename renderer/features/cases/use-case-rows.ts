import { useMemo } from 'react';
import { caseViewsOf, useCaseViews, useViewNow, type CaseViewStore } from '../../store/case-views';
import { toRow, type CaseRow } from './case-list-model';

/** "Now" for deadline states: the minute every screen reads the case views at. */
export const useNow = (): string => useViewNow();

/** Every case as a list row, from the case views (folded once per change of a case). */
export const useCaseRows = (now: string): readonly CaseRow[] => {
  const views = useCaseViews(now);
  return useMemo(() => views.map(toRow), [views]);
};

/** The list's rows read straight from a store (what `useCaseRows` shows). */
export const caseRowsOf = (store: CaseViewStore, now: string): CaseRow[] =>
  caseViewsOf(store, now).map(toRow);
