// What a write that links keys says: each key linked or left unlinked, and the stored
// messages that moved into their vendor's thread. One wording for the keyring's import and
// its "Link to contact".
import type { TFunction } from 'i18next';
import { nameOf, type Contact, type Language } from '../../../shared/model';
import type { KeyRecord } from '../../../shared/model/key';
import type { LinkReport } from './key-links';
import { keyLabel } from './keyring-model';

export function linkReportLines(
  t: TFunction,
  report: LinkReport,
  keys: readonly KeyRecord[],
  contacts: readonly Contact[],
  lang: Language,
): string[] {
  const keyName = (id: string) => {
    const key = keys.find((k) => k.id === id);
    return key === undefined ? id : keyLabel(key);
  };
  const contactName = (id: string) => {
    const contact = contacts.find((c) => c.id === id);
    return contact === undefined ? id : nameOf(contact, lang);
  };
  const lines = [
    ...report.changes.flatMap((c) =>
      c.to === null
        ? []
        : [t('keys.import.linked', { key: keyName(c.keyId), contact: contactName(c.to) })],
    ),
    ...report.ambiguous.map((a) =>
      t('keys.import.ambiguous', {
        key: keyName(a.keyId),
        contacts: a.contactIds.map(contactName).join(', '),
      }),
    ),
  ];
  if (report.attributed.length > 0) {
    lines.push(t('keys.import.attributed', { count: report.attributed.length }));
  }
  if (report.statusRefused.length > 0) {
    lines.push(
      t('keys.import.statusRefused', {
        count: report.statusRefused.length,
        reasons: [...new Set(report.statusRefused.map((r) => r.message))].join('; '),
      }),
    );
  }
  return lines;
}
