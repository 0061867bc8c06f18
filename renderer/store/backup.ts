import {
  BACKUP_BODY_FORMAT,
  sealBackup,
  toJsonSafe,
  utf8,
  vaultFail,
  vaultOk,
  type BackupComparison,
} from '../../shared/crypto/vault';
import { anchorChanges, anchoredHeader, checkIntegrity, storedMirror } from './audit-anchor';
import { buildAuditEntries, sealAuditRow } from './audit-log';
import { isStoreEmpty, preflightBackup } from './backup-check';
import { aesGcmCipher, plaintextControlCipher } from './cipher';
import { setStatus, type Session, type StoreContext } from './context';
import { ALL_TABLES } from './db';
import { dropAll, loadAll } from './load';
import { readAllRows } from './rows-codec';
import type { LoadIssue, OnProgress, RecordMap, StoreResult } from './types';
import { readHeader } from './vault-ops';
import { chunksOf } from './write-chunks';
import { writeError } from './write-error';
import { clearIntentInWrite, dropIntent, recordIntent } from './write-journal';

const DATA_TABLES = ALL_TABLES.filter((table) => table !== 'meta');

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
  // The row count goes inside the encrypted body (backup format v2), not in the clear header.
  const body = utf8(JSON.stringify({ format: BACKUP_BODY_FORMAT, rowCount, tables }));
  const file = await sealBackup(session.keys.backup, header.value, body);
  onProgress({ phase: 'encrypting', done: rowCount, total: rowCount });
  return vaultOk(file);
};

export type RestoreOptions = {
  replaceExisting?: boolean;
  /** The analyst confirmed what an older, diverged or foreign backup would drop. */
  acceptLoss?: boolean;
};

const lossText = (c: BackupComparison): string =>
  c.lost === null
    ? 'the vault is locked, so what would be lost cannot be shown'
    : `${c.lost.entries} audit entries and ${c.lost.records} records of this vault would be lost`;

/**
 * Restores a backup made by `backupStore`. Never merges: a non-empty store is refused
 * unless `replaceExisting: true`, and then it is replaced whole, in one transaction, only
 * after the file has fully authenticated and its audit chain verified. A backup older than
 * the vault, diverged from it or of another vault needs `acceptLoss: true`
 * (`backup.needs-confirmation` says what would be lost). The restore writes its own audit
 * entry, `vault/restore` with the backup's last sequence. On success the store is unlocked
 * on the restored vault (whose passphrase is the one given).
 */
export const restoreStore = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  bytes: Uint8Array,
  passphrase: string,
  options: RestoreOptions,
  onProgress: OnProgress = () => undefined,
): Promise<StoreResult<{ loadIssues: LoadIssue[]; restoredFromSeq: number }>> => {
  const replace = options.replaceExisting === true;
  if (!replace && !(await isStoreEmpty(ctx))) {
    return vaultFail(
      'backup.store-not-empty',
      'This store holds data; restore needs { replaceExisting: true }.',
    );
  }
  const checked = await preflightBackup(ctx, bytes, passphrase, onProgress);
  if (!checked.ok) return checked;
  const { opened, entries: backupEntries, comparison } = checked.value;
  if (comparison.needsConfirmation && options.acceptLoss !== true)
    return vaultFail(
      'backup.needs-confirmation',
      `This backup is ${comparison.relation} (sequence ${comparison.backupSeq}): ${lossText(comparison)}.`,
    );
  const { keys, tables: rows } = opened;
  const vault = opened.header.vault;
  const session: Session = {
    keys,
    cipher: ctx.plaintextControl ? plaintextControlCipher() : aesGcmCipher(keys.record),
    header: vault,
    epoch: ctx.epoch,
    auditHead: backupEntries.at(-1) ?? null,
    auditRowId: opened.audit.reduce((max, row) => Math.max(max, row.id), 0),
  };
  // "Restored from backup at sequence N", chained after the backup's head and anchored;
  // with the mirror it replaces, so a crash before the mirror is reset is no "rollback".
  const superseded = storedMirror(ctx);
  const restoreEntries = await buildAuditEntries(
    [
      {
        table: 'vault',
        recordId: 'restore',
        op: 'put',
        restoredFromSeq: comparison.backupSeq,
        ...(superseded === undefined ? {} : { supersededMirror: superseded }),
      },
      ...anchorChanges(vault),
    ],
    session.auditHead,
  );
  const rowId = session.auditRowId + 1;
  const auditRow = await sealAuditRow(session.cipher, rowId, restoreEntries);
  const anchored = await anchoredHeader(session, vault, restoreEntries, rowId);
  onProgress({ phase: 'writing' });
  const point = (name: string) => ctx.hooks.writePoint?.(name);
  // The journal (write-journal.ts): a restore over a vault that the app dies in the middle
  // of is said at the next unlock (the clear below removes the intent with the old rows).
  // Into an empty store there is nothing to unlock afterwards, nor anything to lose.
  try {
    // Inside the try: a disk too full for the journal row is the same refusal as one too
    // full for the rows (nothing written), not an uncaught rejection.
    if (replace) {
      const records = Object.values(rows).reduce((sum, list) => sum + list.length, 0);
      await recordIntent(ctx, ctx.session?.cipher ?? null, {
        kind: 'restore',
        records,
        startedAt: new Date().toISOString(),
      });
      point('journaled');
    }
    await ctx.db.transaction('rw', ALL_TABLES, async () => {
      if (!replace) {
        const counts = await Promise.all(ALL_TABLES.map((t) => ctx.db.table(t).count()));
        if (counts.some((c) => c > 0)) throw new Error('store-not-empty');
      }
      for (const table of ALL_TABLES) await ctx.db.table(table).clear();
      await clearIntentInWrite(ctx);
      point('cleared');
      await ctx.db.meta.put({ id: 'vault', header: anchored.header });
      point('header');
      for (const table of DATA_TABLES) {
        for (const [n, chunk] of chunksOf(rows[table] ?? []).entries()) {
          await ctx.db.table(table).bulkAdd(chunk);
          point(`${table}-${n}`);
        }
      }
      await ctx.db.audit.add(auditRow);
      point('audit');
    });
    point('committed');
  } catch (error) {
    if (replace) await dropIntent(ctx);
    if (error instanceof Error && error.message === 'store-not-empty')
      return vaultFail('backup.store-not-empty', 'The store received data during the restore.');
    const failed = writeError(error);
    return failed.code === 'store.quota-exceeded'
      ? vaultFail(
          failed.code,
          'The disk or the storage quota is full: the backup was not restored and the vault is as it was.',
        )
      : { ok: false, error: failed };
  }
  dropAll(ctx);
  ctx.interrupted = null;
  setStatus(ctx, 'locked');
  session.epoch = ctx.epoch;
  session.header = anchored.header;
  ctx.session = session;
  const loadIssues = await loadAll(ctx, session, onProgress);
  // The analyst chose this state: it becomes the mirror's reference, not a rollback.
  ctx.integrity = await checkIntegrity(
    ctx,
    session,
    anchored.header,
    ctx.audit.all(),
    session.auditRowId,
    { trustRows: true },
  );
  setStatus(ctx, 'unlocked');
  return vaultOk({ loadIssues, restoredFromSeq: comparison.backupSeq });
};
