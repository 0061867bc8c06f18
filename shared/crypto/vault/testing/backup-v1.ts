import { BACKUP_MAGIC, sealFile } from '../backup-format';
import { utf8 } from '../bytes';
import type { VaultHeader } from '../header';

/**
 * A backup file in format v1, as Airlock wrote them before issue 29: the row count in the
 * clear header, the body (`airlock-backup-body/1`, no count) unpadded. Tests use it to show
 * that such files still open, verify and restore.
 */
export const sealBackupV1 = (
  backupKey: CryptoKey,
  vault: VaultHeader,
  rowCount: number,
  body: Uint8Array,
  createdAt = '2026-01-05T09:00:00.000Z',
): Promise<Uint8Array> =>
  sealFile(
    backupKey,
    BACKUP_MAGIC.v1,
    { format: 'airlock-backup/1', createdAt, vault, rowCount },
    body,
  );

/** Rewrites a store backup's body in the v1 shape (no count inside) around the same tables. */
export const v1BodyOf = (tables: unknown): Uint8Array =>
  utf8(JSON.stringify({ format: 'airlock-backup-body/1', tables }));
