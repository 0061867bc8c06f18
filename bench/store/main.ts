import { Dexie } from 'dexie';
import { TEST_KDF } from '../../shared/crypto/vault/testing/test-kdf';
import { parseCase, type Case } from '../../shared/model';
import { caseViewsOf } from '../../renderer/store/case-views';
import { openStore, type AirlockStore as Store } from '../../renderer/store/open-store';
import { unlockBreakdown } from './breakdown';
import { heapNow, heapWalk } from './heap';
import { SEARCH_QUERIES, syntheticCase } from './synthetic';

// The store bench page: plain Dexie and the encrypted store on the same records, in one
// run, in real Chromium on a disk-backed profile. bench/store.bench.ts drives it.
const now = () => performance.now();
const PASS = 'bench passphrase that is long enough';
/** The case views' "now" (fixed: the bench reads no clock for data). */
const VIEW_NOW = '2026-12-01T00:00:00.000Z';

const percentile = (samples: number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

const median = (values: number[]): number => percentile(values, 50);

const sampleIds = (ids: readonly string[], count: number): string[] =>
  Array.from({ length: count }, (_, i) => ids[(i * 7919) % ids.length] ?? '');

const benchPlain = async (n: number, run: string) => {
  const records = Array.from({ length: n }, (_, i) => syntheticCase(i));
  const db = new Dexie(`plain-${n}-${run}`);
  db.version(1).stores({ cases: 'id' });
  await db.open();
  const table = db.table('cases');
  let t = now();
  await db.transaction('rw', table, () => table.bulkPut(records));
  const bulkPut = now() - t;
  const ids = sampleIds(
    records.map((r) => r.id),
    500,
  );
  t = now();
  for (const id of ids) await table.get(id);
  const getById = (now() - t) / ids.length;
  t = now();
  const all = await table.toArray();
  const fullLoad = now() - t;
  t = now();
  for (const record of all) parseCase(record);
  const validate = now() - t;
  db.close();
  // Each measurement starts from the same profile: the databases of earlier rounds would
  // otherwise grow LevelDB's compaction work under the later ones.
  await Dexie.delete(db.name);
  return {
    bulkPut,
    getById,
    fullLoad,
    fullLoadValidated: fullLoad + validate,
    bytes: JSON.stringify(records[0]).length,
  };
};

export type FullLoad = {
  decryptAndValidate: number;
  buildIndex: number;
  kdf: number;
  readRows: number;
  /** unlock() resolved: every page loaded, the audit checked, the index build started. */
  unlockReturned: number;
  /** List usable: the store turned unlocked (its first page of cases) and that list painted. */
  listPainted: number;
  /** Cases in that first painted list. */
  firstPageCases: number;
  indexReady: number;
  caseViews: number;
};

/** Lock, unlock and paint the list; the marks of one unlock (see FullLoad). */
const measureUnlock = async (store: Store): Promise<FullLoad> => {
  store.lock();
  const phases: Record<string, number> = {};
  // The list is painted as the app shows it: when the store turns unlocked, which a large
  // vault does at its first page of cases while the rest loads behind it.
  const first: { painted: Promise<number> | null; cases: number } = { painted: null, cases: 0 };
  const paintFirst = () => {
    const cases = store.repos.cases.all();
    first.cases = cases.length;
    first.painted = paintList(cases).then(now);
  };
  const stop = store.subscribeStatus(() => {
    if (first.painted === null && store.status() === 'unlocked') paintFirst();
  });
  const start = now();
  const unlocked = await store.unlock(PASS, (p) => void (phases[p.phase] ??= now()));
  const done = now();
  stop();
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  if (first.painted === null) paintFirst();
  const painted = (await first.painted) ?? done;
  // What the app's list computes on its first render of the whole store (one view per
  // case), apart.
  const t = now();
  caseViewsOf(store, VIEW_NOW);
  const caseViews = now() - t;
  await indexReady(store);
  const indexed = now();
  // The KDF ends where unwrapping the master key starts; everything after it (reading the
  // rows, decrypting, validating, painting) is what the goal counts.
  const kdfEnd = phases.unwrapping ?? start;
  const decryptStart = phases.decrypting ?? start;
  const indexStart = phases['building-index'] ?? done;
  return {
    decryptAndValidate: indexStart - decryptStart,
    buildIndex: indexed - indexStart,
    kdf: kdfEnd - start,
    readRows: decryptStart - kdfEnd,
    unlockReturned: done - kdfEnd,
    listPainted: painted - kdfEnd,
    firstPageCases: first.cases,
    indexReady: indexed - kdfEnd,
    caseViews,
  };
};

const searchTimes = (store: Store) => {
  const samples: number[] = [];
  for (const query of SEARCH_QUERIES) store.search(query);
  for (let round = 0; round < 10; round += 1) {
    for (const query of SEARCH_QUERIES) {
      const t = now();
      store.search(query);
      samples.push(now() - t);
    }
  }
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: Math.max(...samples),
    samples: samples.length,
  };
};

