import { useStore } from '../../store/hooks';
import { CalendarScreen as CalendarView } from './CalendarScreen';

/** The calendar over the app's encrypted store. */
export function CalendarScreen() {
  const store = useStore();
  return <CalendarView store={{ cases: store.repos.cases, caseEvents: store.repos.caseEvents }} />;
}
