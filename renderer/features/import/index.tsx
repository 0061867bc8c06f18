import { PlaceholderScreen } from '../../app/PlaceholderScreen';

/** Placeholder: replaced when this feature lands. */
export function ImportScreen() {
  return <PlaceholderScreen titleKey="common.nav.import" />;
}
