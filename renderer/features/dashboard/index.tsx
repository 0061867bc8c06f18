import { useStore } from '../../store/hooks';
import { DashboardScreen as DashboardView } from './DashboardScreen';

/** The dashboard over the app's encrypted store. */
export function DashboardScreen() {
  const store = useStore();
  return (
    <DashboardView
      store={{
        cases: store.repos.cases,
        caseEvents: store.repos.caseEvents,
        contacts: store.repos.contacts,
        settings: store.repos.settings,
      }}
    />
  );
}
