import { createSHA256, type IHasher } from 'hash-wasm';
import type { AuditEntry } from '../../model/audit-entry';

/**
 * Audit chain v2 (issue 29): every `put` entry carries the SHA-256 of the ciphertext it
 * wrote, so Verify can check each current row against the latest entry that wrote it. The
 * chain alone hashes its own entries: a record rolled back to an older ciphertext (an older
 * embargo instant), or deleted, under a kept audit log went unnoticed.
 */

/** The row fields the digest covers: the IV and the ciphertext with its GCM tag. */
export type SealedRowBytes = { iv: Uint8Array; ct: Uint8Array };

// Synchronous SHA-256 (hash-wasm) for Verify, which digests every row of the store.
let hasher: IHasher | null = null;
const sha256 = async (): Promise<IHasher> => (hasher ??= await createSHA256());

/** A digester for many rows: SHA-256 over `iv || ct`, lower-case hex. */
export const recordDigester = async (): Promise<(row: SealedRowBytes) => string> => {
  const h = await sha256();
  return (row) => h.init().update(row.iv).update(row.ct).digest('hex');
};

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The same digest through WebCrypto, off the main thread: a bulk write takes it for each
 *  row while sealing (hash-wasm on the main thread was a tenth of a 10k write). */
export const recordDigestAsync = async (row: SealedRowBytes): Promise<string> => {
  const joined = new Uint8Array(row.iv.length + row.ct.length);
  joined.set(row.iv);
  joined.set(row.ct, row.iv.length);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', joined));
  let hex = '';
  for (const byte of digest) hex += HEX[byte] ?? '';
  return hex;
};

/**
 * Attachment chunks (issue 29): one audit entry per attachment covers all its chunks —
 * table `attachmentChunks`, record id the attachment id, digest the SHA-256 of its chunks'
 * own digests (`iv || ct` each) in index order — so a chunk rolled back to an older
 * ciphertext, dropped, added or the whole set deleted is reported like a record row. One
 * entry per attachment, not per 1 MiB chunk, keeps the log small and needs no entry per
 * chunk when an attachment is deleted.
 */
export const CHUNKS_TABLE = 'attachmentChunks';

export type ChunkRowBytes = SealedRowBytes & { aid: string; idx: number };

/** A row whose digest is already known (an attachment's chunk set). */
export type DigestedRow = { id: string; digest: string };

const chunkSetOf = (h: IHasher, digests: readonly string[]): string =>
  h
    .init()
    .update(`airlock-chunks|${digests.length}|${digests.join('|')}`)
    .digest('hex');

const byIndex = <C extends { idx: number }>(chunks: readonly C[]): C[] =>
  [...chunks].sort((a, b) => a.idx - b.idx);

/** The digest of one attachment's chunks as a write takes it (chunk digests by WebCrypto). */
export const chunkSetDigestAsync = async (
  chunks: readonly (SealedRowBytes & { idx: number })[],
): Promise<string> => {
  const digests = await Promise.all(byIndex(chunks).map((chunk) => recordDigestAsync(chunk)));
  return chunkSetOf(await sha256(), digests);
};

/** Groups chunk rows by attachment as Verify reads them: one digested row per attachment. */
export const chunkSetDigester = async (): Promise<{
  add(chunk: ChunkRowBytes): void;
  sets(): DigestedRow[];
}> => {
  const digest = await recordDigester();
  const h = await sha256();
  const byAttachment = new Map<string, { idx: number; digest: string }[]>();
  return {
    // Each chunk is digested as it is read, so Verify never holds every attachment's bytes.
    add: (chunk) => {
      const list = byAttachment.get(chunk.aid) ?? [];
      list.push({ idx: chunk.idx, digest: digest(chunk) });
      byAttachment.set(chunk.aid, list);
    },
    sets: () =>
      [...byAttachment].map(([id, list]) => ({
        id,
        digest: chunkSetOf(
          h,
          byIndex(list).map((c) => c.digest),
        ),
      })),
  };
};

export type RecordProblem =
  /** The row is not the ciphertext its latest entry wrote (rolled back or replaced). */
  | 'changed'
  /** The latest entry wrote the row, and it is gone. */
  | 'missing'
  /** The latest entry deleted the row, and it is there again. */
  | 'unexpected';

export type RecordFinding = {
  table: string;
  recordId: string;
  /** The latest entry for this record. */
  seq: number;
  problem: RecordProblem;
};

type RowOf = ({ id: string } & SealedRowBytes) | DigestedRow;

/**
 * Compares the current rows of `tables` with the latest audit entry of each record. Only v2
 * entries are checked (a v1 entry has no digest: a v1 chain verifies as before); records no
 * entry names are left alone (a row cannot be planted under a new id without the key, and
 * removed entries are the chain's and the anchor's to report). Findings in table, id order.
 */
export const checkRecordDigests = async (
  entries: readonly AuditEntry[],
  rows: Readonly<Record<string, readonly RowOf[] | undefined>>,
  tables: readonly string[],
): Promise<RecordFinding[]> => {
  const digest = await recordDigester();
  const watched = new Set(tables);
  const latest = new Map<string, AuditEntry>();
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    if (watched.has(entry.table)) latest.set(`${entry.table}\u0000${entry.recordId}`, entry);
  }
  const findings: RecordFinding[] = [];
  const present = new Set<string>();
  for (const table of tables) {
    for (const row of rows[table] ?? []) {
      const key = `${table}\u0000${row.id}`;
      present.add(key);
      const entry = latest.get(key);
      if (entry === undefined || entry.schemaVersion === 1) continue;
      if (entry.op === 'delete') {
        findings.push({ table, recordId: row.id, seq: entry.seq, problem: 'unexpected' });
      } else if (
        entry.digest !== undefined &&
        entry.digest !== ('digest' in row ? row.digest : digest(row))
      ) {
        findings.push({ table, recordId: row.id, seq: entry.seq, problem: 'changed' });
      }
    }
  }
  for (const [key, entry] of latest) {
    if (present.has(key) || entry.schemaVersion === 1) continue;
    if (entry.op === 'put' && entry.digest !== undefined)
      findings.push({
        table: entry.table,
        recordId: entry.recordId,
        seq: entry.seq,
        problem: 'missing',
      });
  }
  return findings.sort(
    (a, b) => a.table.localeCompare(b.table) || a.recordId.localeCompare(b.recordId),
  );
};
