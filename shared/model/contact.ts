import { z } from 'zod';
import {
  isoInstantSchema,
  localizedTextSchema,
  pgpFingerprintSchema,
  tlpSchema,
  type Language,
  type LocalizedText,
} from './common';
import { contactIdSchema } from './ids';
import { productIdentifierSchema } from './product-identifier';
import { versionedParser, type Migration } from './versioned';

/** An organisation in the contacts registry (ARCHITECTURE.md §3). */
export const contactKindSchema = z.enum([
  'developer',
  'site-operator',
  'finder',
  'coordinator',
  'partner',
]);
export type ContactKind = z.infer<typeof contactKindSchema>;

export const personSchema = z.object({
  name: z.string().min(1),
  email: z.string(),
  phone: z.string(),
  role: z.string(),
});
export type Person = z.infer<typeof personSchema>;

export const addressSchema = z.object({
  kind: z.enum(['email', 'postal', 'web-form', 'phone', 'other']),
  value: z.string().min(1),
  label: z.string(),
});
export type Address = z.infer<typeof addressSchema>;

/** One attempt to reach the organisation and what happened: the evidence behind
 *  "unreachable" (IPA guideline footnote 8). */
export const reachabilityEntrySchema = z.object({
  at: isoInstantSchema,
  channel: z.enum(['email', 'postal', 'web-form', 'phone', 'other']),
  outcome: z.enum(['reached', 'no-reply', 'bounced', 'wrong-contact']),
  note: z.string(),
});
export type ReachabilityEntry = z.infer<typeof reachabilityEntrySchema>;

/** v2 added `products` and `clearance`. */
export const CONTACT_SCHEMA_VERSION = 2;

/** Products a contact answers for, at most this many (a large vendor's catalogue). */
export const CONTACT_PRODUCTS_MAX = 500;

export const contactSchema = z.object({
  schemaVersion: z.literal(CONTACT_SCHEMA_VERSION),
  id: contactIdSchema,
  name: localizedTextSchema,
  kind: contactKindSchema,
  people: z.array(personSchema),
  addresses: z.array(addressSchema),
  pgpFingerprints: z.array(pgpFingerprintSchema),
  /** The developer accepts being listed publicly (IPA: "developers public list"). */
  publicListingConsent: z.boolean(),
  /** The developer accepts direct reports from finders. */
  acceptsDirectReports: z.boolean(),
  reachability: z.array(reachabilityEntrySchema),
  notes: z.string().optional(),
  /** Products the organisation is responsible for (PURL or CPE 2.3): vendor suggestions
   *  match a case's affected products against these. */
  products: z.array(productIdentifierSchema).max(CONTACT_PRODUCTS_MAX),
  /** The highest TLP this contact may receive; absent means not set (no clearance recorded). */
  clearance: tlpSchema.optional(),
});
export type Contact = z.infer<typeof contactSchema>;

const contactMigrations: Readonly<Record<number, Migration>> = {
  // v1 had no product identifiers and no clearance: none are known, clearance stays unset.
  1: (record) => ({ ...record, products: [] }),
};

export const parseContact = versionedParser(
  'Contact',
  contactSchema,
  CONTACT_SCHEMA_VERSION,
  contactMigrations,
);

/**
 * A contact's display name in `lang`, or in the other language when it has none there (the
 * contact form requires one of the two; blanks count as none). Screens, letters and reports all name a contact
 * with it, so one organisation never shows under two names in one language.
 */
export const nameOf = (contact: { readonly name: LocalizedText }, lang: Language): string => {
  const own = contact.name[lang].trim();
  return own !== '' ? own : contact.name[lang === 'ja' ? 'en' : 'ja'].trim();
};
