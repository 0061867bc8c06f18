import { z } from 'zod';
import { isoInstantSchema, localizedTextSchema, pgpFingerprintSchema } from './common';
import { contactIdSchema } from './ids';
import { versionedParser } from './versioned';

/** An organisation in the contacts registry (DESIGN.md §3). */
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

export const CONTACT_SCHEMA_VERSION = 1;

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
});
export type Contact = z.infer<typeof contactSchema>;

export const parseContact = versionedParser('Contact', contactSchema, CONTACT_SCHEMA_VERSION);
