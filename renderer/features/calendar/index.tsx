import { useStore } from '../../store/hooks';
import { CalendarScreen as CalendarView } from './CalendarScreen';

/** The calendar over the app's encrypted store. */
export function CalendarScreen() {
  return <CalendarView store={useStore()} />;
}
