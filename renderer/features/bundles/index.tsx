import { PlaceholderScreen } from '../../app/PlaceholderScreen';

/** Placeholder: replaced when this feature lands. */
export function CaseBundlePanel(_props: { caseId: string }) {
  return <PlaceholderScreen titleKey="common.nav.cases" />;
}
/** Placeholder: replaced when this feature lands. */
export function BundleImportPanel() {
  return <PlaceholderScreen titleKey="common.nav.import" />;
}
