import { parseAuditEntry, type AuditEntry } from '../../model/audit-entry';
import { ok, type CodedError, type Result } from '../../result';
import { verifyChain, type ChainVerdict } from './audit-chain';
import { openBackup, type BackupOpenError, type OpenedBackup } from './backup-open';
import { openRecord } from './envelope';
import { compareAnchor, isAnchorMark, openAnchor, type AnchorVerdict } from './header-anchor';
import {
  CHUNKS_TABLE,
  checkRecordDigests,
  chunkSetDigester,
  type ChunkRowBytes,
  type DigestedRow,
  type RecordFinding,
} from './record-digests';

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
  /** Record rows that are not what the latest entry naming them wrote (audit chain v2). */
  records: RecordFinding[];
};

export type BackupAuditErrorCode = BackupOpenError['code'];

type Link = AuditEntry | { seq: number; unreadable: true };
type RecordRowBytes = { id: string; iv: Uint8Array; ct: Uint8Array };

/** Tables whose rows the entries' digests cover: every table of the file or the chain but
 *  the audit rows (the vault's own entries carry no digest). Attachment chunks are checked
 *  one attachment's set at a time (record-digests.ts). */
export const recordTablesOf = (
  tables: Readonly<Record<string, unknown>>,
  entries: readonly AuditEntry[],
): string[] =>
  [...new Set([...Object.keys(tables), ...entries.map((e) => e.table)])].filter(
    (t) => t !== 'audit',
  );

/** The backup's rows as the digests cover them: record rows as they are, chunks by set. */
const digestableRows = async (
  tables: OpenedBackup['tables'],
): Promise<Record<string, readonly (RecordRowBytes | DigestedRow)[]>> => {
  const { [CHUNKS_TABLE]: chunks = [], ...records } = tables;
  const sets = await chunkSetDigester();
  for (const chunk of chunks as readonly ChunkRowBytes[]) sets.add(chunk);
  return { ...(records as Record<string, readonly RecordRowBytes[]>), [CHUNKS_TABLE]: sets.sets() };
};

export const verifyBackupAudit = async (
  bytes: Uint8Array,
  passphrase: string,
): Promise<Result<BackupAuditReport, CodedError<BackupAuditErrorCode>>> => {
  const opened = await openBackup(bytes, passphrase);
  return opened.ok ? ok((await auditOfBackup(opened.value)).report) : opened;
};

/** The audit report of an opened backup, with its readable entries (for restore). */
export const auditOfBackup = async (
  opened: OpenedBackup,
): Promise<{ report: BackupAuditReport; entries: AuditEntry[] }> => {
  const { keys, audit: rows } = opened;
  const vault = opened.header.vault;
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
  const records = await checkRecordDigests(
    readable,
    await digestableRows(opened.tables),
    recordTablesOf(opened.tables, readable),
  );
  const report: BackupAuditReport = {
    ok:
      chain.ok &&
      (verdict.status === 'ok' || verdict.status === 'unanchored') &&
      records.length === 0,
    vaultId: vault.vaultId,
    entries: readable.length,
    head,
    chain,
    anchor: verdict,
    records,
  };
  return { report, entries: readable };
};
