import {
  CHUNKS_TABLE,
  LEDGER_ROW_PREFIX,
  ROTATE_KEY_MARK,
  VaultAbort,
  chunkSetDigestAsync,
  deriveVaultKeys,
  ledgerRowId,
  openChunks,
  rekeyHeader,
  sealChunks,
  vaultFail,
  vaultOk,
  wipe,
  wipeSealScratch,
  type Envelope,
} from '../../shared/crypto/vault';
import type { AttachmentMeta } from '../../shared/model';
import { afterAnchoredCommit, anchorChanges, anchoredHeader } from './audit-anchor';
import { sealAuditRow, type AuditChange } from './audit-log';
import { aesGcmCipher, plaintextControlCipher } from './cipher';
import { commitAudit } from './commit-audit';
import type { Session, StoreContext } from './context';
import { ALL_TABLES, RECORD_TABLES, type AuditRow, type ChunkRow, type RecordRow } from './db';
import type { OnProgress, RecordMap, StoreResult } from './types';
import { readHeader, type CreateOptions } from './vault-ops';
import { chunksOf, writeSealedChunks, type SealedPut } from './write-chunks';
import { writeError } from './write-error';

export type RotationSummary = { records: number; chunks: number; auditSeq: number };

/** The vault's own entry for a rotation: every record entry after it carries a new digest. */
const ROTATE_CHANGE: AuditChange = { ...ROTATE_KEY_MARK, op: 'put' };

type Opened = { table: (typeof RECORD_TABLES)[number]; id: string; value: unknown };

const unreadable = (what: string) =>
  vaultFail(
    'vault.rotate-unreadable',
    `${what} does not decrypt, so it cannot be re-sealed under a new key: nothing was changed.`,
  );

/**
 * "Rotate the master key" (issue 29, item 6): a new random master key, wrapped under the
 * same passphrase (checked first), and every record, attachment chunk and audit row
 * decrypted with the old keys and sealed again under the new ones, in one transaction with
 * the bulk writer (write-chunks.ts). The chain's entries are re-sealed as they are (so it
 * still verifies), and one new audit row records the rotation with the new digest of every
 * record row (audit chain v2). A backup made before keeps the old key and its passphrase:
 * it still restores as the vault it was, but opens none of the rows written from now on.
 * A row that does not decrypt refuses the rotation (it would be lost).
 */
