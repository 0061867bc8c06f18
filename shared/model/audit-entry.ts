import { z } from 'zod';
import { isoInstantSchema } from './common';
import { formatIssues, versionedParser, type RecordParser } from './versioned';

/**
 * One change to the store, hash-chained (ARCHITECTURE.md §3): `hash` is SHA-256 over the
 * canonical JSON of the entry without `hash`, and `prevHash` is the previous entry's hash
 * (GENESIS_HASH for the first), so deleting or editing an entry breaks the chain.
 *
 * v2 (issue 29): a `put` of a record row also carries `digest`, the SHA-256 of the row's
 * ciphertext (`recordDigest` in shared/crypto/vault/record-digests.ts), and `ev`, the
 * envelope version it was sealed in, so Verify can tell a record rolled back to an older
 * ciphertext, or deleted, under a kept audit log. A v1 entry has neither.
 */
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, {
  message: 'expected a lower-case hex SHA-256',
});
export const GENESIS_HASH = '0'.repeat(64);

export const AUDIT_ENTRY_SCHEMA_VERSION = 2;

const entryFields = {
  seq: z.number().int().nonnegative(),
  at: isoInstantSchema,
  table: z.string().min(1).max(64),
  recordId: z.string().min(1).max(200),
  op: z.enum(['put', 'delete']),
  prevHash: sha256HexSchema,
  hash: sha256HexSchema,
};

const auditEntryV1Schema = z.object({ schemaVersion: z.literal(1), ...entryFields });
const auditEntryV2Schema = z.object({
  schemaVersion: z.literal(2),
  ...entryFields,
  digest: sha256HexSchema.optional(),
  ev: z.number().int().positive().optional(),
  /** The vault's own `vault/restore` entry: the backup's last audit sequence. */
  restoredFromSeq: z.number().int().nonnegative().optional(),
  /** Also on `vault/restore`: the anchor mirror (outside IndexedDB) as it stood before the
   *  restore. A crash after the restore committed, before the mirror was reset, leaves that
   *  older lineage's mirror behind; it is recognised by this value, not taken for a rollback. */
  // `seq` only for a v1 mirror (its sequence was in the clear); a v2 mirror is named by its
  // ciphertext alone, which the restore cannot open (it may run over a locked vault).
  supersededMirror: z
    .object({ seq: z.number().int().nonnegative().optional(), tag: z.string() })
    .optional(),
});

export const auditEntrySchema = z.discriminatedUnion('schemaVersion', [
  auditEntryV1Schema,
  auditEntryV2Schema,
]);
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditEntryV2 = z.infer<typeof auditEntryV2Schema>;

// The v1 → v2 step adds nothing (a v1 entry has no digest to give). It is never applied to a
// chained entry: the chain hashes each entry as it was written, so a v1 entry is read in its
// own v1 shape (below) and stays verifiable; new entries are written as v2 ("upgraded on
// the next write").
const migrations = { 1: (record: Record<string, unknown>) => record };
const current = versionedParser(
  'AuditEntry',
  auditEntryV2Schema,
  AUDIT_ENTRY_SCHEMA_VERSION,
  migrations,
);

const readEntry = (input: unknown) => {
  const version =
    typeof input === 'object' && input !== null
      ? ((input as { schemaVersion?: unknown }).schemaVersion ?? 1)
      : undefined;
  if (version !== 1) return current(input);
  const parsed = auditEntryV1Schema.safeParse(input);
  return parsed.success
    ? ({ ok: true, value: parsed.data } as const)
    : ({
        ok: false,
        error: {
          code: 'invalid-record',
          message: 'AuditEntry: invalid record',
          issues: formatIssues(parsed.error),
        },
      } as const);
};

export const parseAuditEntry: RecordParser<AuditEntry> = Object.assign(readEntry, {
  recordName: current.recordName,
  schema: auditEntrySchema,
  version: AUDIT_ENTRY_SCHEMA_VERSION,
  migrations,
});
