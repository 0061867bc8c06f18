import { z } from 'zod';
import { versionedParser } from './versioned';

/** Metadata of an encrypted attachment in the store; its bytes live in the store's
 *  `attachmentChunks` table, sealed in chunks of `chunkSize`. */
export const ATTACHMENT_META_SCHEMA_VERSION = 1;

export const attachmentMetaSchema = z.object({
  schemaVersion: z.literal(ATTACHMENT_META_SCHEMA_VERSION),
  id: z.uuid(),
  caseId: z.uuid().nullable(),
  name: z.string().min(1).max(500),
  mediaType: z.string().min(1).max(200),
  size: z.number().int().nonnegative(),
  chunkSize: z.number().int().positive(),
  chunkCount: z.number().int().positive(),
  /** SHA-256 (hex) of the plaintext, for bundle manifests and integrity checks. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  addedAt: z.iso.datetime(),
});
export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>;

export const parseAttachmentMeta = versionedParser(
  'AttachmentMeta',
  attachmentMetaSchema,
  ATTACHMENT_META_SCHEMA_VERSION,
);
