import { PlaceholderScreen } from '../../app/PlaceholderScreen';

/** Placeholder: replaced when this feature lands. */
export function IntakeScreen() {
  return <PlaceholderScreen titleKey="common.nav.intake" />;
}
