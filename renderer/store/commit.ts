import { sameJson, sha256Hex } from '../../shared/crypto/canonical-json';
import {
  CHUNKS_TABLE,
  DEFAULT_CHUNK_SIZE,
  VaultAbort,
  chunkCount,
  chunkSetDigestAsync,
  ledgerRowId,
  sealChunks,
  vaultFail,
  vaultOk,
  type VaultError,
} from '../../shared/crypto/vault';
import { parseAttachmentMeta, type AttachmentMeta } from '../../shared/model';
import { afterAnchoredCommit, anchorChanges, anchoredHeader } from './audit-anchor';
import { sealAuditRow, type AuditChange } from './audit-log';
import { commitAudit } from './commit-audit';
import type { SearchDoc } from './case-search';
import { notifySearch, viewOf, type Session, type StoreContext } from './context';
import type { ChunkRow, RecordTable } from './db';
import { allSearchDocs } from './load';
import { normaliseUnique } from './memory';
import type { Staging, StagedAttachment, StagedOp } from './staging';
import type { RecordMap, StoreResult } from './types';
import { chunksOf, writeSealedChunks, type SealedPut } from './write-chunks';
import { writeError } from './write-error';
import { clearIntentInWrite, dropIntent, recordIntent, type WriteKind } from './write-journal';

export type CommitSummary = { changes: number; auditSeq: number | null };

type SealedAttachment = { meta: AttachmentMeta; chunks: ChunkRow[]; digest: string };

/** Above this many changed cases a commit rebuilds the index (in the worker) instead:
 *  adding documents costs the main thread ~0.1 ms each, 256 of them about two frames. */
const BULK_REINDEX = 256;

const toError = (error: unknown): VaultError => {
  if (error instanceof VaultAbort) return error.error;
  // Dexie's own error, or IndexedDB's DOMException from a put on the native handle: a row
  // this commit adds (the audit row) already exists, so another writer got there first.
  if (error instanceof Error && error.name === 'ConstraintError') {
    return { code: 'record.conflict', message: 'The store changed while this write ran.' };
  }
  return writeError(error);
};

/**
 * Uniqueness (a case ref, a key fingerprint) over the post-transaction view, in memory. It
 * holds across windows too: a commit refuses to write if another window committed since
 * this one loaded (the audit row check in `commitStaging`), so memory is never stale here.
 */
const checkUnique = <M extends RecordMap>(ctx: StoreContext<M>, ops: readonly StagedOp[]): void => {
  const staged = new Map<string, string>();
  const touched = new Set(ops.map((op) => `${op.table}\u0000${op.id}`));
  for (const op of ops) {
    if (op.op !== 'put') continue;
    const value = ctx.registry[op.table].uniqueOf?.(op.record);
    if (value === undefined || value === null) continue;
    const key = `${op.table}\u0000${normaliseUnique(value)}`;
    const owner = staged.get(key) ?? ctx.memory[op.table].ownerOfUnique(value);
    const ownerStillHasIt =
      owner !== undefined && (staged.has(key) || !touched.has(`${op.table}\u0000${owner}`));
    if (owner !== undefined && owner !== op.id && ownerStillHasIt) {
      throw new VaultAbort({
        code: 'record.conflict',
        message: `${op.table}: "${value}" is already used`,
      });
    }
    staged.set(key, op.id);
  }
};

const sealAttachment = async (
  session: Session,
  staged: StagedAttachment,
): Promise<SealedAttachment> => {
  const { id, input, bytes } = staged;
  const parsed = parseAttachmentMeta({
    schemaVersion: 1,
    id,
    caseId: input.caseId,
    name: input.name,
    mediaType: input.mediaType,
    size: bytes.length,
    chunkSize: DEFAULT_CHUNK_SIZE,
    chunkCount: chunkCount(bytes.length),
    sha256: await sha256Hex(bytes),
    addedAt: new Date().toISOString(),
  });
  if (!parsed.ok) throw new VaultAbort({ code: 'record.invalid', message: parsed.error.message });
  const sealed = await sealChunks(session.keys.attachment, id, bytes);
  const chunks = sealed.map((chunk, idx) => ({ aid: id, idx, ...chunk }));
  return { meta: parsed.value, chunks, digest: await chunkSetDigestAsync(chunks) };
};

/** An attachment's chunks as one audit entry (record-digests.ts): the set it wrote, or
 *  its removal with the attachment. */
const chunkChanges = (
  attachments: readonly SealedAttachment[],
  deleted: readonly string[],
): AuditChange[] => [
  ...attachments.map((a): AuditChange => ({
    table: CHUNKS_TABLE,
    recordId: a.meta.id,
    op: 'put',
    digest: a.digest,
  })),
  ...deleted.map((id): AuditChange => ({ table: CHUNKS_TABLE, recordId: id, op: 'delete' })),
];

