import { useMemo } from 'react';
import { calendarEntries, type CalendarEntry } from '../../../shared/workflow/calendar-entries';
import { computeDeadlines } from '../../../shared/workflow/deadlines';
import { getPolicyProfile } from '../../../shared/workflow/policy-profiles';
import { foldEvents } from '../../../shared/workflow/timeline';
import { useRepoVersion, type StorePort } from '../../store/port';

/** What the calendar reads: the cases and their events (the engine folds and dates them). */
export type CalendarStore = StorePort<'cases' | 'caseEvents'>;

/** Every open case's deadlines and agreed publication instants, on days in `timeZone`. */
export const useCalendarEntries = (
  store: CalendarStore,
  now: string,
  timeZone: string,
): readonly CalendarEntry[] => {
  const casesVersion = useRepoVersion(store.repos.cases);
  const eventsVersion = useRepoVersion(store.repos.caseEvents);
  return useMemo(() => {
    void [casesVersion, eventsVersion];
    const inputs = store.repos.cases.all().map((c) => {
      const projection = foldEvents(store.repos.caseEvents.byCase(c.id));
      return {
        projection,
        report: computeDeadlines(projection, getPolicyProfile(c.policyProfile), now),
      };
    });
    return calendarEntries(inputs, timeZone);
  }, [store, now, timeZone, casesVersion, eventsVersion]);
};
