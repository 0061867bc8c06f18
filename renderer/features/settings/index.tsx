import { PlaceholderScreen } from '../../app/PlaceholderScreen';

/** Placeholder: replaced when this feature lands. */
export function SettingsScreen() {
  return <PlaceholderScreen titleKey="common.nav.settings" />;
}
