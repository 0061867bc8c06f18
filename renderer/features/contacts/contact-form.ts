import { z } from 'zod';
import {
  contactSchema,
  CONTACT_SCHEMA_VERSION,
  isoDateSchema,
  parseProductIdentifier,
  pgpFingerprintSchema,
  reachabilityEntrySchema,
  tlpSchema,
  type Contact,
  type ContactId,
} from '../../../shared/model';
import type { FieldSpecs } from '../../app/form-errors';
import { dayInZone, startOfDayInZone } from '../../app/ui/format-date';

/**
 * The contact form: `contactSchema`'s own field schemas, with fingerprints typed one per
 * line and reachability dates as Asia/Tokyo calendar days (the record keeps instants).
 */
export const contactFormSchema = contactSchema
  .omit({
    schemaVersion: true,
    id: true,
    pgpFingerprints: true,
    reachability: true,
    notes: true,
    products: true,
    clearance: true,
  })
  .extend({
    fingerprints: z
      .string()
      .refine(
        (text) =>
          splitLines(text).every(
            (line) => pgpFingerprintSchema.safeParse(normaliseFingerprint(line)).success,
          ),
        { message: 'fingerprint' },
      ),
    reachability: z.array(reachabilityEntrySchema.omit({ at: true }).extend({ on: isoDateSchema })),
    notes: z.string(),
    /** One PURL or CPE 2.3 name per line; the message names the first bad line (1-based). */
    products: z.string().superRefine((text, ctx) => {
      const bad = text
        .split('\n')
        .findIndex((line) => line.trim() !== '' && !parseProductIdentifier(line).ok);
      if (bad >= 0) ctx.addIssue({ code: 'custom', message: `product:${String(bad + 1)}` });
    }),
    clearance: tlpSchema.nullable(),
  })
  .refine((v) => v.name.ja.trim() !== '' || v.name.en.trim() !== '', {
    path: ['name', 'en'],
    message: 'name-required',
  });
export type ContactFormValues = z.infer<typeof contactFormSchema>;

const splitLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Fingerprints are often written in groups of four or in lower case. */
export const normaliseFingerprint = (text: string): string =>
  text.replace(/\s+/g, '').toUpperCase();

export const emptyContactForm = (): ContactFormValues => ({
  name: { ja: '', en: '' },
  kind: 'developer',
  people: [],
  addresses: [],
  fingerprints: '',
  publicListingConsent: false,
  acceptsDirectReports: false,
  reachability: [],
  notes: '',
  products: '',
  clearance: null,
});

export const contactToForm = (contact: Contact): ContactFormValues => ({
  name: contact.name,
  kind: contact.kind,
  people: contact.people,
  addresses: contact.addresses,
  fingerprints: contact.pgpFingerprints.join('\n'),
  publicListingConsent: contact.publicListingConsent,
  acceptsDirectReports: contact.acceptsDirectReports,
  reachability: contact.reachability.map(({ at, ...rest }) => ({ ...rest, on: dayInZone(at) })),
  notes: contact.notes ?? '',
  products: contact.products.join('\n'),
  clearance: contact.clearance ?? null,
});

export const formToContact = (id: ContactId, values: ContactFormValues): Contact => {
  const { fingerprints, reachability, notes, products, clearance, ...rest } = values;
  return contactSchema.parse({
    ...rest,
    schemaVersion: CONTACT_SCHEMA_VERSION,
    id,
    pgpFingerprints: [...new Set(splitLines(fingerprints).map(normaliseFingerprint))],
    reachability: reachability.map(({ on, ...entry }) => ({ ...entry, at: startOfDayInZone(on) })),
    ...(notes.trim() === '' ? {} : { notes }),
    products: [...new Set(splitLines(products))],
    ...(clearance === null ? {} : { clearance }),
  });
};

/** Each value's label, for its error message (`localizedResolver`). */
export const CONTACT_FIELDS: FieldSpecs = {
  'name.ja': 'contacts.form.nameJa',
  'name.en': 'contacts.form.nameEn',
  kind: 'contacts.form.kind',
  'people.*.name': 'contacts.form.personName',
  'people.*.email': 'contacts.form.personEmail',
  'people.*.phone': 'contacts.form.personPhone',
  'people.*.role': 'contacts.form.personRole',
  'addresses.*.kind': 'contacts.form.addressKind',
  'addresses.*.value': 'contacts.form.addressValue',
  'addresses.*.label': 'contacts.form.addressLabel',
  fingerprints: { label: 'contacts.form.fingerprints', hint: 'contacts.errors.fingerprint' },
  'reachability.*.on': 'contacts.form.reachOn',
  'reachability.*.channel': 'contacts.form.reachChannel',
  'reachability.*.outcome': 'contacts.form.reachOutcome',
  'reachability.*.note': 'contacts.form.reachNote',
  notes: 'contacts.form.notes',
  // `product:<line>`: the editor names the line itself.
  products: { label: 'contacts.form.products', keepCustom: true },
  clearance: 'contacts.form.clearance',
};
