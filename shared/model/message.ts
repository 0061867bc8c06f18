import { z } from 'zod';
import { isoInstantSchema, pgpFingerprintSchema } from './common';
import { attachmentIdSchema, caseIdSchema, contactIdSchema, messageIdSchema } from './ids';
import { versionedParser } from './versioned';

/**
 * A vendor message, sent or received (ARCHITECTURE.md §3, §6). The OpenPGP facts are what
 * shared/crypto/pgp reported when the message was sealed or opened; a received message
 * without signatures has an empty `signatures` list, which the UI shows as "unsigned".
 */
export const signatureFactSchema = z.object({
  status: z.enum(['valid', 'invalid', 'unknown-key', 'expired-key', 'revoked-key']),
  /** Primary fingerprint for a known key; the issuer fingerprint or 16-hex key ID otherwise. */
  fingerprint: z.string().regex(/^(?:[0-9A-F]{16}|[0-9A-F]{40}|[0-9A-F]{64})$/),
  fingerprintSource: z.enum(['primary-key', 'issuer-fingerprint', 'key-id']),
  signedAt: isoInstantSchema.nullable(),
});
export type SignatureFact = z.infer<typeof signatureFactSchema>;

export const messageShapeSchema = z.enum([
  'armored-message',
  'binary-message',
  'clearsigned',
  'detached-signature',
  'pgp-mime-encrypted',
  'pgp-mime-signed',
  'eml-inline',
]);

export const messageAttachmentSchema = z.object({
  /** The encrypted blob in the vault's attachment store. */
  attachmentId: attachmentIdSchema,
  name: z.string().min(1),
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type MessageAttachment = z.infer<typeof messageAttachmentSchema>;

export const MESSAGE_SCHEMA_VERSION = 2;

export const messageRecordSchema = z.object({
  schemaVersion: z.literal(MESSAGE_SCHEMA_VERSION),
  id: messageIdSchema,
  direction: z.enum(['out', 'in']),
  caseId: caseIdSchema,
  counterpartContactId: contactIdSchema.optional(),
  subject: z.string(),
  body: z.string(),
  language: z.enum(['ja', 'en']).optional(),
  attachments: z.array(messageAttachmentSchema),
  /** The file written to / read from removable media. */
  fileName: z.string().min(1),
  /** `out`: the format written; `in`: the shape detected. */
  format: z.union([z.enum(['asc', 'pgp-mime']), messageShapeSchema]),
  at: isoInstantSchema,
  pgp: z.object({
    encrypted: z.boolean(),
    /** Recipients' primary fingerprints (out: every vendor key and our own). */
    encryptedTo: z.array(pgpFingerprintSchema),
    /** Out: our signing key. */
    signedBy: pgpFingerprintSchema.optional(),
    signatures: z.array(signatureFactSchema),
  }),
  /** When the analyst first opened it; null for an incoming reply not yet read (unread
   *  markers). Outgoing messages are read when written. */
  readAt: isoInstantSchema.nullable(),
  /** A thread tied to one product of the vendor (a product name from the involvement);
   *  null: the vendor's main thread. */
  threadProduct: z.string().min(1).max(200).nullable(),
});
export type MessageRecord = z.infer<typeof messageRecordSchema>;

export const parseMessageRecord = versionedParser(
  'Message',
  messageRecordSchema,
  MESSAGE_SCHEMA_VERSION,
  {
    /* v1 → v2: messages stored before read tracking were already in front of the analyst,
     * so they read as read (at their own time) rather than flooding the unread counts. */
    1: (record) => ({ ...record, readAt: record.at, threadProduct: null }),
  },
);
