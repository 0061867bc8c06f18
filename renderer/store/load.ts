import { wipeSealScratch, type Envelope } from '../../shared/crypto/vault';
import type { AuditEntry } from '../../shared/model/audit-entry';
import { openAuditRows } from './audit-log';
import type { SearchDoc } from './case-search';
import {
  NOT_LOADING,
  notifySearch,
  setLoad,
  viewOf,
  type Session,
  type StoreContext,
} from './context';
import { RECORD_TABLES, type AirlockDb, type RecordRow, type RecordTable } from './db';
import type { LoadIssue, OnProgress, RecordMap } from './types';

/** Rows read, decrypted and put in memory at a time: one short read transaction each. */
export const LOAD_PAGE_ROWS = 1000;

/**
 * Cases last. A case's row in the list is the fold of its events, involvements and
 * messages, kept under random ids with no case index on disk (no plaintext is indexed), so
 * only once those tables are whole is every case the list shows shown right.
 */
export const LOAD_ORDER: readonly RecordTable[] = [
  ...RECORD_TABLES.filter((table) => table !== 'cases'),
  'cases',
];

/** The cases table is re-announced to its subscribers (the list, which recomputes every
 *  row) only when it grew by this factor since it last was: a few renders, not one a page. */
const NOTIFY_GROWTH = 1.25;

export type LoadOptions = {
  /**
   * Called once, when the first page of cases is in memory and more remains to load: the
   * store is usable from then on (unlock sets its status). Not called for a vault whose
   * cases fit in one page: that one is loaded whole first, as it always was.
   */
  onFirstPage?: () => void;
};

const readPage = (
  db: AirlockDb,
  table: RecordTable,
  after: string | undefined,
  limit: number,
): Promise<RecordRow[]> =>
  db.transaction('r', table, () => {
    const rows = db.table<RecordRow, string>(table);
    return (after === undefined ? rows.orderBy(':id') : rows.where(':id').above(after))
      .limit(limit)
      .toArray();
  });

/** Decrypts and validates one page; a row that fails is reported, not loaded. */
const openPage = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  session: Session,
  table: RecordTable,
  rows: readonly RecordRow[],
  issues: LoadIssue[],
): Promise<unknown[]> => {
  const opened = await Promise.all(rows.map((row) => session.cipher.open(table, row as Envelope)));
  const records: unknown[] = [];
  opened.forEach((result, i) => {
    const row = rows[i];
    if (row === undefined) return;
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
    records.push(parsed.value);
  });
  return records;
};

/** Lets the page paint and handle input between two pages of a background load. A message,
 *  not a timer: Chromium (and Electron's background throttling) runs a hidden page's timers
 *  once a second, which would stretch a 100-page load to minutes behind a minimised window. */
const yieldToUi = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/**
 * Decrypts every record into memory, a page at a time, then the audit rows, then builds the
 * search index. A row that fails to decrypt or validate is reported as a LoadIssue and left
 * on disk untouched: one damaged record must not lock the analyst out of every other case.
 * With `onFirstPage`, a vault of more than one page of cases is usable after its first page
 * and the rest loads behind it (ARCHITECTURE.md §7, "Vault size"); the caller (unlock) runs
 * inside the store's one-operation queue, so no write is planned against a partial store.
 */