export const rotateMasterKey = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  passphrase: string,
  options: CreateOptions = {},
  onProgress: OnProgress = () => undefined,
): Promise<StoreResult<RotationSummary>> => {
  const session = ctx.session;
  if (session === null) return vaultFail('vault.locked', 'Unlock the vault first.');
  const header = await readHeader(ctx);
  if (header === null || !header.ok)
    return vaultFail('vault.bad-header', 'The vault header is unreadable.');
  onProgress({ phase: 'deriving-key' });
  const rekeyed = await rekeyHeader(
    header.value,
    passphrase,
    options.kdf === undefined ? {} : { override: options.kdf },
  );
  if (!rekeyed.ok) return rekeyed;
  const keys = await deriveVaultKeys(rekeyed.value.master, header.value.vaultId);
  wipe(rekeyed.value.master);
  const cipher = ctx.plaintextControl ? plaintextControlCipher() : aesGcmCipher(keys.record);
  const epoch = ctx.epoch;

  onProgress({ phase: 'reading' });
  const { db } = ctx;
  const [records, chunkRows, auditRows] = await db.transaction('r', ALL_TABLES, async () => [
    await Promise.all(RECORD_TABLES.map((table) => db.table<RecordRow, string>(table).toArray())),
    await db.attachmentChunks.toArray(),
    await db.audit.toArray(),
  ]);

  // Everything is decrypted before anything is sealed: a row that does not open stops here.
  const work = RECORD_TABLES.flatMap((table, i) =>
    (records[i] ?? []).map((row) => ({ table, row })),
  );
  onProgress({ phase: 'decrypting', done: 0, total: work.length });
  const openedRows = await Promise.all(
    work.map(({ table, row }) => session.cipher.open(table, row as Envelope)),
  );
  const opened: Opened[] = [];
  for (const [i, result] of openedRows.entries()) {
    const item = work[i];
    if (item === undefined) continue;
    if (!result.ok) return unreadable(`Record ${item.table}/${item.row.id}`);
    opened.push({ table: item.table, id: item.row.id, value: result.value });
  }
  // Ledger rows of before issue 29 are stored under the sender's bundle id in the clear: the
  // rotation moves each under the HMAC of it (ledger-id.ts) and deletes the old row, audited.
  const legacyLedger: string[] = [];
  for (const row of opened) {
    if (row.table !== 'bundleLedger' || row.id.startsWith(LEDGER_ROW_PREFIX)) continue;
    const bundleId = (row.value as { bundleId?: unknown }).bundleId;
    if (typeof bundleId !== 'string') return unreadable(`Record ${row.table}/${row.id}`);
    legacyLedger.push(row.id);
    row.id = await ledgerRowId(keys.ledger, bundleId);
  }
  const openedAudit = await Promise.all(
    auditRows.map((row) => session.cipher.open('audit', row as Envelope)),
  );
  const auditPlain: { id: number; value: unknown }[] = [];
  for (const [i, result] of openedAudit.entries()) {
    const row = auditRows[i];
    if (row === undefined) continue;
    if (!result.ok) return unreadable(`Audit row ${row.id}`);
    auditPlain.push({ id: row.id, value: result.value });
  }
  const newChunks: ChunkRow[] = [];
  // The re-sealed chunks' new digests, one entry per attachment (record-digests.ts).
  const chunkEntries: AuditChange[] = [];
  for (const meta of ctx.memory.attachments.all() as AttachmentMeta[]) {
    const rows = chunkRows.filter((c) => c.aid === meta.id).sort((a, b) => a.idx - b.idx);
    const bytes = await openChunks(session.keys, meta.id, rows, meta.chunkCount);
    if (bytes === null) return unreadable(`Attachment ${meta.name}`);
    const sealed = await sealChunks(keys.attachment, meta.id, bytes, meta.chunkSize);
    wipe(bytes);
    const resealed = sealed.map((chunk, idx) => ({ aid: meta.id, idx, ...chunk }));
    newChunks.push(...resealed);
    chunkEntries.push({
      table: CHUNKS_TABLE,
      recordId: meta.id,
      op: 'put',
      digest: await chunkSetDigestAsync(resealed),
    });
  }

  onProgress({ phase: 'encrypting', done: 0, total: opened.length });
  const audit = commitAudit(session.auditHead);
  const sealChunk = async (chunk: readonly Opened[]): Promise<SealedPut[]> => {
    const rows = await Promise.all(
      chunk.map(async ({ table, id, value }) => ({
        table,
        row: { ...(await cipher.seal(table, id, value)), id },
      })),
    );
    await audit.addPuts(rows);
    return rows;
  };
  const [first = [], ...later] = chunksOf(opened);
  const firstRows = await sealChunk(first);
  const resealedAudit: AuditRow[] = await Promise.all(
    auditPlain.map(async ({ id, value }) => ({ ...(await cipher.seal('audit', id, value)), id })),
  );
  const next: Session = { ...session, keys, cipher, header: rekeyed.value.header };
  const auditRowId = session.auditRowId + 1;
  const buildAudit = async () => {
    const entries = await audit.finish([
      ROTATE_CHANGE,
      ...legacyLedger.map((id): AuditChange => ({
        table: 'bundleLedger',
        recordId: id,
        op: 'delete',
      })),
      ...chunkEntries,
      ...anchorChanges(session.header),
    ]);
    const auditRow = await sealAuditRow(cipher, auditRowId, entries);
    const anchored = await anchoredHeader(next, rekeyed.value.header, entries, auditRowId);
    return { entries, auditRow, anchored };
  };

  onProgress({ phase: 'writing' });
  try {
    const built = await db.transaction('rw', ALL_TABLES, async () => {
      if (ctx.epoch !== epoch)
        throw new VaultAbort({ code: 'vault.locked', message: 'The vault was locked.' });
      if (((await db.audit.orderBy(':id').lastKey()) ?? 0) !== session.auditRowId)
        throw new VaultAbort({
          code: 'record.conflict',
          message: 'The store changed in another window.',
        });
      await db.bundleLedger.bulkDelete(legacyLedger);
      const result = await writeSealedChunks(
        firstRows,
        later.map((chunk) => () => sealChunk(chunk)),
        { alongside: buildAudit },
      );
      await db.attachmentChunks.clear();
      await db.attachmentChunks.bulkPut(newChunks);
      await db.audit.bulkPut(resealedAudit);
      await db.audit.add(result.auditRow);
      await db.meta.put({ id: 'vault', header: result.anchored.header });
      return result;
    });
    if (ctx.session === session && ctx.epoch === epoch) {
      ctx.session = next;
      next.auditRowId = auditRowId;
      next.auditHead = built.entries.at(-1) ?? session.auditHead;
      afterAnchoredCommit(ctx, next, built.anchored);
      ctx.audit.apply(built.entries, []);
      ctx.audit.notify();
    }
    wipeSealScratch();
    return vaultOk({
      records: opened.length,
      chunks: newChunks.length,
      auditSeq: built.entries.at(-1)?.seq ?? 0,
    });
  } catch (error) {
    if (error instanceof VaultAbort) return { ok: false, error: error.error };
    return { ok: false, error: writeError(error) };
  }
};
