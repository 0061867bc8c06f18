import type { AuditEntry } from '../../model/audit-entry';

/**
 * Where a backup stands against the vault it would replace (issue 29): restore shows this
 * before replacing anything and needs the analyst's explicit confirmation, naming what
 * would be lost, when the backup is older than the vault, has diverged from it, comes from
 * another vault, or the vault cannot be compared (locked).
 */
export type BackupRelation =
  | 'empty' // nothing to replace
  | 'same' // the vault's own history, to its last entry
  | 'newer' // the vault's history and more
  | 'older' // a prefix of the vault's history: the later changes would be lost
  | 'diverged' // the same vault, another history after some entry
  | 'foreign' // another vault
  | 'unknown'; // this vault holds data but is locked: nothing can be compared

/** The vault that would be replaced. */
export type CurrentVault =
  | { kind: 'empty' }
  | { kind: 'locked'; vaultId: string }
  | { kind: 'open'; vaultId: string; entries: readonly AuditEntry[]; records: number };

export type BackupComparison = {
  relation: BackupRelation;
  createdAt: string;
  sameVault: boolean | null;
  backupSeq: number;
  currentSeq: number | null;
  /** What the restore would drop: audit entries after the common history and the records
   *  they wrote (every record of this vault for a foreign backup); null when unknown. */
  lost: { entries: number; records: number } | null;
  /** The vault's master key was rotated after this backup was made: the backup holds the
   *  older key (with the passphrase of its time) and opens none of the rows written since;
   *  null when it is not this vault's backup or cannot be compared. */
  olderMasterKey: boolean | null;
  needsConfirmation: boolean;
};

/** The vault's own entry written by a master-key rotation (renderer/store/rotate-key.ts). */
export const ROTATE_KEY_MARK = { table: 'vault', recordId: 'rotate-key' } as const;

const CONFIRM: ReadonlySet<BackupRelation> = new Set(['older', 'diverged', 'foreign', 'unknown']);

/** The last seq at which both chains hold the same entry (0: none). */
const commonPrefix = (a: readonly AuditEntry[], b: readonly AuditEntry[]): number => {
  const bySeq = new Map(b.map((entry) => [entry.seq, entry.hash]));
  let common = 0;
  for (const entry of [...a].sort((x, y) => x.seq - y.seq)) {
    if (bySeq.get(entry.seq) !== entry.hash) break;
    common = entry.seq;
  }
  return common;
};

const recordsAfter = (entries: readonly AuditEntry[], seq: number): number =>
  new Set(
    entries
      .filter((entry) => entry.seq > seq && entry.table !== 'vault')
      .map((entry) => `${entry.table}\u0000${entry.recordId}`),
  ).size;

export const compareBackup = (
  backup: { createdAt: string; vaultId: string; entries: readonly AuditEntry[] },
  current: CurrentVault,
): BackupComparison => {
  const backupSeq = backup.entries.reduce((max, entry) => Math.max(max, entry.seq), 0);
  const base = { createdAt: backup.createdAt, backupSeq };
  const result = (
    relation: BackupRelation,
    rest: Pick<BackupComparison, 'sameVault' | 'currentSeq' | 'lost'> &
      Partial<Pick<BackupComparison, 'olderMasterKey'>>,
  ): BackupComparison => ({
    olderMasterKey: null,
    ...base,
    ...rest,
    relation,
    // Another vault over one without a record (just created) loses nothing to confirm.
    needsConfirmation:
      CONFIRM.has(relation) && !(relation === 'foreign' && rest.lost?.records === 0),
  });
  if (current.kind === 'empty')
    return result('empty', { sameVault: null, currentSeq: null, lost: { entries: 0, records: 0 } });
  const sameVault = current.vaultId === backup.vaultId;
  if (current.kind === 'locked')
    return result('unknown', { sameVault, currentSeq: null, lost: null });
  const currentSeq = current.entries.reduce((max, entry) => Math.max(max, entry.seq), 0);
  if (!sameVault)
    return result('foreign', {
      sameVault,
      currentSeq,
      lost: { entries: currentSeq, records: current.records },
    });
  const common = commonPrefix(backup.entries, current.entries);
  const lost = { entries: currentSeq - common, records: recordsAfter(current.entries, common) };
  const relation: BackupRelation =
    common === currentSeq
      ? backupSeq === currentSeq
        ? 'same'
        : 'newer'
      : common === backupSeq
        ? 'older'
        : 'diverged';
  const olderMasterKey = current.entries.some(
    (e) =>
      e.seq > common &&
      e.table === ROTATE_KEY_MARK.table &&
      e.recordId === ROTATE_KEY_MARK.recordId,
  );
  return result(relation, { sameVault, currentSeq, lost, olderMasterKey });
};
