import { useMemo, useSyncExternalStore } from 'react';
import type { Case, CaseEvent } from '../../../shared/model';
import { calendarEntries, type CalendarEntry } from '../../../shared/workflow/calendar-entries';
import { computeDeadlines } from '../../../shared/workflow/deadlines';
import { getPolicyProfile } from '../../../shared/workflow/policy-profiles';
import { foldEvents } from '../../../shared/workflow/timeline';
import type { Repository } from '../../store/repository';

type Readable<T> = Pick<Repository<T>, 'all' | 'byCase' | 'subscribe' | 'version'>;

/** What the calendar reads: the cases and their events (the engine folds and dates them). */
export type CalendarStore = { cases: Readable<Case>; caseEvents: Readable<CaseEvent> };

/** Every open case's deadlines and agreed publication instants, on days in `timeZone`. */
export const useCalendarEntries = (
  store: CalendarStore,
  now: string,
  timeZone: string,
): readonly CalendarEntry[] => {
  const casesVersion = useSyncExternalStore(store.cases.subscribe, store.cases.version);
  const eventsVersion = useSyncExternalStore(store.caseEvents.subscribe, store.caseEvents.version);
  return useMemo(() => {
    void [casesVersion, eventsVersion];
    const inputs = store.cases.all().map((c) => {
      const projection = foldEvents(store.caseEvents.byCase(c.id));
      return {
        projection,
        report: computeDeadlines(projection, getPolicyProfile(c.policyProfile), now),
      };
    });
    return calendarEntries(inputs, timeZone);
  }, [store, now, timeZone, casesVersion, eventsVersion]);
};