type PutOp = Extract<StagedOp, { op: 'put' }>;

/** One record's envelope, as its row. */
const sealPut = async (session: Session, op: PutOp): Promise<SealedPut> => {
  // A ledger row is stored under an HMAC of the sender's bundle id (ledger-id.ts); memory
  // still knows it by the bundle id, read from the decrypted record.
  const id = op.table === 'bundleLedger' ? await ledgerRowId(session.keys.ledger, op.id) : op.id;
  const envelope = await session.cipher.seal(op.table, id, op.record);
  return { table: op.table, row: { ...envelope, id } };
};

/**
 * Validated staging → encrypted rows → one Dexie rw transaction (records, chunks and the
 * audit row) → memory, search index and subscribers. The first chunk of records is sealed
 * before the transaction opens; a bulk commit's later chunks are sealed while IndexedDB
 * writes the earlier ones, and the audit row and header are built while it writes the last
 * ones, under `Dexie.waitFor` (write-chunks.ts): awaiting WebCrypto's own promise inside
 * the transaction would commit it early.
 */
export const commitStaging = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  staging: Staging<M>,
): Promise<StoreResult<CommitSummary>> => {
  const session = ctx.session;
  if (session === null) return vaultFail('vault.locked', 'The vault is locked.');
  const epoch = ctx.epoch;
  const point = (name: string) => ctx.hooks.writePoint?.(name);
  let journaled = false;
  try {
    const attachments = await Promise.all(
      [...staging.attachments.values()].map((staged) => sealAttachment(session, staged)),
    );
    const ops: StagedOp[] = [
      ...staging.ops.values(),
      ...attachments.map((a): StagedOp => ({
        table: 'attachments',
        id: a.meta.id,
        op: 'put',
        record: a.meta,
      })),
    ];
    if (ops.length === 0) return vaultOk({ changes: 0, auditSeq: null });
    checkUnique(ctx, ops);

    // Deletes need no sealing; puts are sealed chunk by chunk (write-chunks.ts), grouped by
    // table as before so a table's deletes still precede its puts (a freed unique value).
    const byTable = new Map<RecordTable, { puts: PutOp[]; deletes: string[] }>();
    for (const op of ops) {
      const group = byTable.get(op.table) ?? { puts: [], deletes: [] };
      if (op.op === 'delete') group.deletes.push(op.id);
      else group.puts.push(op);
      byTable.set(op.table, group);
    }
    const [firstChunk = [], ...laterChunks] = chunksOf(
      [...byTable.values()].flatMap((group) => group.puts),
    );
    // Audit chain v2: each put's entry carries the SHA-256 of the ciphertext it wrote, so a
    // chunk's entries are chained as soon as it is sealed (commit-audit.ts).
    const audit = commitAudit(session.auditHead);
    const sealChunk = async (chunk: readonly PutOp[]) => {
      const rows = await Promise.all(chunk.map((op) => sealPut(session, op)));
      await audit.addPuts(rows);
      return rows;
    };
    const firstRows = await sealChunk(firstChunk);
    ctx.hooks.afterEncrypt?.();
    const auditRowId = session.auditRowId + 1;
    // The last links need every chunk sealed: built inside the transaction once the last
    // chunk is, while IndexedDB still writes it; written last in it.
    let sealedAll: () => void = () => undefined;
    const allSealed = new Promise<void>((resolve) => {
      sealedAll = resolve;
    });
    if (laterChunks.length === 0) sealedAll();
    const later = laterChunks.map((chunk, index) => async () => {
      const rows = await sealChunk(chunk);
      if (index === laterChunks.length - 1) sealedAll();
      return rows;
    });
    const buildAudit = async () => {
      await allSealed;
      const entries = await audit.finish([
        ...ops.flatMap((op): AuditChange[] =>
          op.op === 'delete' ? [{ table: op.table, recordId: op.id, op: 'delete' }] : [],
        ),
        ...chunkChanges(attachments, byTable.get('attachments')?.deletes ?? []),
        ...anchorChanges(session.header),
      ]);
      const auditRow = await sealAuditRow(session.cipher, auditRowId, entries);
      // The chain's new head, sealed in the header written with the audit row.
      const anchored = await anchoredHeader(session, session.header, entries, auditRowId);
      return { entries, auditRow, anchored };
    };

    const chunkOwners = [
      ...attachments.map((a) => a.meta.id),
      ...(byTable.get('attachments')?.deletes ?? []),
    ];
    const tableNames = [
      ...byTable.keys(),
      'audit',
      'meta',
      ...(chunkOwners.length > 0 ? ['attachmentChunks'] : []),
    ];
    // The journal (write-journal.ts): if this transaction never commits, the next unlock
    // says which write was lost. A bundle import is the one write that adds a ledger row.
    const kind: WriteKind = byTable.has('bundleLedger') ? 'bundle-import' : 'records';
    await recordIntent(ctx, session.cipher, {
      kind,
      records: ops.length,
      startedAt: new Date().toISOString(),
    });
    journaled = true;
    point('journaled');
    const { entries, anchored } = await ctx.db.transaction('rw', tableNames, async () => {
      if (ctx.epoch !== epoch)
        throw new VaultAbort({ code: 'vault.locked', message: 'The vault was locked.' });
      const lastRow = await ctx.db.audit.orderBy(':id').lastKey();
      if ((lastRow ?? 0) !== session.auditRowId) {
        throw new VaultAbort({
          code: 'record.conflict',
          message: 'The store changed in another window.',
        });
      }
      point('opened');
      for (const [table, group] of byTable) {
        if (group.deletes.length > 0) await ctx.db.table(table).bulkDelete(group.deletes);
      }
      const built = await writeSealedChunks(firstRows, later, {
        afterChunk: (index) => {
          ctx.hooks.afterChunk?.(index);
          point(`chunk-${index}`);
        },
        alongside: buildAudit,
      });
      for (const aid of chunkOwners)
        await ctx.db.attachmentChunks.where('aid').equals(aid).delete();
      for (const [n, a] of attachments.entries()) {
        await ctx.db.attachmentChunks.bulkPut(a.chunks);
        point(`attachment-${n}`);
      }
      await ctx.db.audit.add(built.auditRow);
      point('audit');
      await ctx.db.meta.put({ id: 'vault', header: built.anchored.header });
      await clearIntentInWrite(ctx);
      ctx.hooks.insideWrite?.();
      point('header');
      return built;
    });
    ctx.hooks.afterCommit?.();
    point('committed');

    if (ctx.epoch === epoch && ctx.session === session) {
      applyToMemory(ctx, ops);
      session.auditRowId = auditRowId;
      session.auditHead = entries.at(-1) ?? session.auditHead;
      afterAnchoredCommit(ctx, session, anchored);
      ctx.audit.apply(entries, []);
      ctx.audit.notify();
    }
    return vaultOk({ changes: ops.length, auditSeq: entries.at(-1)?.seq ?? null });
  } catch (error) {
    if (journaled) await dropIntent(ctx);
    return { ok: false, error: toError(error) };
  }
};

