// `airlock backup verify <backup file> --passphrase-file F`: decrypts a backup and checks
// every row, every attachment and the audit chain without restoring it (issue 29). The
// JSON printed here is a contract, like the other command groups'.
import {
  auditOfBackup,
  compareBackup,
  openBackup,
  verifyBackup,
  type BackupComparison,
} from '../../shared/crypto/vault';
import { readBackupArgs, type BackupFileArg } from '../backup-args';
import { CliError, printJson, runVerbs } from '../output';

const help = `airlock backup <verb> [options]

  verify <backup file> --passphrase-file <file>
         [--against <newer backup> [--against-passphrase-file <file>]]
      Decrypts the backup (the vault passphrase at the time of the backup), decrypts and
      validates every record row with its record's schema, opens every attachment's chunks
      and compares its SHA-256, walks the audit chain, compares its head with the one sealed
      in the vault header and checks every record against the entry that last wrote it.
      Nothing is written. Prints {"ok":true,"createdAt","vaultId","rows","entries",
      "head":{"seq","hash"}}. The CLI has no access to a live vault: --against takes a
      backup of the vault as it is now (passphrase file defaults to --passphrase-file) and
      adds "comparison":{"relation","sameVault","backupSeq","currentSeq","olderMasterKey"};
      a backup made before a master-key rotation adds "warning":{"code":
      "backup.older-master-key","message"} (still exit 0: the file itself is sound).

Failure: exit 1 and {"ok":false,"error":{"code","message"}}. Codes: backup.damaged (with
"problems":[{"table","id","problem"}], problem "unreadable", "invalid" or
"attachment-corrupt"), backup.audit-broken (with "chain", "anchor" and "records" as
'airlock audit verify' reports them), backup.kdf-too-costly (the header asks for more
Argon2id work than any Airlock vault uses: refused before deriving), backup.malformed,
backup.wrong-passphrase, backup.corrupt, usage, file-unreadable.`;

/** Where the backup stands against a backup of the vault as it is now. */
const compareAgainst = async (
  backup: BackupFileArg,
  against: BackupFileArg,
): Promise<BackupComparison> => {
  const [mine, now] = await Promise.all([
    openBackup(backup.bytes, backup.passphrase),
    openBackup(against.bytes, against.passphrase),
  ]);
  if (!now.ok) throw new CliError(now.error.code, `--against: ${now.error.message}`);
  if (!mine.ok) throw new CliError(mine.error.code, mine.error.message);
  const [{ entries }, { entries: current }] = await Promise.all([
    auditOfBackup(mine.value),
    auditOfBackup(now.value),
  ]);
  const records = Object.entries(now.value.tables)
    .filter(([table]) => table !== 'audit' && table !== 'attachmentChunks')
    .reduce((sum, [, rows]) => sum + rows.length, 0);
  return compareBackup(
    { createdAt: mine.value.header.createdAt, vaultId: mine.value.header.vault.vaultId, entries },
    { kind: 'open', vaultId: now.value.header.vault.vaultId, entries: current, records },
  );
};

const comparisonJson = (c: BackupComparison) => ({
  comparison: {
    relation: c.relation,
    sameVault: c.sameVault,
    backupSeq: c.backupSeq,
    currentSeq: c.currentSeq,
    olderMasterKey: c.olderMasterKey,
  },
  ...(c.olderMasterKey === true
    ? {
        warning: {
          code: 'backup.older-master-key',
          message:
            'made with an older master key: the vault’s key was rotated after this backup; it opens only with the passphrase of its time and reads none of the vault’s rows written since',
        },
      }
    : {}),
});

async function verify(argv: string[]): Promise<number> {
  const { bytes, passphrase, against } = await readBackupArgs(argv, 'backup verify', {
    against: true,
  });
  const result = await verifyBackup(bytes, passphrase);
  if (!result.ok) throw new CliError(result.error.code, result.error.message);
  const { createdAt, vaultId, rows, problems, audit } = result.value;
  if (problems.length > 0) {
    printJson({
      ok: false,
      error: {
        code: 'backup.damaged',
        message: `${problems.length} of ${rows} rows of the backup cannot be read or are not valid`,
      },
      problems,
    });
    return 1;
  }
  if (!audit.ok) {
    printJson({
      ok: false,
      error: { code: 'backup.audit-broken', message: 'the backup’s audit log does not verify' },
      chain: audit.chain,
      anchor: audit.anchor,
      records: audit.records,
    });
    return 1;
  }
  const compared =
    against === undefined
      ? {}
      : comparisonJson(await compareAgainst({ bytes, passphrase }, against));
  printJson({
    ok: true,
    createdAt,
    vaultId,
    rows,
    entries: audit.entries,
    head: audit.head,
    ...compared,
  });
  return 0;
}

export function run(argv: string[]): Promise<number> {
  return runVerbs(argv, help, { verify });
}
