import {
  auditOfBackup,
  checkOpenedBackup,
  compareBackup,
  openBackup,
  vaultFail,
  vaultOk,
  type BackupComparison,
  type BackupOpenProgress,
  type BackupVerifyReport,
  type CurrentVault,
  type OpenedBackup,
} from '../../shared/crypto/vault';
import type { AuditEntry } from '../../shared/model/audit-entry';
import type { StoreContext } from './context';
import { ALL_TABLES, RECORD_TABLES } from './db';
import type { OnProgress, RecordMap, StoreResult } from './types';
import { readHeader } from './vault-ops';

/** A backup file checked against this store before anything is replaced (issue 29). */
export type BackupCheck = { verify: BackupVerifyReport; comparison: BackupComparison };

export const isStoreEmpty = async <M extends RecordMap>(ctx: StoreContext<M>): Promise<boolean> => {
  const counts = await Promise.all(ALL_TABLES.map((table) => ctx.db.table(table).count()));
  return counts.every((count) => count === 0);
};

/** The vault a restore would replace, as far as it can be seen now. */
export const currentVault = async <M extends RecordMap>(
  ctx: StoreContext<M>,
): Promise<CurrentVault> => {
  const header = await readHeader(ctx);
  if (header === null || (await isStoreEmpty(ctx))) return { kind: 'empty' };
  const vaultId = header.ok ? header.value.vaultId : '';
  if (ctx.session === null) return { kind: 'locked', vaultId };
  const records = RECORD_TABLES.reduce((sum, table) => sum + ctx.memory[table].size, 0);
  return { kind: 'open', vaultId, entries: ctx.audit.all(), records };
};

const progressOf =
  (onProgress: OnProgress) =>
  (p: BackupOpenProgress): void =>
    onProgress(p);

/** Opens a backup, checks its audit chain and compares it with this store. */
export const preflightBackup = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  bytes: Uint8Array,
  passphrase: string,
  onProgress: OnProgress,
): Promise<
  StoreResult<{ opened: OpenedBackup; entries: AuditEntry[]; comparison: BackupComparison }>
> => {
  const opened = await openBackup(bytes, passphrase, progressOf(onProgress));
  if (!opened.ok) return vaultFail(opened.error.code, opened.error.message);
  const { report, entries } = await auditOfBackup(opened.value);
  if (!report.ok)
    return vaultFail('backup.audit-broken', 'The backup’s audit log does not verify.');
  const comparison = compareBackup(
    {
      createdAt: opened.value.header.createdAt,
      vaultId: opened.value.header.vault.vaultId,
      entries,
    },
    await currentVault(ctx),
  );
  return vaultOk({ opened: opened.value, entries, comparison });
};

/** "Verify backup": every row, attachment and the chain, and where it stands against this
 *  store; nothing is written. */
export const checkBackup = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  bytes: Uint8Array,
  passphrase: string,
  onProgress: OnProgress = () => undefined,
): Promise<StoreResult<BackupCheck>> => {
  const opened = await openBackup(bytes, passphrase, progressOf(onProgress));
  if (!opened.ok) return vaultFail(opened.error.code, opened.error.message);
  const verify = await checkOpenedBackup(opened.value);
  const { entries } = await auditOfBackup(opened.value);
  const comparison = compareBackup(
    { createdAt: verify.createdAt, vaultId: verify.vaultId, entries },
    await currentVault(ctx),
  );
  return vaultOk({ verify, comparison });
};
