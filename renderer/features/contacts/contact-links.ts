// What the contact form says about each fingerprint it lists (issue 23 item 3): the key it
// links, or why none. Saving is `saveContact` (keys feature), which links them.
import type { TFunction } from 'i18next';
import { formatFingerprint } from '../../../shared/crypto/pgp';
import { nameOf, type Contact, type Language } from '../../../shared/model';
import type { KeyRecord } from '../../../shared/model/key';
import { fingerprintLinks } from '../../../shared/workflow/key-contact-link';
import { keyLabel } from '../keys';

/** One sentence per fingerprint of the contact: the key it links, or why none. */
export function fingerprintLinkLines(
  t: TFunction,
  contact: Contact,
  keys: readonly KeyRecord[],
  contacts: readonly Contact[],
  lang: Language,
): string[] {
  const keyOf = (id: string) => keys.find((k) => k.id === id);
  return fingerprintLinks(contact, keys, contacts).map((link) => {
    const fingerprint = formatFingerprint(link.fingerprint);
    switch (link.state) {
      case 'no-key':
        return t('contacts.links.noKey', { fingerprint });
      case 'own-key':
        return t('contacts.links.ownKey', { fingerprint });
      case 'ambiguous':
        return t('contacts.links.ambiguous', {
          fingerprint,
          contacts: link.others
            .map((id) => contacts.find((c) => c.id === id))
            .map((c) => (c === undefined ? '' : nameOf(c, lang)))
            .join(', '),
        });
      case 'linked': {
        const key = keyOf(link.keyId);
        return t('contacts.links.linked', {
          key: key === undefined ? link.keyId : keyLabel(key),
          fingerprint,
        });
      }
    }
  });
}
