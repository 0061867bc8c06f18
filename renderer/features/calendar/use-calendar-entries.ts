import { useMemo } from 'react';
import { calendarEntries, type CalendarEntry } from '../../../shared/workflow/calendar-entries';
import { caseViewsOf, useCaseViews, type CaseViewStore } from '../../store/case-views';

/** What the calendar reads: the case views (each case folded and dated once per change). */
export type CalendarStore = CaseViewStore;

/** Every open case's deadlines and agreed publication instants, on days in `timeZone`. */
export const useCalendarEntries = (now: string, timeZone: string): readonly CalendarEntry[] => {
  const views = useCaseViews(now);
  return useMemo(() => calendarEntries(views, timeZone), [views, timeZone]);
};

/** The calendar's entries read straight from a store (what the screen shows). */
export const calendarEntriesOf = (
  store: CaseViewStore,
  now: string,
  timeZone: string,
): CalendarEntry[] => calendarEntries(caseViewsOf(store, now), timeZone);
