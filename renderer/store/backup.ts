import { z } from 'zod';
import {
  deriveVaultKeys,
  envelopeSchema,
  fromUtf8,
  openBackupBody,
  parseBackup,
  sealBackup,
  unwrapMaster,
  utf8,
  vaultFail,
  vaultOk,
} from '../../shared/crypto/vault';
import { checkIntegrity } from './audit-anchor';
import { aesGcmCipher, plaintextControlCipher } from './cipher';
import { setStatus, type Session, type StoreContext } from './context';
import { ALL_TABLES } from './db';
import { dropAll, loadAll } from './load';
import { fromJsonSafe, readAllRows, toJsonSafe } from './rows-codec';
import type { LoadIssue, OnProgress, RecordMap, StoreResult } from './types';
import { readHeader } from './vault-ops';

const DATA_TABLES = ALL_TABLES.filter((table) => table !== 'meta');

const chunkRowSchema = z.object({
  aid: z.string().min(1),
  idx: z.number().int().nonnegative(),
  iv: z.instanceof(Uint8Array),
  ct: z.instanceof(Uint8Array),
});
const recordRowSchema = envelopeSchema.extend({ id: z.string().min(1), bi: z.string().optional() });
const auditRowSchema = envelopeSchema.extend({ id: z.number().int().positive() });
const bodySchema = z.object({
  format: z.literal('airlock-backup-body/1'),
  tables: z.record(z.string(), z.array(z.unknown())),
});

const rowSchemaFor = (table: string) =>
  table === 'attachmentChunks'
    ? chunkRowSchema
    : table === 'audit'
      ? auditRowSchema
      : recordRowSchema;

/** The whole store as one encrypted file (rows stay encrypted inside; the body is sealed again). */
export const backupStore = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  onProgress: OnProgress = () => undefined,
): Promise<StoreResult<Uint8Array>> => {
  const session = ctx.session;
  if (session === null) return vaultFail('vault.locked', 'Unlock the vault to make a backup.');
  const header = await readHeader(ctx);
  if (header === null || !header.ok)
    return vaultFail('vault.bad-header', 'The vault header is unreadable.');
  onProgress({ phase: 'reading' });
  const all = await readAllRows(ctx.db);
  const tables = Object.fromEntries(DATA_TABLES.map((t) => [t, (all[t] ?? []).map(toJsonSafe)]));
  const rowCount = Object.values(tables).reduce((sum, rows) => sum + rows.length, 0);
  onProgress({ phase: 'encrypting', done: 0, total: rowCount });
  const body = utf8(JSON.stringify({ format: 'airlock-backup-body/1', tables }));
  const file = await sealBackup(session.keys.backup, header.value, rowCount, body);
  onProgress({ phase: 'encrypting', done: rowCount, total: rowCount });
  return vaultOk(file);
};

const isStoreEmpty = async <M extends RecordMap>(ctx: StoreContext<M>): Promise<boolean> => {
  const counts = await Promise.all(ALL_TABLES.map((table) => ctx.db.table(table).count()));
  return counts.every((count) => count === 0);
};

export type RestoreOptions = { replaceExisting?: boolean };

/**
 * Restores a backup made by `backupStore`. Never merges: a non-empty store is refused
 * unless `replaceExisting: true`, and then it is replaced whole, in one transaction, only
 * after the file has fully authenticated. On success the store is unlocked on the
 * restored vault (whose passphrase is the one given).
 */
export const restoreStore = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  bytes: Uint8Array,
  passphrase: string,
  options: RestoreOptions,
  onProgress: OnProgress = () => undefined,
): Promise<StoreResult<{ loadIssues: LoadIssue[] }>> => {
  const replace = options.replaceExisting === true;
  if (!replace && !(await isStoreEmpty(ctx))) {
    return vaultFail(
      'backup.store-not-empty',
      'This store holds data; restore needs { replaceExisting: true }.',
    );
  }
  const parsed = parseBackup(bytes);
  if (!parsed.ok) return parsed;
  const vault = parsed.value.header.vault;
  const master = await unwrapMaster(vault, passphrase, (phase) => onProgress({ phase }));
  if (!master.ok)
    return vaultFail('backup.wrong-passphrase', 'The passphrase does not open this backup.');
  const keys = await deriveVaultKeys(master.value, vault.vaultId);
  onProgress({ phase: 'decrypting', done: 0, total: parsed.value.header.rowCount });
  const plain = await openBackupBody(keys.backup, parsed.value);
  const corrupt = vaultFail('backup.corrupt', 'The backup file is damaged or was altered.');
  if (plain === null) return corrupt;
  let body: z.infer<typeof bodySchema>;
  try {
    body = bodySchema.parse(JSON.parse(fromUtf8(plain)));
  } catch {
    return corrupt;
  }
  const rows: Record<string, unknown[]> = {};
  for (const table of DATA_TABLES) {
    const checked = z
      .array(rowSchemaFor(table))
      .safeParse((body.tables[table] ?? []).map(fromJsonSafe));
    if (!checked.success) return corrupt;
    rows[table] = checked.data;
  }
  onProgress({ phase: 'writing' });
  try {
    await ctx.db.transaction('rw', ALL_TABLES, async () => {
      if (!replace) {
        const counts = await Promise.all(ALL_TABLES.map((t) => ctx.db.table(t).count()));
        if (counts.some((c) => c > 0)) throw new Error('store-not-empty');
      }
      for (const table of ALL_TABLES) await ctx.db.table(table).clear();
      await ctx.db.meta.put({ id: 'vault', header: vault });
      for (const table of DATA_TABLES) await ctx.db.table(table).bulkAdd(rows[table] ?? []);
    });
  } catch (error) {
    return error instanceof Error && error.message === 'store-not-empty'
      ? vaultFail('backup.store-not-empty', 'The store received data during the restore.')
      : vaultFail('store.write-failed', error instanceof Error ? error.message : String(error));
  }
  dropAll(ctx);
  setStatus(ctx, 'locked');
  const session: Session = {
    keys,
    cipher: ctx.plaintextControl ? plaintextControlCipher() : aesGcmCipher(keys.record),
    header: vault,
    epoch: ctx.epoch,
    auditHead: null,
    auditRowId: 0,
  };
  master.value.fill(0);
  ctx.session = session;
  const loadIssues = await loadAll(ctx, session, onProgress);
  // The analyst chose this older state: it becomes the mirror's reference, not a rollback.
  ctx.integrity = await checkIntegrity(ctx, session, vault, ctx.audit.all(), session.auditRowId, {
    trustRows: true,
  });
  setStatus(ctx, 'unlocked');
  return vaultOk({ loadIssues });
};
