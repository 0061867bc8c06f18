import { parseAuditEntry, type AuditEntry } from '../../model/audit-entry';
import { ok, type CodedError, type Result } from '../../result';
import { verifyChain, type ChainVerdict } from './audit-chain';
import { openBackup, type BackupOpenError } from './backup-open';
import { openRecord } from './envelope';
import { compareAnchor, isAnchorMark, openAnchor, type AnchorVerdict } from './header-anchor';

/**
 * Checks a backup file's audit chain and its head against the anchor sealed in the backup's
 * vault header, without restoring it (the CLI's `audit verify`). The file is opened as
 * restore opens it (`openBackup`).
 */
export type BackupAuditReport = {
  ok: boolean;
  vaultId: string;
  entries: number;
  head: { seq: number; hash: string } | null;
  chain: ChainVerdict;
  anchor: AnchorVerdict;
};

export type BackupAuditErrorCode = BackupOpenError['code'];

type Link = AuditEntry | { seq: number; unreadable: true };

export const verifyBackupAudit = async (
  bytes: Uint8Array,
  passphrase: string,
): Promise<Result<BackupAuditReport, CodedError<BackupAuditErrorCode>>> => {
  const opened = await openBackup(bytes, passphrase);
  if (!opened.ok) return opened;
  const { keys, audit: rows } = opened.value;
  const vault = opened.value.header.vault;
  const links: Link[] = [];
  const readable: AuditEntry[] = [];
  for (const row of rows) {
    const entries = await openRecord(keys.record, 'audit', row);
    const list =
      entries.ok && Array.isArray(entries.value) ? entries.value.map(parseAuditEntry) : null;
    if (list === null || list.some((p) => !p.ok)) {
      links.push({ seq: (readable.at(-1)?.seq ?? 0) + 1, unreadable: true });
      continue;
    }
    for (const p of list) {
      if (!p.ok) continue;
      links.push(p.value);
      readable.push(p.value);
    }
  }
  const chain = await verifyChain(links);
  const last = readable.at(-1);
  const head = last === undefined ? null : { seq: last.seq, hash: last.hash };
  const anchor =
    vault.anchor === undefined
      ? null
      : ((await openAnchor(keys.anchor, vault.vaultId, vault.anchor)) ?? 'invalid');
  const verdict = compareAnchor(anchor, {
    head,
    rowId: rows.at(-1)?.id ?? 0,
    wasAnchored: readable.some(isAnchorMark),
  });
  return ok({
    ok: chain.ok && (verdict.status === 'ok' || verdict.status === 'unanchored'),
    vaultId: vault.vaultId,
    entries: readable.length,
    head,
    chain,
    anchor: verdict,
  });
};
