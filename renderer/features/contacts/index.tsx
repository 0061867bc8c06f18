import { useStore } from '../../store/hooks';
import { ContactsScreen as ContactsView } from './ContactsScreen';

/** The contacts registry over the app's encrypted store. */
export function ContactsScreen() {
  return <ContactsView store={useStore()} />;
}
