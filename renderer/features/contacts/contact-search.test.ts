import { describe, expect, it } from 'vitest';
import { CONTACT_SCHEMA_VERSION, nameOf, newContactId, type Contact } from '../../../shared/model';
import { contactToForm, contactFormSchema, formToContact } from './contact-form';
import { searchContacts } from './contact-search';

const contact = (over: Partial<Contact>): Contact => ({
  schemaVersion: CONTACT_SCHEMA_VERSION,
  id: newContactId(),
  name: { ja: '', en: '' },
  kind: 'developer',
  people: [],
  addresses: [],
  pgpFingerprints: [],
  publicListingConsent: false,
  acceptsDirectReports: false,
  reachability: [],
  products: [],
  ...over,
});

const FPR = '0123456789ABCDEF0123456789ABCDEF01234567';
const acme = contact({
  name: { ja: 'アクメ株式会社', en: 'Acme Corp' },
  people: [{ name: 'Hanako Sato', email: 'psirt@acme.example', phone: '', role: 'PSIRT' }],
  pgpFingerprints: [FPR],
});
const shop = contact({ name: { ja: '', en: 'Example Shop' }, kind: 'site-operator' });

describe('contact search', () => {
  it('finds by name in either language, person, e-mail and spaced fingerprint', () => {
    const all = [shop, acme];
    expect(searchContacts(all, 'アクメ', 'ja')).toEqual([acme]);
    expect(searchContacts(all, 'sato', 'en')).toEqual([acme]);
    expect(searchContacts(all, 'PSIRT@ACME', 'en')).toEqual([acme]);
    expect(searchContacts(all, '0123 4567 89AB CDEF', 'en')).toEqual([acme]);
    expect(searchContacts(all, 'site-operator', 'en')).toEqual([shop]);
    expect(searchContacts(all, 'nobody', 'en')).toEqual([]);
  });

  it('lists everything sorted by the displayed name for an empty query', () => {
    expect(searchContacts([shop, acme], '', 'en').map((c) => nameOf(c, 'en'))).toEqual([
      'Acme Corp',
      'Example Shop',
    ]);
    expect(nameOf(shop, 'ja')).toBe('Example Shop');
  });
});

describe('contact form', () => {
  it('round-trips a contact and normalises typed fingerprints', () => {
    const stored = contact({
      name: { ja: 'アクメ', en: 'Acme' },
      reachability: [
        { at: '2026-04-01T15:00:00.000Z', channel: 'email', outcome: 'no-reply', note: '' },
      ],
      pgpFingerprints: [FPR],
    });
    const values = contactToForm(stored);
    expect(values.reachability[0]?.on).toBe('2026-04-02');
    expect(formToContact(stored.id, values)).toEqual(stored);
    const typed = {
      ...values,
      fingerprints: '0123 4567 89ab cdef 0123  4567 89ab cdef 0123 4567\n',
    };
    expect(contactFormSchema.safeParse(typed).success).toBe(true);
    expect(formToContact(stored.id, typed).pgpFingerprints).toEqual([FPR]);
  });

  it('rejects a fingerprint of the wrong length', () => {
    const values = contactToForm(contact({}));
    expect(contactFormSchema.safeParse({ ...values, fingerprints: 'ABCDEF' }).success).toBe(false);
  });

  it('round-trips products and clearance, and names the first bad product line', () => {
    const stored = contact({
      products: ['pkg:npm/left-pad', 'cpe:2.3:a:acme:router_os:*:*:*:*:*:*:*:*'],
      clearance: 'AMBER',
    });
    const values = contactToForm(stored);
    expect(formToContact(stored.id, values)).toEqual(stored);
    expect(formToContact(stored.id, { ...values, clearance: null }).clearance).toBeUndefined();
    const bad = contactFormSchema.safeParse({
      ...values,
      products: 'pkg:npm/left-pad\n\ncpe:2.3:a:acme',
    });
    expect(bad.success ? null : bad.error.issues[0]?.message).toBe('product:3');
  });

  it('finds a contact by one of its product identifiers', () => {
    const owner = contact({ name: { ja: '', en: 'Pad Co' }, products: ['pkg:npm/left-pad'] });
    expect(searchContacts([owner, shop], 'left-pad', 'en')).toEqual([owner]);
  });
});
