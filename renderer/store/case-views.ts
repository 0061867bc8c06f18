// The derived case view (shared/workflow/case-view.ts), kept per case for every screen:
// a case is folded once per change of its records, not once per screen and render, and its
// view is recomputed only when its records, its messages or the minute change (as Signal
// Desktop's memoised selectors). Screens read views through `useCaseViews` / `useCaseView`;
// none folds events or dates deadlines itself (a lint rule forbids it in renderer/features).
import { useMemo, useSyncExternalStore } from 'react';
import type { Case, CaseEvent, Involvement, MessageRecord } from '../../shared/model';
import {
  caseProjection,
  viewOfProjection,
  withMessages,
  type CaseView,
  type CaseViewProjection,
} from '../../shared/workflow/case-view';
import {
  carryCoordination,
  foldCoordination,
  type CoordinationFold,
} from '../../shared/workflow/coordination';
import { grow, type KnownTimeline } from '../../shared/workflow/fold-forward';
import { applyEvents, hasCreationEvent } from '../../shared/workflow/timeline';
import { useStore } from './hooks';
import { useRepoVersion, type StorePort } from './port';
import { rememberFold } from './stored-folds';

export type { CaseView } from '../../shared/workflow/case-view';

/** What a view is computed from. */
export type CaseViewStore = StorePort<'cases' | 'caseEvents' | 'involvements' | 'messages'>;

const MINUTE = 60_000;

/** "Now" to the minute: every screen asks with the same instant within a minute, so one
 *  view per case serves them all, and a deadline still turns overdue as the clock moves. */
export const viewNow = (): string =>
  new Date(Math.floor(Date.now() / MINUTE) * MINUTE).toISOString();

type Entry = {
  kase: Case;
  events: readonly CaseEvent[];
  involvements: readonly Involvement[];
  messages: readonly MessageRecord[];
  projection: CaseViewProjection;
  coordination: CoordinationFold;
  /** `events` as a grown timeline is checked against (read when the case first changes). */
  timeline: KnownTimeline | null;
  /** Whether `projection` is the fold of `events` (they hold `case.created`). */
  fromEvents: boolean;
  view: CaseView | null;
};

/** Same records in the same order. The store keeps a record's object until it is replaced,
 *  and regroups every case's list on any commit: identity of the elements is the version. */
const same = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

class CaseViewCache {
  private readonly entries = new Map<string, Entry>();

  /** `remember`: the case is open on a screen, so its fold is offered to the write path
   *  (`rememberFold`); the list's views of every case are not (at 100k cases that would be
   *  100k entries, about 4 MiB, for cases nobody is about to change). */
  view(store: CaseViewStore, kase: Case, now: string, remember = false): CaseView {
    const { repos } = store;
    const events = repos.caseEvents.byCase(kase.id);
    const involvements = repos.involvements.byCase(kase.id);
    const messages = repos.messages.byCase(kase.id);
    let entry = this.entries.get(kase.id);
    if (
      entry === undefined ||
      entry.kase !== kase ||
      !same(entry.events, events) ||
      !same(entry.involvements, involvements)
    ) {
      // A commit that only appended events carries the last folds on (a 20,000-event case is
      // not folded again from its start); a case with `case.created` folds from its events
      // alone, so its rewritten Case and involvement records change nothing here.
      const grown =
        entry !== undefined && entry.fromEvents
          ? grow(entry.timeline ?? entry.events, events)
          : null;
      entry = {
        kase,
        events,
        involvements,
        messages,
        projection:
          entry !== undefined && grown !== null
            ? (applyEvents(entry.projection, grown.added) as CaseViewProjection)
            : caseProjection({ kase, involvements, events }),
        coordination:
          (entry !== undefined && grown !== null
            ? carryCoordination(entry.coordination, grown.added)
            : null) ?? foldCoordination(events),
        timeline: grown?.known ?? null,
        fromEvents: grown !== null || hasCreationEvent(events),
        view: null,
      };
      this.entries.set(kase.id, entry);
    } else {
      // Unchanged: keep the new lists so the next comparison is by reference.
      entry.events = events;
      entry.involvements = involvements;
    }
    if (remember && entry.fromEvents) rememberFold(events, entry.projection);
    if (entry.view !== null && entry.view.now === now) {
      if (same(entry.messages, messages)) return entry.view;
      // Only the unread count moved: deadlines and vendor rows keep their objects, so a
      // screen memoised on them does not re-render when a reply is opened.
      entry.messages = messages;
      entry.view = withMessages(entry.view, messages);
      return entry.view;
    }
    entry.messages = messages;
    entry.view = viewOfProjection(entry.projection, messages, now, entry.coordination);
    return entry.view;
  }

  /** Forgets cases that are no longer in the store. */
  prune(ids: ReadonlySet<string>): void {
    for (const id of this.entries.keys()) if (!ids.has(id)) this.entries.delete(id);
  }
}

const caches = new WeakMap<object, CaseViewCache>();

const cacheOf = (store: CaseViewStore): CaseViewCache => {
  // Keyed by the cases repository: one cache per opened store, whatever port it is seen by.
  const key = store.repos.cases;
  let cache = caches.get(key);
  if (cache === undefined) {
    cache = new CaseViewCache();
    caches.set(key, cache);
  }
  return cache;
};

/** The view of one case at `now`, or undefined when the store has no such case. */
export const caseViewOf = (
  store: CaseViewStore,
  caseId: string,
  now: string,
): CaseView | undefined => {
  const kase = store.repos.cases.get(caseId);
  return kase === undefined ? undefined : cacheOf(store).view(store, kase, now, true);
};

/** Every case's view at `now`, in the store's order. */
export const caseViewsOf = (store: CaseViewStore, now: string): CaseView[] => {
  const cache = cacheOf(store);
  const cases = store.repos.cases.all();
  cache.prune(new Set(cases.map((c) => c.id)));
  return cases.map((kase) => cache.view(store, kase, now));
};

/** A memo key that changes whenever anything a view is computed from commits. */
const useViewVersion = (store: CaseViewStore): string =>
  [
    useRepoVersion(store.repos.cases),
    useRepoVersion(store.repos.caseEvents),
    useRepoVersion(store.repos.involvements),
    useRepoVersion(store.repos.messages),
  ].join('.');

/** Every case's view; re-renders when a case's records change. */
export const useCaseViews = (now: string): readonly CaseView[] => {
  const store: CaseViewStore = useStore();
  const version = useViewVersion(store);
  return useMemo(() => {
    void version;
    return caseViewsOf(store, now);
  }, [store, now, version]);
};

/** One case's view (the same object until that case changes or the minute turns). */
export const useCaseView = (caseId: string, now: string): CaseView | undefined => {
  const store: CaseViewStore = useStore();
  const version = useViewVersion(store);
  return useMemo(() => {
    void version;
    return caseViewOf(store, caseId, now);
  }, [store, caseId, now, version]);
};

const subscribeMinute = (listener: () => void): (() => void) => {
  const timer = setInterval(listener, MINUTE / 4);
  return () => clearInterval(timer);
};

/** `viewNow()`, re-rendering when the minute turns (a screen left open stays current). */
export const useViewNow = (): string => useSyncExternalStore(subscribeMinute, viewNow);
