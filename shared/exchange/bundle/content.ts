// What a bundle carries: per case, the case document of shared/model (the same unit the
// CLI reads and writes) plus attachment blobs described by small metadata records.
import { z } from 'zod';
import type { CaseDocument } from '../../model/case-document';
import { attachmentIdSchema, caseIdSchema } from '../../model/ids';
import { versionedParser } from '../../model/versioned';

export const BUNDLE_ATTACHMENT_SCHEMA_VERSION = 1;

/** Describes one attachment blob; the blob itself is a separate entry of the ZIP. */
export const bundleAttachmentSchema = z.object({
  schemaVersion: z.literal(BUNDLE_ATTACHMENT_SCHEMA_VERSION),
  id: attachmentIdSchema,
  caseId: caseIdSchema,
  /** The original file name, for display and for saving; never used as a path. */
  name: z.string().min(1).max(255),
  mediaType: z.string().max(255),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BundleAttachmentMeta = z.infer<typeof bundleAttachmentSchema>;

export const parseBundleAttachment = versionedParser(
  'BundleAttachment',
  bundleAttachmentSchema,
  BUNDLE_ATTACHMENT_SCHEMA_VERSION,
);

/**
 * An attachment's bytes read only while the ZIP is written (the CLI's attachment file), so
 * a 100 MB file is never held whole. Its stream must yield exactly `meta.size` bytes (the
 * writer errors otherwise) hashing to `meta.sha256` (which its maker checks as they pass).
 */
export type AttachmentSource = { stream(): ReadableStream<Uint8Array> };

/** What an outgoing attachment may carry: its bytes, or a source of them. */
export type AttachmentData = Uint8Array | AttachmentSource;

export type BundleAttachment<D extends AttachmentData = Uint8Array> = {
  meta: BundleAttachmentMeta;
  data: D;
};

/** One case as it goes into, or comes out of, a bundle. */
export type BundleCase<D extends AttachmentData = Uint8Array> = {
  document: CaseDocument;
  attachments: BundleAttachment<D>[];
};
