import { PlaceholderScreen } from '../../app/PlaceholderScreen';

/** Placeholder: replaced when this feature lands. */
export function DashboardScreen() {
  return <PlaceholderScreen titleKey="common.nav.dashboard" />;
}