type EncryptedOptions = { unlocks: number; breakdown: boolean };

const benchEncrypted = async (n: number, run: string, options: EncryptedOptions) => {
  const heapBefore = await heapNow();
  let records: Case[] = Array.from({ length: n }, (_, i) => syntheticCase(i));
  const ids = sampleIds(
    records.map((r) => r.id),
    500,
  );
  const marks: Record<string, number> = {};
  const dbName = `enc-${n}-${run}`;
  const store = await openStore({
    dbName,
    testHooks: {
      afterEncrypt: () => void (marks.encrypted = now()),
      // Committed, not just queued: IndexedDB's commit belongs to the write, as it does in
      // the plain Dexie baseline.
      afterCommit: () => void (marks.written = now()),
    },
  });
  await store.create(PASS, { kdf: TEST_KDF });
  const t0 = now();
  const out = await store.transact((tx) => {
    for (const record of records) tx.put('cases', record);
  });
  const end = now();
  if (!out.ok) throw new Error(out.error.message);
  // The heap after unlock must hold what the store holds, not the bench's own copies.
  records = [];
  // A bulk import hands the index to the worker: time until search answers, apart.
  await indexReady(store);
  const bulkPut = {
    total: end - t0,
    prepare: (marks.encrypted ?? end) - t0,
    write: (marks.written ?? end) - (marks.encrypted ?? t0),
    applyAndIndex: end - (marks.written ?? end),
    indexReadyAfter: now() - end,
  };
  const t = now();
  for (let round = 0; round < 20; round += 1) for (const id of ids) store.repos.cases.get(id);
  const getByIdMemory = (now() - t) / (ids.length * 20);

  // One unlock walked with the heap after a GC at each step (the driver's probes), before any
  // case views exist: their cache outlives a lock (it would keep the last unlock's records).
  const walk = await heapWalk(
    store,
    async () => {
      const unlocked = await store.unlock(PASS);
      if (!unlocked.ok) throw new Error(unlocked.error.message);
    },
    () => indexReady(store),
    VIEW_NOW,
  );

  // The same vault unlocked several times (building it is the slow part at 100k).
  const unlocks: FullLoad[] = [];
  for (let round = 0; round < options.unlocks; round += 1) unlocks.push(await measureUnlock(store));
  const search = searchTimes(store);
  const hits = Object.fromEntries(
    SEARCH_QUERIES.map((q) => [q, store.search(q, { limit: 100_000 }).length]),
  );
  store.close();
  const breakdown = options.breakdown ? await unlockBreakdown(dbName, PASS) : null;
  await Dexie.delete(dbName);
  const medianUnlock = median(unlocks.map((u) => u.listPainted));
  const fullLoad = unlocks.find((u) => u.listPainted === medianUnlock) ?? unlocks[0];
  if (fullLoad === undefined) throw new Error('no unlock ran');
  return {
    bulkPut,
    getByIdMemory,
    fullLoad,
    unlockRounds: unlocks.map((u) => u.listPainted),
    search,
    hits,
    heap:
      heapBefore === null || walk === null
        ? null
        : {
            afterUnlock: walk.views.used,
            growth: walk.views.used - heapBefore.used,
            backing: walk.views.backing,
            records: walk.records.used - walk.locked.used,
            index: walk.index.used - walk.records.used,
            indexBacking: walk.index.backing - walk.records.backing,
            views: walk.views.used - walk.index.used,
            workers: walk.workers,
          },
    breakdown,
  };
};

