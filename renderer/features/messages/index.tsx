import { PlaceholderScreen } from '../../app/PlaceholderScreen';

/** Placeholder: replaced when this feature lands. */
export function CaseMessagesPanel(_props: { caseId: string }) {
  return <PlaceholderScreen titleKey="common.nav.cases" />;
}
