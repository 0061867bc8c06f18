// `airlock audit verify <backup file> --passphrase-file F`: checks a backup's audit hash
// chain and its head against the anchor sealed in the backup's vault header, without
// restoring it. The JSON printed here is a contract, like the other command groups'.
import { verifyBackupAudit } from '../../shared/crypto/vault';
import { readBackupArgs } from '../backup-args';
import { CliError, printJson, runVerbs } from '../output';

const help = `airlock audit <verb> [options]

  verify <backup file> --passphrase-file <file>
      Decrypts the backup (the vault passphrase at the time of the backup), walks the
      audit chain (every entry re-hashed), compares its last entry with the head sealed
      in the vault header, and checks every record row against the SHA-256 of the
      ciphertext the latest entry naming it wrote (entries written since audit chain v2).
      Prints {"ok":true,"vaultId","entries","head":{"seq","hash"},
      "anchor":"ok"|"unanchored"}; "unanchored" is a backup of a vault not written since
      anchors were introduced (its tail cannot be checked).

Failure: exit 1 and {"ok":false,"error":{"code","message"}}. Codes: audit.chain-broken
(with "firstBreak":{"seq","reason"}), audit.tail-missing and audit.head-mismatch (with
"anchoredSeq","headSeq"), audit.anchor-invalid,
audit.records-mismatch (with "records":[{"table","recordId","seq","problem"}], problem
"changed" = rolled back or replaced, "missing" = deleted, "unexpected" = back after a
delete), backup.malformed, backup.wrong-passphrase, backup.corrupt, usage, file-unreadable.`;

async function verify(argv: string[]): Promise<number> {
  const { bytes, passphrase } = await readBackupArgs(argv, 'audit verify');
  const report = await verifyBackupAudit(bytes, passphrase);
  if (!report.ok) throw new CliError(report.error.code, report.error.message);
  const { chain, anchor, entries, head, vaultId, records } = report.value;
  if (!chain.ok) {
    printJson({
      ok: false,
      error: {
        code: 'audit.chain-broken',
        message: `the audit chain breaks at entry ${chain.firstBreak.seq} (${chain.firstBreak.reason})`,
      },
      firstBreak: chain.firstBreak,
    });
    return 1;
  }
  if (anchor.status === 'tail-missing' || anchor.status === 'head-mismatch') {
    const message =
      anchor.status === 'tail-missing'
        ? `the vault header vouches for ${anchor.anchoredSeq} entries but the chain ends at ${anchor.headSeq}: entries were removed`
        : `the chain ends at entry ${anchor.headSeq}, not where the vault header says (${anchor.anchoredSeq})`;
    printJson({
      ok: false,
      error: { code: `audit.${anchor.status}`, message },
      anchoredSeq: anchor.anchoredSeq,
      headSeq: anchor.headSeq,
    });
    return 1;
  }
  if (anchor.status === 'anchor-invalid')
    throw new CliError(
      'audit.anchor-invalid',
      'the audit head sealed in the vault header was altered or removed',
    );
  if (records.length > 0) {
    const first = records[0];
    printJson({
      ok: false,
      error: {
        code: 'audit.records-mismatch',
        message: `${records.length} record(s) do not match the audit entry that last wrote them${first === undefined ? '' : `, first ${first.table} ${first.recordId} (${first.problem})`}`,
      },
      records,
    });
    return 1;
  }
  printJson({ ok: true, vaultId, entries, head, anchor: anchor.status });
  return 0;
}

export function run(argv: string[]): Promise<number> {
  return runVerbs(argv, help, { verify });
}