/** Resolves when the store's search index is ready (built by the worker after a change). */
const indexReady = (store: Store): Promise<void> =>
  new Promise((resolve) => {
    if (store.searchStatus().ready) return resolve();
    const stop = store.subscribeSearch(() => {
      if (!store.searchStatus().ready) return;
      stop();
      resolve();
    });
  });

/**
 * The first screenful of the case list, as the list screen shows it (sorted by ref, newest
 * first), rendered and painted: resolves after the frame that shows it.
 */
const paintList = async (cases: readonly Case[]): Promise<void> => {
  const rows = [...cases].sort((a, b) => (a.ref < b.ref ? 1 : a.ref > b.ref ? -1 : 0));
  const table = document.createElement('table');
  for (const c of rows.slice(0, 40)) {
    const tr = table.insertRow();
    for (const text of [c.ref, c.title, c.states.report, c.tlp]) tr.insertCell().textContent = text;
  }
  document.getElementById('list')?.replaceChildren(table);
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
};

const benchProductionKdf = async (run: string) => {
  const store = await openStore({ dbName: `kdf-${run}` });
  const phases: Record<string, number> = {};
  const start = now();
  await store.create(PASS, {}, (p) => void (phases[p.phase] ??= now()));
  store.lock();
  const t = now();
  await store.unlock(PASS);
  const unlock = now() - t;
  store.close();
  return {
    params: '64 MiB, t=3, p=1',
    createMs: (phases.decrypting ?? now()) - start,
    unlockMs: unlock,
  };
};

/** Pairs run at each size: the machine is shared and one stall skews a single ratio. At
 *  100k one pair (a minute of writes each), its vault unlocked three times instead. */
const pairsAt = (n: number): number => (n >= 100_000 ? 1 : n >= 10_000 ? 3 : 5);
const unlocksAt = (n: number): number => (n >= 100_000 ? 3 : 1);

const runBench = async (sizes: number[]) => {
  const run = crypto.randomUUID().slice(0, 8);
  const results = [];
  for (const n of sizes) {
    // Plain and encrypted run in interleaved pairs, each first in turn, so neither always
    // runs on a warmer engine; a ratio is taken within its pair and the median reported.
    const pairs: {
      plain: Awaited<ReturnType<typeof benchPlain>>;
      encrypted: Awaited<ReturnType<typeof benchEncrypted>>;
    }[] = [];
    const rounds = pairsAt(n);
    for (let round = 0; round < rounds; round += 1) {
      const id = `${run}-${round}`;
      // The stage breakdown once per size, on the last pair's vault.
      const options = { unlocks: unlocksAt(n), breakdown: round === rounds - 1 };
      if (round % 2 === 0) {
        const plain = await benchPlain(n, id);
        pairs.push({ plain, encrypted: await benchEncrypted(n, id, options) });
      } else {
        const encrypted = await benchEncrypted(n, id, options);
        pairs.push({ plain: await benchPlain(n, id), encrypted });
      }
    }
    const ratioOf = (pair: (typeof pairs)[number]) =>
      pair.encrypted.bulkPut.total / pair.plain.bulkPut;
    const ratios = pairs.map(ratioOf);
    const middle = median(ratios);
    const typical = pairs.find((pair) => ratioOf(pair) === middle) ?? pairs[0];
    if (typical === undefined) throw new Error('no pairs ran');
    const unlocks = pairs.map((pair) => pair.encrypted.fullLoad.listPainted);
    const typicalUnlock =
      pairs.find((pair) => pair.encrypted.fullLoad.listPainted === median(unlocks)) ?? typical;
    results.push({
      n,
      rounds,
      bulkPutRatios: ratios,
      plain: typical.plain,
      encrypted: {
        ...typical.encrypted,
        fullLoad: typicalUnlock.encrypted.fullLoad,
        unlockRounds: pairs.flatMap((pair) => pair.encrypted.unlockRounds),
        breakdown: pairs.at(-1)?.encrypted.breakdown ?? null,
        heap: pairs.at(-1)?.encrypted.heap ?? null,
      },
    });
  }
  return { userAgent: navigator.userAgent, results, kdf: await benchProductionKdf(run) };
};

Object.assign(globalThis, { runBench });
const state = document.getElementById('state');
if (state !== null) state.textContent = 'ready';
