import { wipeSealScratch, type Envelope } from '../../shared/crypto/vault';
import { openAuditRows } from './audit-log';
import type { SearchDoc } from './case-search';
import { notifySearch, viewOf, type Session, type StoreContext } from './context';
import { RECORD_TABLES, type RecordRow, type RecordTable } from './db';
import type { LoadIssue, OnProgress, RecordMap } from './types';

const BATCH = 1000;

/**
 * Decrypts every record into memory and builds the search index. A row that fails to
 * decrypt or validate is reported as a LoadIssue and left on disk untouched: one damaged
 * record must not lock the analyst out of every other case.
 */
export const loadAll = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  session: Session,
  onProgress: OnProgress,
): Promise<LoadIssue[]> => {
  const { db } = ctx;
  const [tables, auditRows] = await db.transaction('r', [...RECORD_TABLES, 'audit'], async () => {
    const rows = await Promise.all(
      RECORD_TABLES.map((table) => db.table<RecordRow, string>(table).toArray()),
    );
    return [rows, await db.audit.toArray()] as const;
  });
  const work = RECORD_TABLES.flatMap((table, i) =>
    (tables[i] ?? []).map((row) => ({ table, row })),
  );
  const total = work.length;
  onProgress({ phase: 'decrypting', done: 0, total });

  const decrypted = new Map<RecordTable, unknown[]>(RECORD_TABLES.map((t) => [t, []]));
  const issues: LoadIssue[] = [];
  for (let start = 0; start < total; start += BATCH) {
    const batch = work.slice(start, start + BATCH);
    const opened = await Promise.all(
      batch.map(({ table, row }) => session.cipher.open(table, row as Envelope)),
    );
    opened.forEach((result, i) => {
      const item = batch[i];
      if (item === undefined) return;
      const { table, row } = item;
      if (!result.ok) {
        issues.push({
          table,
          id: row.id,
          code: 'record.decrypt-failed',
          message: 'Does not decrypt.',
        });
        return;
      }
      const parsed = ctx.registry[table].parse(result.value);
      if (!parsed.ok) {
        issues.push({ table, id: row.id, code: 'record.invalid', message: parsed.error.message });
        return;
      }
      decrypted.get(table)?.push(parsed.value);
    });
    onProgress({ phase: 'decrypting', done: Math.min(start + BATCH, total), total });
  }

  const audit = await openAuditRows(session.cipher, auditRows);
  const lastRow = auditRows.reduce((max, row) => Math.max(max, row.id), 0);
  session.auditRowId = lastRow;
  session.auditHead = audit.readable.at(-1) ?? null;

  // A lock() during decryption must win: nothing decrypted may land in memory after it.
  if (ctx.session !== session) return issues;
  for (const table of RECORD_TABLES) ctx.memory[table].apply(decrypted.get(table) ?? [], []);
  ctx.audit.apply(audit.readable, []);

  // The case list is usable now: the index is built by the search runner (a worker in the
  // app) and search reports "indexing" until it lands. Only an in-process build (unit
  // tests, or no Worker) is finished before unlock returns.
  const cases = ctx.memory.cases.size;
  onProgress({ phase: 'building-index', done: 0, total: cases });
  ctx.search.rebuild(() => allSearchDocs(ctx), cases);
  if (ctx.search.status().ready) onProgress({ phase: 'building-index', done: cases, total: cases });

  for (const table of RECORD_TABLES) ctx.memory[table].notify();
  ctx.audit.notify();
  notifySearch(ctx);
  return issues;
};

/** The search document of every case, from memory as it is when called. */
export const allSearchDocs = <M extends RecordMap>(ctx: StoreContext<M>): SearchDoc[] => {
  const view = viewOf(ctx);
  return ctx.memory.cases
    .all()
    .map((record) => ctx.searchConfig.docOf(ctx.registry.cases.idOf(record as never), view))
    .filter((doc) => doc !== null);
};

/** Lock: forget keys, every decrypted record and the index (ending the index worker), zero
 *  the sealing scratch buffer, then tell subscribers. */
export const dropAll = <M extends RecordMap>(ctx: StoreContext<M>): void => {
  ctx.session = null;
  ctx.epoch += 1;
  wipeSealScratch();
  for (const table of RECORD_TABLES) ctx.memory[table].clear();
  ctx.audit.clear();
  ctx.search.clear();
  for (const table of RECORD_TABLES) ctx.memory[table].notify();
  ctx.audit.notify();
  notifySearch(ctx);
};
