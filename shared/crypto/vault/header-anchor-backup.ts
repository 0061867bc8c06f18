import { z } from 'zod';
import { parseAuditEntry, type AuditEntry } from '../../model/audit-entry';
import { failWith, ok, type CodedError, type Result } from '../../result';
import { verifyChain, type ChainVerdict } from './audit-chain';
import { openBackupBody, parseBackup } from './backup-format';
import { fromBase64, fromUtf8 } from './bytes';
import { openRecord } from './envelope';
import { unwrapMaster } from './header';
import { compareAnchor, isAnchorMark, openAnchor, type AnchorVerdict } from './header-anchor';
import { deriveVaultKeys } from './subkeys';

/**
 * Checks a backup file's audit chain and its head against the anchor sealed in the backup's
 * vault header, without restoring it (the CLI's `audit verify`). The body layout is the
 * store's (renderer/store/backup.ts): `{ format, tables }`, bytes as `{ $b64 }`.
 */
export type BackupAuditReport = {
  ok: boolean;
  vaultId: string;
  entries: number;
  head: { seq: number; hash: string } | null;
  chain: ChainVerdict;
  anchor: AnchorVerdict;
};

export type BackupAuditErrorCode =
  'backup.malformed' | 'backup.wrong-passphrase' | 'backup.corrupt';

const b64 = z.object({ $b64: z.string() }).transform((v, ctx) => {
  const bytes = fromBase64(v.$b64);
  if (bytes === null) ctx.addIssue({ code: 'custom', message: 'not base64' });
  return bytes ?? new Uint8Array();
});
const auditRowSchema = z.object({
  id: z.number().int().positive(),
  kind: z.string(),
  iv: b64,
  ct: b64,
  v: z.number().int(),
});
const bodySchema = z.object({
  format: z.literal('airlock-backup-body/1'),
  tables: z.object({ audit: z.array(auditRowSchema).default([]) }),
});

type Link = AuditEntry | { seq: number; unreadable: true };

export const verifyBackupAudit = async (
  bytes: Uint8Array,
  passphrase: string,
): Promise<Result<BackupAuditReport, CodedError<BackupAuditErrorCode>>> => {
  const parsed = parseBackup(bytes);
  if (!parsed.ok) return failWith('backup.malformed', parsed.error.message);
  const vault = parsed.value.header.vault;
  const master = await unwrapMaster(vault, passphrase);
  if (!master.ok)
    return failWith('backup.wrong-passphrase', 'The passphrase does not open this backup.');
  const keys = await deriveVaultKeys(master.value, vault.vaultId);
  master.value.fill(0);
  const plain = await openBackupBody(keys.backup, parsed.value);
  const corrupt = failWith('backup.corrupt', 'The backup file is damaged or was altered.');
  if (plain === null) return corrupt;
  let body: z.infer<typeof bodySchema>;
  try {
    body = bodySchema.parse(JSON.parse(fromUtf8(plain)));
  } catch {
    return corrupt;
  }
  const rows = [...body.tables.audit].sort((a, b) => a.id - b.id);
  const links: Link[] = [];
  const readable: AuditEntry[] = [];
  for (const row of rows) {
    const opened = await openRecord(keys.record, 'audit', row);
    const list =
      opened.ok && Array.isArray(opened.value) ? opened.value.map(parseAuditEntry) : null;
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
