import { useStore } from '../../store/hooks';
import { IntakeScreen as IntakeView } from './IntakeScreen';

/** The intake wizard over the app's encrypted store. */
export function IntakeScreen() {
  const store = useStore();
  return (
    <IntakeView
      store={{
        cases: store.repos.cases,
        settings: store.repos.settings,
        transact: (work) => store.transact(work),
      }}
    />
  );
}
