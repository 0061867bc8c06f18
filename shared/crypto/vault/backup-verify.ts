import { recordTypes, storeTableKinds } from '../../model/registry';
import { ok, type CodedError, type Result } from '../../result';
import { sha256Hex } from '../canonical-json';
import {
  openBackup,
  type BackupOpenError,
  type BackupOpenProgress,
  type OpenedBackup,
} from './backup-open';
import { openChunks, type SealedChunk } from './chunks';
import { openRecord, type Envelope } from './envelope';
import { auditOfBackup, type BackupAuditReport } from './header-anchor-backup';

/**
 * "Verify backup" (issue 29), in the app and `airlock backup verify`: opens a backup file
 * as restore does, decrypts and validates every row with its record's parser, opens every
 * attachment's chunks against its metadata, and checks the audit chain, its sealed head
 * and every record's digest — without writing anything.
 */
export type BackupRowProblem = {
  table: string;
  id: string;
  problem: 'unreadable' | 'invalid' | 'attachment-corrupt';
};

export type BackupVerifyReport = {
  ok: boolean;
  createdAt: string;
  vaultId: string;
  /** Rows checked: records, attachment chunks and audit rows. */
  rows: number;
  problems: BackupRowProblem[];
  audit: BackupAuditReport;
};

type Parse = (value: unknown) => { ok: boolean };
const parserOf = (table: string): Parse | undefined => {
  const kind = (storeTableKinds as Record<string, keyof typeof recordTypes | undefined>)[table];
  return kind === undefined ? undefined : recordTypes[kind].parse;
};

const checkAttachment = async (
  opened: OpenedBackup,
  id: string,
  meta: unknown,
  chunks: readonly (SealedChunk & { idx: number })[],
): Promise<boolean> => {
  const m = meta as { chunkCount?: unknown; sha256?: unknown };
  if (typeof m.chunkCount !== 'number' || typeof m.sha256 !== 'string') return false;
  const ordered = [...chunks].sort((a, b) => a.idx - b.idx);
  const bytes = await openChunks(opened.keys, id, ordered, m.chunkCount);
  return bytes !== null && (await sha256Hex(bytes)) === m.sha256;
};

/** Checks every row of an opened backup (see above). */
export const checkOpenedBackup = async (opened: OpenedBackup): Promise<BackupVerifyReport> => {
  const problems: BackupRowProblem[] = [];
  const chunkRows = (opened.tables.attachmentChunks ?? []) as (SealedChunk & {
    aid: string;
    idx: number;
  })[];
  const chunksOf = new Map<string, (SealedChunk & { idx: number })[]>();
  for (const chunk of chunkRows)
    chunksOf.set(chunk.aid, [...(chunksOf.get(chunk.aid) ?? []), chunk]);
  let rows = chunkRows.length + opened.audit.length;
  for (const [table, list] of Object.entries(opened.tables)) {
    if (table === 'audit' || table === 'attachmentChunks') continue;
    const parse = parserOf(table);
    for (const row of list as (Envelope & { id: string })[]) {
      rows += 1;
      const value = await openRecord(opened.keys.record, table, row);
      if (!value.ok) problems.push({ table, id: row.id, problem: 'unreadable' });
      else if (parse !== undefined && !parse(value.value).ok)
        problems.push({ table, id: row.id, problem: 'invalid' });
      else if (
        table === 'attachments' &&
        !(await checkAttachment(opened, row.id, value.value, chunksOf.get(row.id) ?? []))
      )
        problems.push({ table, id: row.id, problem: 'attachment-corrupt' });
    }
  }
  const { report: audit } = await auditOfBackup(opened);
  return {
    ok: problems.length === 0 && audit.ok,
    createdAt: opened.header.createdAt,
    vaultId: opened.header.vault.vaultId,
    rows,
    problems,
    audit,
  };
};

export const verifyBackup = async (
  bytes: Uint8Array,
  passphrase: string,
  onProgress?: (progress: BackupOpenProgress) => void,
): Promise<Result<BackupVerifyReport, CodedError<BackupOpenError['code']>>> => {
  const opened = await openBackup(bytes, passphrase, onProgress);
  return opened.ok ? ok(await checkOpenedBackup(opened.value)) : opened;
};
