import { useStore } from '../../store/hooks';
import { DashboardScreen as DashboardView } from './DashboardScreen';

/** The dashboard over the app's encrypted store. */
export function DashboardScreen() {
  return <DashboardView store={useStore()} />;
}
