import { PlaceholderScreen } from '../../app/PlaceholderScreen';

/** Placeholder: replaced when this feature lands. */
export function CasesScreen() {
  return <PlaceholderScreen titleKey="common.nav.cases" />;
}
