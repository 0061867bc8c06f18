import { useStore } from '../../store/hooks';
import { ContactsScreen as ContactsView } from './ContactsScreen';

/** The contacts registry over the app's encrypted store. */
export function ContactsScreen() {
  const store = useStore();
  return (
    <ContactsView
      store={{
        contacts: store.repos.contacts,
        involvements: store.repos.involvements,
        cases: store.repos.cases,
        putContact: (contact) => store.repos.contacts.put(contact),
      }}
    />
  );
}
