import { useStore } from '../../store/hooks';
import { StatisticsScreen as StatisticsView } from './StatisticsScreen';

/** The statistics screen over the app's encrypted store. */
export function StatisticsScreen() {
  return <StatisticsView store={useStore()} />;
}
