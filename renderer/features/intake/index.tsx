import { useStore } from '../../store/hooks';
import { IntakeScreen as IntakeView } from './IntakeScreen';

/** The intake wizard over the app's encrypted store. */
export function IntakeScreen() {
  return <IntakeView store={useStore()} />;
}
