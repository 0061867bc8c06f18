import { z } from 'zod';
import { isoInstantSchema, pgpFingerprintSchema } from './common';
import { bundleIdSchema } from './ids';
import { versionedParser } from './versioned';

/** A bundle seen by import: a bundle id already in the ledger is a replay (ARCHITECTURE.md §6). */
export const BUNDLE_LEDGER_ENTRY_SCHEMA_VERSION = 1;

export const bundleLedgerEntrySchema = z.object({
  schemaVersion: z.literal(BUNDLE_LEDGER_ENTRY_SCHEMA_VERSION),
  bundleId: bundleIdSchema,
  senderFingerprint: pgpFingerprintSchema,
  importedAt: isoInstantSchema,
  outcome: z.enum(['imported', 'rejected']),
  /** Case references the bundle held, and why it was rejected if it was. */
  caseRefs: z.array(z.string()),
  detail: z.string(),
});
export type BundleLedgerEntry = z.infer<typeof bundleLedgerEntrySchema>;

export const parseBundleLedgerEntry = versionedParser(
  'BundleLedgerEntry',
  bundleLedgerEntrySchema,
  BUNDLE_LEDGER_ENTRY_SCHEMA_VERSION,
);
