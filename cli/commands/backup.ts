// `airlock backup verify <backup file> --passphrase-file F`: decrypts a backup and checks
// every row, every attachment and the audit chain without restoring it (issue 29). The
// JSON printed here is a contract, like the other command groups'.
import { verifyBackup } from '../../shared/crypto/vault';
import { readBackupArgs } from '../backup-args';
import { CliError, printJson, runVerbs } from '../output';

const help = `airlock backup <verb> [options]

  verify <backup file> --passphrase-file <file>
      Decrypts the backup (the vault passphrase at the time of the backup), decrypts and
      validates every record row with its record's schema, opens every attachment's chunks
      and compares its SHA-256, walks the audit chain, compares its head with the one sealed
      in the vault header and checks every record against the entry that last wrote it.
      Nothing is written. Prints {"ok":true,"createdAt","vaultId","rows","entries",
      "head":{"seq","hash"}}.

Failure: exit 1 and {"ok":false,"error":{"code","message"}}. Codes: backup.damaged (with
"problems":[{"table","id","problem"}], problem "unreadable", "invalid" or
"attachment-corrupt"), backup.audit-broken (with "chain", "anchor" and "records" as
'airlock audit verify' reports them), backup.kdf-too-costly (the header asks for more
Argon2id work than any Airlock vault uses: refused before deriving), backup.malformed,
backup.wrong-passphrase, backup.corrupt, usage, file-unreadable.`;

async function verify(argv: string[]): Promise<number> {
  const { bytes, passphrase } = await readBackupArgs(argv, 'backup verify');
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
  printJson({ ok: true, createdAt, vaultId, rows, entries: audit.entries, head: audit.head });
  return 0;
}

export function run(argv: string[]): Promise<number> {
  return runVerbs(argv, help, { verify });
}
