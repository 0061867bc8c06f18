import { z } from 'zod';
import { isoInstantSchema } from './common';
import { versionedParser } from './versioned';

/**
 * One change to the store, hash-chained (ARCHITECTURE.md §3): `hash` is SHA-256 over the
 * canonical JSON of the entry without `hash`, and `prevHash` is the previous entry's hash
 * (GENESIS_HASH for the first), so deleting or editing an entry breaks the chain.
 */
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, {
  message: 'expected a lower-case hex SHA-256',
});
export const GENESIS_HASH = '0'.repeat(64);

export const AUDIT_ENTRY_SCHEMA_VERSION = 1;

export const auditEntrySchema = z.object({
  schemaVersion: z.literal(AUDIT_ENTRY_SCHEMA_VERSION),
  seq: z.number().int().nonnegative(),
  at: isoInstantSchema,
  table: z.string().min(1).max(64),
  recordId: z.string().min(1).max(200),
  op: z.enum(['put', 'delete']),
  prevHash: sha256HexSchema,
  hash: sha256HexSchema,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const parseAuditEntry = versionedParser(
  'AuditEntry',
  auditEntrySchema,
  AUDIT_ENTRY_SCHEMA_VERSION,
);