const applyToMemory = <M extends RecordMap>(
  ctx: StoreContext<M>,
  ops: readonly StagedOp[],
): void => {
  const view = viewOf(ctx);
  const affected = new Set<string>();
  const collect = (table: RecordTable, record: unknown) => {
    if (record === undefined) return;
    for (const caseId of ctx.searchConfig.casesAffected(table, record, view)) affected.add(caseId);
  };
  // A change whose record keeps its indexed part (a vendor's status, an event that is not a
  // note) changes no search document: the index is left as it is (case-search-doc.ts).
  const part = (table: RecordTable, record: unknown) =>
    record === undefined ? null : ctx.searchConfig.indexedPart(table, record);
  const indexed: StagedOp[] = [];
  const grouped = new Map<RecordTable, { puts: unknown[]; deletes: string[] }>();
  for (const op of ops) {
    const old = ctx.memory[op.table].get(op.id);
    if (!sameJson(part(op.table, old), op.op === 'put' ? part(op.table, op.record) : null)) {
      collect(op.table, old);
      indexed.push(op);
    }
    const group = grouped.get(op.table) ?? { puts: [], deletes: [] };
    if (op.op === 'put') group.puts.push(op.record);
    else group.deletes.push(op.id);
    grouped.set(op.table, group);
  }
  for (const [table, group] of grouped) ctx.memory[table].apply(group.puts, group.deletes);
  for (const op of indexed) if (op.op === 'put') collect(op.table, op.record);
  if (affected.size > BULK_REINDEX) {
    // A bulk import: rebuild the whole index off the main thread instead of adding
    // thousands of documents here (search reports "indexing" until it lands).
    ctx.search.rebuild(() => allSearchDocs(ctx), ctx.memory.cases.size);
  } else if (affected.size > 0) {
    const docs = new Map<string, SearchDoc | null>();
    for (const caseId of affected) docs.set(caseId, ctx.searchConfig.docOf(caseId, view));
    ctx.search.update(docs);
  }
  for (const table of grouped.keys()) ctx.memory[table].notify();
  if (affected.size > 0) notifySearch(ctx);
};
