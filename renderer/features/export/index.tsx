import { PlaceholderScreen } from '../../app/PlaceholderScreen';

/** Placeholder: replaced when this feature lands. */
export function ExportScreen() {
  return <PlaceholderScreen titleKey="common.nav.export" />;
}
