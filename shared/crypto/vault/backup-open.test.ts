import { describe, expect, it } from 'vitest';
import { sealBackup } from './backup-format';
import { BACKUP_BODY_FORMAT, openBackup, type BackupOpenProgress } from './backup-open';
import { utf8 } from './bytes';
import { openRecord, sealRecord } from './envelope';
import { createVaultHeader } from './header';
import { fromJsonSafe, toJsonSafe } from './json-bytes';
import { deriveVaultKeys } from './subkeys';
import { sealBackupV1, v1BodyOf } from './testing/backup-v1';
import { TEST_KDF } from './testing/test-kdf';

const PASSPHRASE = 'correct horse battery';

/** A backup file as the store writes one: rows sealed under the record key, bytes as $b64. */
const backupWith = async (body: (rows: Record<string, unknown[]>) => unknown) => {
  const { header, master } = await createVaultHeader(PASSPHRASE, { override: TEST_KDF });
  const keys = await deriveVaultKeys(master, header.vaultId);
  const caseRow = { ...(await sealRecord(keys.record, 'cases', 'c1', { title: 'x' })), id: 'c1' };
  const audit = await Promise.all(
    [2, 1].map(async (id) => ({ ...(await sealRecord(keys.record, 'audit', id, [])), id })),
  );
  const rows = { cases: [caseRow], audit };
  const json = JSON.stringify(toJsonSafe(body(rows)));
  return sealBackup(keys.backup, header, utf8(json));
};

const rowsIn = (tables: Record<string, unknown[]>) =>
  Object.values(tables).reduce((sum, rows) => sum + rows.length, 0);
const storeBody = (tables: Record<string, unknown[]>) => ({
  format: BACKUP_BODY_FORMAT,
  rowCount: rowsIn(tables),
  tables,
});

describe('openBackup', () => {
  it('opens a store backup: its rows with their bytes, the audit rows in id order', async () => {
    const file = await backupWith(storeBody);
    const progress: BackupOpenProgress[] = [];
    const opened = await openBackup(file, PASSPHRASE, (p) => progress.push(p));
    if (!opened.ok) throw new Error(opened.error.message);
    const { tables, audit, keys, header } = opened.value;
    expect(audit.map((r) => r.id)).toEqual([1, 2]);
    const [row] = tables.cases ?? [];
    expect(row).toMatchObject({ id: 'c1', kind: expect.any(String) as string });
    if (row === undefined || !('kind' in row)) throw new Error('no case row');
    expect(row.iv).toBeInstanceOf(Uint8Array);
    expect(await openRecord(keys.record, 'cases', row)).toEqual({
      ok: true,
      value: { title: 'x' },
    });
    expect(opened.value.rowCount).toBe(3);
    expect(header.format).toBe('airlock-backup/2');
    expect(progress.map((p) => p.phase)).toEqual([
      'deriving-key',
      'unwrapping',
      'decrypting',
      'decrypting',
    ]);
    expect(progress.at(-1)).toEqual({ phase: 'decrypting', done: 3, total: 3 });
  });

  it('opens a v1 file (count in the clear header) and checks the count against its rows', async () => {
    const { header, master } = await createVaultHeader(PASSPHRASE, { override: TEST_KDF });
    const keys = await deriveVaultKeys(master, header.vaultId);
    const audit = [{ ...(await sealRecord(keys.record, 'audit', 1, [])), id: 1 }];
    const body = v1BodyOf(toJsonSafe({ audit }));
    const opened = await openBackup(await sealBackupV1(keys.backup, header, 1, body), PASSPHRASE);
    expect(opened.ok && opened.value.rowCount).toBe(1);
    const miscounted = await openBackup(
      await sealBackupV1(keys.backup, header, 5, body),
      PASSPHRASE,
    );
    expect(miscounted.ok || miscounted.error.code).toBe('backup.corrupt');
    // A v2 body whose count does not match its rows is refused too.
    const v2 = await openBackup(
      await sealBackup(
        keys.backup,
        header,
        utf8(JSON.stringify(toJsonSafe({ ...storeBody({ audit }), rowCount: 2 }))),
      ),
      PASSPHRASE,
    );
    expect(v2.ok || v2.error.code).toBe('backup.corrupt');
  });

  it('refuses a wrong passphrase, a file that is not a backup, and a flipped byte by code', async () => {
    const file = await backupWith(storeBody);
    const code = async (bytes: Uint8Array, passphrase = PASSPHRASE) => {
      const r = await openBackup(bytes, passphrase);
      return r.ok ? 'opened' : r.error.code;
    };
    expect(await code(file, 'wrong')).toBe('backup.wrong-passphrase');
    expect(await code(new Uint8Array(10))).toBe('backup.malformed');
    const flipped = new Uint8Array(file);
    flipped[flipped.length - 1] = (flipped.at(-1) ?? 0) ^ 0x01;
    expect(await code(flipped)).toBe('backup.corrupt');
  });

  it('refuses a header demanding 4 GiB and t = 64 of Argon2id before deriving anything', async () => {
    const { header } = await createVaultHeader(PASSPHRASE, { override: TEST_KDF });
    const hostile = {
      ...header,
      kdf: { ...header.kdf, memoryKiB: 4 * 1024 * 1024, iterations: 64 },
    };
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
    ]);
    const file = await sealBackup(key, hostile, utf8('{}'));
    const progress: BackupOpenProgress[] = [];
    const r = await openBackup(file, PASSPHRASE, (p) => progress.push(p));
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'backup.kdf-too-costly',
        message: expect.stringContaining('4096 MiB') as unknown,
      },
    });
    // Refused from the header alone: no derivation started.
    expect(progress).toEqual([]);
    const justOver = { ...header, kdf: { ...header.kdf, iterations: 17 } };
    const second = await openBackup(await sealBackup(key, justOver, utf8('{}')), PASSPHRASE);
    expect(second.ok || second.error.code).toBe('backup.kdf-too-costly');
  });

  it('refuses an authentic body that is not the store layout', async () => {
    const corrupt = async (body: (rows: Record<string, unknown[]>) => unknown) => {
      const r = await openBackup(await backupWith(body), PASSPHRASE);
      return r.ok ? 'opened' : r.error.code;
    };
    expect(await corrupt(() => ({ format: 'other', tables: {} }))).toBe('backup.corrupt');
    expect(await corrupt((rows) => storeBody({ ...rows, audit: [{ id: 'a' }] }))).toBe(
      'backup.corrupt',
    );
    expect(await corrupt((rows) => storeBody({ ...rows, cases: [{ id: 1 }] }))).toBe(
      'backup.corrupt',
    );
    expect(await corrupt(() => storeBody({}))).toBe('opened');
  });
});

describe('toJsonSafe / fromJsonSafe', () => {
  it('carries bytes anywhere in a value as $b64 and back; bad base64 reads as undefined', () => {
    const value = { a: [new Uint8Array([1, 2, 255])], b: { c: 'text', d: 3, e: null } };
    const json = JSON.parse(JSON.stringify(toJsonSafe(value))) as unknown;
    expect(json).toEqual({ a: [{ $b64: 'AQL/' }], b: { c: 'text', d: 3, e: null } });
    expect(fromJsonSafe(json)).toEqual(value);
    expect(fromJsonSafe({ x: { $b64: '***' } })).toEqual({ x: undefined });
  });
});
