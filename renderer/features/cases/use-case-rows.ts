import { useMemo, useState } from 'react';
import type { Case } from '../../../shared/model';
import { projectionFromRecords } from '../../../shared/workflow/case-records';
import { computeDeadlines, type DeadlineReport } from '../../../shared/workflow/deadlines';
import { getPolicyProfile } from '../../../shared/workflow/policy-profiles';
import type { CaseProjection } from '../../../shared/workflow/projection';
import { hasCreationEvent } from '../../../shared/workflow/timeline';
import { toRow, type CaseRow } from './case-list-model';
import { ProjectionCache } from './case-projection';
import { useStore } from '../../store/hooks';
import { useRepoVersion } from '../../store/port';
import type { CasesStore } from './store-port';

/** "Now" for deadline states, fixed for the life of the screen so rows stay memoised. */
export const useNow = (): string => useState(() => new Date().toISOString())[0];

const caches = new WeakMap<CasesStore, ProjectionCache>();

const cacheOf = (store: CasesStore): ProjectionCache => {
  let cache = caches.get(store);
  if (cache === undefined) {
    cache = new ProjectionCache();
    caches.set(store, cache);
  }
  return cache;
};

/** The engine's projection of one case (its events folded; the stored record if it has no
 *  creation event). */
export const projectionOf = (store: CasesStore, kase: Case): CaseProjection => {
  const events = store.repos.caseEvents.byCase(kase.id);
  // Without `case.created` (a record from an older export) the stored record is the case:
  // every write refolds it (appendCaseEvents' base), so it is current.
  return hasCreationEvent(events)
    ? cacheOf(store).get(kase.id, events)
    : projectionFromRecords(kase, store.repos.involvements.byCase(kase.id));
};

export const deadlinesOf = (p: CaseProjection, now: string): DeadlineReport =>
  computeDeadlines(p, getPolicyProfile(p.case?.policyProfile ?? ''), now);

/** Every case as a list row, recomputed when cases, events or involvements change. */
export const useCaseRows = (now: string): readonly CaseRow[] => {
  const store: CasesStore = useStore();
  const v1 = useRepoVersion(store.repos.cases);
  const v2 = useRepoVersion(store.repos.caseEvents);
  const v3 = useRepoVersion(store.repos.involvements);
  return useMemo(() => {
    void [v1, v2, v3];
    return store.repos.cases.all().map((kase) => {
      const p = projectionOf(store, kase);
      const involvements =
        p.involvements.length > 0 ? p.involvements : store.repos.involvements.byCase(kase.id);
      return toRow(kase, involvements, deadlinesOf(p, now).deadlines);
    });
  }, [store, now, v1, v2, v3]);
};
