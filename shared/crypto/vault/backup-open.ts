// Opening a backup file with its passphrase: unwrap the master key, decrypt the body and
// parse it into the store's rows (still encrypted record by record). The one owner of the
// body's layout on the reading side, for restore (renderer/store/backup.ts) and for the
// CLI's `audit verify` (header-anchor-backup.ts).
import { z } from 'zod';
import { openBackupBody, parseBackup, type BackupHeader } from './backup-format';
import { fromUtf8 } from './bytes';
import { envelopeSchema } from './envelope';
import { failWith, ok, type CodedError, type Result } from '../../result';
import { unwrapMaster, type VaultPhase } from './header';
import { fromJsonSafe } from './json-bytes';
import { deriveVaultKeys, type VaultKeys } from './subkeys';

/** The body of a v2 file: its row count is here, under encryption, not in the clear header. */
export const BACKUP_BODY_FORMAT = 'airlock-backup-body/2';

const chunkRowSchema = z.object({
  aid: z.string().min(1),
  idx: z.number().int().nonnegative(),
  iv: z.instanceof(Uint8Array),
  ct: z.instanceof(Uint8Array),
  v: z.literal(2).optional(),
});
const recordRowSchema = envelopeSchema.extend({ id: z.string().min(1), bi: z.string().optional() });
const auditRowSchema = envelopeSchema.extend({ id: z.number().int().positive() });
const tablesSchema = z.record(z.string(), z.array(z.unknown()));
const bodyV1Schema = z.object({ format: z.literal('airlock-backup-body/1'), tables: tablesSchema });
const bodyV2Schema = z.object({
  format: z.literal(BACKUP_BODY_FORMAT),
  rowCount: z.number().int().nonnegative(),
  tables: tablesSchema,
});

export type BackupAuditRow = z.infer<typeof auditRowSchema>;
export type BackupRow =
  z.infer<typeof recordRowSchema> | BackupAuditRow | z.infer<typeof chunkRowSchema>;

const rowSchemaFor = (table: string) =>
  table === 'attachmentChunks' ? chunkRowSchema : recordRowSchema;

export type BackupOpenError = CodedError<
  'backup.malformed' | 'backup.wrong-passphrase' | 'backup.corrupt' | 'backup.kdf-too-costly'
>;

/**
 * The most Argon2id work a backup file may ask for. Its header is read before anything in
 * it is authenticated (the KDF is what authenticates it), so a crafted file could demand
 * 4 GiB and t = 64 — minutes of work and the memory of a small machine — before its tag
 * is ever checked. Every vault Airlock creates uses 64 MiB, t = 3 (DEFAULT_KDF); the cap
 * leaves room for a stronger default later and nothing for abuse.
 */
export const BACKUP_KDF_CAP = { memoryKiB: 1024 * 1024, iterations: 16, parallelism: 4 } as const;

const withinCap = (kdf: BackupHeader['vault']['kdf']): boolean =>
  kdf.memoryKiB <= BACKUP_KDF_CAP.memoryKiB &&
  kdf.iterations <= BACKUP_KDF_CAP.iterations &&
  kdf.parallelism <= BACKUP_KDF_CAP.parallelism;

export type BackupOpenProgress =
  { phase: VaultPhase } | { phase: 'decrypting'; done: number; total: number };

export type OpenedBackup = {
  header: BackupHeader;
  /** Rows of every table (from the encrypted body; a v1 file also said it in its header). */
  rowCount: number;
  /** The backed-up vault's subkeys (the passphrase is the backup's). */
  keys: VaultKeys;
  /** Each table's rows as the store wrote them, every row checked against its table's shape. */
  tables: Readonly<Record<string, readonly BackupRow[]>>;
  /** The audit table's rows, in row-id order. */
  audit: readonly BackupAuditRow[];
};

/**
 * Opens a backup made by the store: `backup.malformed` (not a backup file),
 * `backup.kdf-too-costly` (its header asks for more key derivation than BACKUP_KDF_CAP:
 * refused before deriving), `backup.wrong-passphrase`, or `backup.corrupt` (the body does not authenticate or is not
 * the store's layout). `onProgress` reports the key derivation and the decryption.
 */
export const openBackup = async (
  bytes: Uint8Array,
  passphrase: string,
  onProgress: (progress: BackupOpenProgress) => void = () => undefined,
): Promise<Result<OpenedBackup, BackupOpenError>> => {
  const parsed = parseBackup(bytes);
  if (!parsed.ok) return failWith('backup.malformed', parsed.error.message);
  const { header } = parsed.value;
  if (!withinCap(header.vault.kdf)) {
    const { memoryKiB, iterations } = header.vault.kdf;
    return failWith(
      'backup.kdf-too-costly',
      `This backup asks for ${Math.round(memoryKiB / 1024)} MiB and ${iterations} passes of key derivation, above what any Airlock vault uses: refused before deriving.`,
    );
  }
  const master = await unwrapMaster(header.vault, passphrase, (phase) => onProgress({ phase }));
  if (!master.ok)
    return failWith('backup.wrong-passphrase', 'The passphrase does not open this backup.');
  const keys = await deriveVaultKeys(master.value, header.vault.vaultId);
  master.value.fill(0);
  // A v1 file says its row count in the clear; a v2 file only once its body is open.
  const v1 = header.format === 'airlock-backup/1';
  onProgress({ phase: 'decrypting', done: 0, total: v1 ? header.rowCount : 0 });
  const plain = await openBackupBody(keys.backup, parsed.value);
  const corrupt = failWith('backup.corrupt', 'The backup file is damaged or was altered.');
  if (plain === null) return corrupt;
  let body: { tables: z.infer<typeof tablesSchema>; rowCount?: number };
  try {
    body = (v1 ? bodyV1Schema : bodyV2Schema).parse(JSON.parse(fromUtf8(plain)));
  } catch {
    return corrupt;
  }
  const rowCount = Object.values(body.tables).reduce((sum, rows) => sum + rows.length, 0);
  if ((v1 ? header.rowCount : body.rowCount) !== rowCount) return corrupt;
  const { audit: auditRows = [], ...rest } = body.tables;
  const audit = z.array(auditRowSchema).safeParse(auditRows.map(fromJsonSafe));
  if (!audit.success) return corrupt;
  const tables: Record<string, BackupRow[]> = { audit: audit.data };
  for (const [table, rows] of Object.entries(rest)) {
    const checked = z.array(rowSchemaFor(table)).safeParse(rows.map(fromJsonSafe));
    if (!checked.success) return corrupt;
    tables[table] = checked.data;
  }
  onProgress({ phase: 'decrypting', done: rowCount, total: rowCount });
  return ok({
    header,
    rowCount,
    keys,
    tables,
    audit: audit.data.toSorted((a, b) => a.id - b.id),
  });
};