export const loadAll = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  session: Session,
  onProgress: OnProgress,
  options: LoadOptions = {},
): Promise<LoadIssue[]> => {
  const { db } = ctx;
  const pageRows = ctx.loadPageRows;
  // Counts for progress, and the audit rows this load covers: a write from another window
  // after this point is not read into the chain, so this window's first write is refused as
  // a conflict (commit.ts) rather than planned against a store it half saw.
  const [counts, lastAuditRow] = await db.transaction('r', [...LOAD_ORDER, 'audit'], () =>
    Promise.all([
      Promise.all(LOAD_ORDER.map((table) => db.table(table).count())),
      db.audit.orderBy(':id').lastKey(),
    ]),
  );
  const total = counts.reduce((sum, n) => sum + n, 0);
  const casesTotal = counts.at(-1) ?? 0;
  const auditRows = Number(lastAuditRow ?? 0);
  onProgress({ phase: 'decrypting', done: 0, total });

  const issues: LoadIssue[] = [];
  const live = () => ctx.session === session;
  let done = 0;
  let reported = 0;
  let casesDone = 0;
  let announced = 0;
  let background = false;
  for (const table of LOAD_ORDER) {
    let after: string | undefined;
    for (let full = true; full;) {
      if (background) await yieldToUi();
      const rows = await readPage(db, table, after, pageRows);
      const records = await openPage(ctx, session, table, rows, issues);
      // A lock() while this page was read or decrypted wins: nothing of it lands in memory.
      if (!live()) return issues;
      ctx.memory[table].apply(records, []);
      full = rows.length === pageRows;
      after = rows.at(-1)?.id;
      done += rows.length;
      if (done > reported && (done - reported >= pageRows || done === total)) {
        reported = done;
        onProgress({ phase: 'decrypting', done, total });
      }
      if (table !== 'cases') continue;
      casesDone += rows.length;
      if (background) {
        setLoad(ctx, { loading: true, done: casesDone, total: Math.max(casesTotal, casesDone) });
        if (casesDone >= announced * NOTIFY_GROWTH) {
          announced = casesDone;
          ctx.memory.cases.notify();
        }
      } else if (options.onFirstPage !== undefined && (full || auditRows > pageRows)) {
        // The first page of cases, everything they fold from, and more to come.
        background = true;
        announced = casesDone;
        // Heard with the status change onFirstPage makes; a listener may lock, so look again.
        ctx.load = { loading: true, done: casesDone, total: Math.max(casesTotal, casesDone) };
        for (const t of RECORD_TABLES) ctx.memory[t].notify();
        if (live()) options.onFirstPage();
      }
    }
  }

  const audit = await loadAudit(ctx, session, auditRows, background);
  if (audit === null) return issues;
  session.auditRowId = auditRows;
  session.auditHead = audit.at(-1) ?? null;
  ctx.audit.apply(audit, []);

  // The case list is usable now: the index is built by the search runner (a worker in the
  // app) and search reports "indexing" until it lands. Only an in-process build (unit
  // tests, or no Worker) is finished before unlock returns.
  const cases = ctx.memory.cases.size;
  onProgress({ phase: 'building-index', done: 0, total: cases });
  ctx.search.rebuild(() => allSearchDocs(ctx), cases);
  if (ctx.search.status().ready) onProgress({ phase: 'building-index', done: cases, total: cases });

  setLoad(ctx, NOT_LOADING);
  for (const table of RECORD_TABLES) ctx.memory[table].notify();
  ctx.audit.notify();
  notifySearch(ctx);
  // Reported in the tables' order, as when every table was read at once.
  const order = (issue: LoadIssue) => RECORD_TABLES.indexOf(issue.table);
  return issues.sort((a, b) => order(a) - order(b));
};

/** The audit rows up to `lastRow`, a page at a time, decrypted; null when locked meanwhile. */
const loadAudit = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  session: Session,
  lastRow: number,
  background: boolean,
): Promise<AuditEntry[] | null> => {
  const entries: AuditEntry[] = [];
  for (let after = 0; after < lastRow;) {
    if (background) await yieldToUi();
    const from = after;
    const rows = await ctx.db.transaction('r', 'audit', () =>
      ctx.db.audit
        .where(':id')
        .between(from, lastRow, false, true)
        .limit(ctx.loadPageRows)
        .toArray(),
    );
    const opened = await openAuditRows(session.cipher, rows);
    if (ctx.session !== session) return null;
    for (const entry of opened.readable) entries.push(entry);
    after = rows.at(-1)?.id ?? lastRow;
  }
  return ctx.session === session ? entries : null;
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
  ctx.load = NOT_LOADING;
  wipeSealScratch();
  for (const table of RECORD_TABLES) ctx.memory[table].clear();
  ctx.audit.clear();
  ctx.search.clear();
  for (const table of RECORD_TABLES) ctx.memory[table].notify();
  ctx.audit.notify();
  notifySearch(ctx);
};
