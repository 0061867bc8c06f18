// `manifest.json`: the first thing a partner reads after `gpg --decrypt` and `unzip`.
// It lists every other entry with its size and SHA-256, so the signature over the
// OpenPGP message covers every file through the manifest.
import { z } from 'zod';
import { isoInstantSchema, pgpFingerprintSchema, tlpSchema } from '../../model/common';
import { checkBundlePath } from './paths';

export const BUNDLE_FORMAT = 'airlock-bundle/1';
export const MANIFEST_PATH = 'manifest.json';

/** What an entry holds; record kinds map to a record schema in `records.ts`. */
export const bundleFileKindSchema = z.enum([
  'case',
  'events',
  'involvements',
  'vulnerabilities',
  'report',
  'messages',
  'advisory-drafts',
  'contacts',
  'attachments',
  'attachment-blob',
]);
export type BundleFileKind = z.infer<typeof bundleFileKindSchema>;

const bundlePathSchema = z.string().superRefine((path, ctx) => {
  const verdict = checkBundlePath(path);
  if (!verdict.ok) ctx.addIssue({ code: 'custom', message: verdict.reason });
  if (path === MANIFEST_PATH) ctx.addIssue({ code: 'custom', message: 'manifest lists itself' });
});

export const manifestFileSchema = z.strictObject({
  path: bundlePathSchema,
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  kind: bundleFileKindSchema,
  caseId: z.uuid().optional(),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

export const bundleViewSchema = z.enum(['full', 'vendor']);
export type BundleView = z.infer<typeof bundleViewSchema>;

export const manifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  bundleId: z.uuid(),
  createdAt: isoInstantSchema,
  generator: z.string().max(100).optional(),
  sender: z.strictObject({ fingerprint: pgpFingerprintSchema }),
  recipients: z
    .array(z.strictObject({ fingerprint: pgpFingerprintSchema }))
    .min(1)
    .max(100),
  tlp: tlpSchema,
  view: bundleViewSchema,
  cases: z
    .array(z.strictObject({ id: z.uuid(), ref: z.string().min(1).max(64) }))
    .min(1)
    .max(1000),
  files: z.array(manifestFileSchema).max(100_000),
});
export type BundleManifest = z.infer<typeof manifestSchema>;

/** Reads the `format` field alone, so a future version gets its own error, not a schema dump. */
export function manifestFormatOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const format = (value as Record<string, unknown>).format;
  return typeof format === 'string' ? format : undefined;
}
