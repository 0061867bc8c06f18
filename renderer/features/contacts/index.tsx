import { PlaceholderScreen } from '../../app/PlaceholderScreen';

/** Placeholder: replaced when this feature lands. */
export function ContactsScreen() {
  return <PlaceholderScreen titleKey="common.nav.contacts" />;
}
