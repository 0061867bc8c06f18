import { PlaceholderScreen } from '../../app/PlaceholderScreen';

/** Placeholder: replaced when this feature lands. */
export function KeysScreen() {
  return <PlaceholderScreen titleKey="common.nav.keys" />;
}
