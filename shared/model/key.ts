import { z } from 'zod';
import { isoInstantSchema, pgpFingerprintSchema } from './common';
import { contactIdSchema } from './ids';
import { versionedParser } from './versioned';

/**
 * An OpenPGP key in the keyring (ARCHITECTURE.md §3). The armored key is the source of truth;
 * the described fields are a cache for lists and search, refreshed by
 * `describeKey` (shared/crypto/pgp) whenever the armored key changes.
 */
export const keyRecordIdSchema = z.uuid().brand<'KeyRecordId'>();
export type KeyRecordId = z.infer<typeof keyRecordIdSchema>;
export const newKeyRecordId = (): KeyRecordId => globalThis.crypto.randomUUID() as KeyRecordId;

/** How the analyst convinced themselves the key belongs to its owner. */
export const keyVerificationSchema = z.object({
  method: z.enum(['phone', 'in-person', 'signed-by-known-key', 'published-on-website', 'other']),
  at: isoInstantSchema,
  by: z.string().min(1),
  note: z.string(),
});
export type KeyVerification = z.infer<typeof keyVerificationSchema>;

export const keyTrustSchema = z.discriminatedUnion('level', [
  z.object({ level: z.literal('unknown') }),
  z.object({ level: z.literal('verified'), verification: keyVerificationSchema }),
]);
export type KeyTrustRecord = z.infer<typeof keyTrustSchema>;

export const keySubkeySchema = z.object({
  fingerprint: pgpFingerprintSchema,
  algorithm: z.string(),
  createdAt: isoInstantSchema,
  expiresAt: isoInstantSchema.nullable(),
  revoked: z.boolean(),
});

export const KEY_SCHEMA_VERSION = 1;

export const keyRecordSchema = z.object({
  schemaVersion: z.literal(KEY_SCHEMA_VERSION),
  id: keyRecordIdSchema,
  /** `public` for vendors' keys; `secret` only for the organisation's own key(s). */
  kind: z.enum(['public', 'secret']),
  /** The armored key (a secret key stays passphrase-protected inside the vault too). */
  armored: z.string().regex(/^-----BEGIN PGP (PUBLIC|PRIVATE) KEY BLOCK-----/),
  fingerprint: pgpFingerprintSchema,
  userIds: z.array(z.string()),
  algorithm: z.string(),
  createdAt: isoInstantSchema,
  expiresAt: isoInstantSchema.nullable(),
  revoked: z.boolean(),
  subkeys: z.array(keySubkeySchema),
  /** The contact (organisation) this key belongs to; absent for the own key. */
  ownerContactId: contactIdSchema.optional(),
  trust: keyTrustSchema,
  importedAt: isoInstantSchema,
});
export type KeyRecord = z.infer<typeof keyRecordSchema>;

export const parseKeyRecord = versionedParser('Key', keyRecordSchema, KEY_SCHEMA_VERSION);
