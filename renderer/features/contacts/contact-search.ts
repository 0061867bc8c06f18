import { nameOf, type Contact } from '../../../shared/model';

/** Case- and width-insensitive text of everything a user may search a contact by. */
const haystack = (contact: Contact): string =>
  [
    contact.name.ja,
    contact.name.en,
    contact.kind,
    contact.notes ?? '',
    ...contact.people.flatMap((p) => [p.name, p.email, p.phone, p.role]),
    ...contact.addresses.map((a) => a.value),
    ...contact.pgpFingerprints,
    ...contact.products,
  ]
    .join('\n')
    .normalize('NFKC')
    .toLowerCase();

/** Contacts matching every word of the query (fingerprints also match without spaces), sorted by name. */
export function searchContacts(
  contacts: readonly Contact[],
  query: string,
  lang: 'en' | 'ja',
): Contact[] {
  const words = query
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  const compact = query.replace(/\s+/g, '').toLowerCase();
  const matches = contacts.filter((contact) => {
    const text = haystack(contact);
    return (
      words.every((word) => text.includes(word)) ||
      (compact.length >= 8 &&
        contact.pgpFingerprints.some((f) => f.toLowerCase().includes(compact)))
    );
  });
  return matches.sort((a, b) => nameOf(a, lang).localeCompare(nameOf(b, lang), lang));
}
