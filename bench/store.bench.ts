// Store bench: encrypted store vs plain Dexie on the same records, in one run, in headless
// Chromium with a disk-backed profile, at 1k, 10k and 100k cases unless sizes are given, with
// the growth between sizes. Run: `npx tsx bench/store.bench.ts [sizes…]`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession } from 'playwright-core';
import { build } from 'vite';
import { startWebServer } from '../scripts/web-server';
import type { UnlockBreakdown as Breakdown } from './store/breakdown';
import type { WorkerHeap } from './store/heap';
import type { FullLoad } from './store/main';

type Result = {
  n: number;
  rounds: number;
  /** encrypted / plain within each interleaved pair, in run order. */
  bulkPutRatios: number[];
  plain: {
    bulkPut: number;
    getById: number;
    fullLoad: number;
    fullLoadValidated: number;
    bytes: number;
  };
  encrypted: {
    bulkPut: {
      total: number;
      prepare: number;
      write: number;
      applyAndIndex: number;
      indexReadyAfter: number;
    };
    getByIdMemory: number;
    fullLoad: FullLoad;
    /** List usable (first page painted, ms beyond the KDF) of every unlock at this size. */
    unlockRounds: number[];
    search: { p50: number; p95: number; max: number; samples: number };
    hits: Record<string, number>;
    heap: {
      afterUnlock: number;
      growth: number;
      backing: number;
      records: number;
      index: number;
      indexBacking: number;
      views: number;
      workers: WorkerHeap[];
    } | null;
    breakdown: Breakdown | null;
  };
};
type Report = {
  userAgent: string;
  results: Result[];
  kdf: { params: string; createMs: number; unlockMs: number };
};

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);

const ms = (value: number) => `${value.toFixed(value < 10 ? 3 : 1)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const sizeName = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));

const printBreakdown = (b: Breakdown) => {
  const stages: [string, number][] = [
    ['IndexedDB getAll', b.indexedDbRead],
    ['AES-GCM', b.aesGcm],
    ['UTF-8 + JSON.parse', b.utf8AndJsonParse],
    ['zod', b.zod],
    [`audit rows opened (${b.auditEntries} entries)`, b.auditOpen],
    ['memory tables', b.memoryTables],
    ['search docs (main thread)', b.searchDocs],
    ['index build (worker)', b.indexBuild],
  ];
  const total = stages.reduce((sum, [, v]) => sum + v, 0);
  console.log(
    `   profile    each stage of the unlock alone over ${b.rows} rows: ` +
      stages.map(([name, v]) => `${name} ${ms(v)} (${((v / total) * 100).toFixed(0)}%)`).join(', '),
  );
};

/** The goals' figures side by side, and each one's growth from the size before. */
const printGrowth = (results: readonly Result[]) => {
  console.log(
    '\n-- growth (each figure, then × the size before; linear growth is × the size ratio)',
  );
  const figures: [string, (r: Result) => number | null, (v: number) => string][] = [
    ['list usable (first page painted)', (r) => r.encrypted.fullLoad.listPainted, ms],
    ['fully loaded (unlock returned)', (r) => r.encrypted.fullLoad.unlockReturned, ms],
    ['case views (first render)', (r) => r.encrypted.fullLoad.caseViews, ms],
    ['search index ready', (r) => r.encrypted.fullLoad.indexReady, ms],
    ['search p95', (r) => r.encrypted.search.p95, ms],
    ['JS heap after unlock', (r) => r.encrypted.heap?.afterUnlock ?? null, mib],
    ['  of which the vault', (r) => r.encrypted.heap?.growth ?? null, mib],
    ['  records + audit log', (r) => r.encrypted.heap?.records ?? null, mib],
    ['  search index', (r) => r.encrypted.heap?.index ?? null, mib],
    ['  case views', (r) => r.encrypted.heap?.views ?? null, mib],
    ['array buffers beside the heap', (r) => r.encrypted.heap?.backing ?? null, mib],
  ];
  for (const [name, of, format] of figures) {
    const cells = results.map((r, i) => {
      const value = of(r);
      if (value === null) return `${sizeName(r.n)} n/a`;
      const before = i > 0 ? results[i - 1] : undefined;
      const prev = before === undefined ? null : of(before);
      const growth =
        before === undefined || prev === null || prev <= 0
          ? ''
          : ` (${ratio(value, prev)} for ${ratio(r.n, before.n)} cases)`;
      return `${sizeName(r.n)} ${format(value)}${growth}`;
    });
    console.log(`${name.padEnd(33)} ${cells.join(' | ')}`);
  }
};

const print = (report: Report) => {
  console.log(`Chromium: ${report.userAgent}`);
  console.log(
    `Production KDF (${report.kdf.params}): create ${ms(report.kdf.createMs)}, unlock ${ms(report.kdf.unlockMs)}`,
  );
  for (const { n, rounds, bulkPutRatios, plain, encrypted } of report.results) {
    const e = encrypted;
    const load = e.fullLoad.decryptAndValidate;
    const size = sizeName(n);
    const sorted = [...bulkPutRatios].sort((a, b) => a - b);
    console.log(
      `\n-- ${n} cases (~${plain.bytes} B JSON each; ${rounds} interleaved pairs, the median pair shown)`,
    );
    console.log(
      `bulk put ratio at ${size} vs plain Dexie ${(e.bulkPut.total / plain.bulkPut).toFixed(2)} (goal <= 1.2)` +
        ` (pairs ${bulkPutRatios.map((r) => r.toFixed(2)).join(', ')}; range ${sorted[0]?.toFixed(2)}–${sorted.at(-1)?.toFixed(2)})`,
    );
    console.log(
      `list usable ${Math.round(e.fullLoad.listPainted)} ms beyond KDF (unlock click to the first page of ${e.fullLoad.firstPageCases} cases painted; goal <= 1500 at 10k, <= 2000 at 100k; median of ${e.unlockRounds.map((v) => Math.round(v)).join(', ')})` +
        ` (KDF ${ms(e.fullLoad.kdf)}; row counts read ${ms(e.fullLoad.readRows)})`,
    );
    console.log(
      `fully loaded ${Math.round(e.fullLoad.unlockReturned)} ms beyond KDF (every page read, decrypted and validated ${ms(e.fullLoad.decryptAndValidate)}, audit checked, unlock returned; writes wait for it)` +
        `; search index ready at ${ms(e.fullLoad.indexReady)}, built in a worker after the load`,
    );
    console.log(
      `bulk put      plain ${ms(plain.bulkPut)} | encrypted store ${ms(e.bulkPut.total)} = ${ratio(e.bulkPut.total, plain.bulkPut)}`,
    );
    console.log(
      `   breakdown   before the transaction (validate, first chunk sealed) ${ms(e.bulkPut.prepare)}, ` +
        `transaction (the rest and the audit chain sealed while IndexedDB writes, commit) ${ms(e.bulkPut.write)} ` +
        `(${ratio(e.bulkPut.prepare + e.bulkPut.write, plain.bulkPut)} without memory/index), memory ${ms(e.bulkPut.applyAndIndex)}; ` +
        `search index rebuilt in the worker ${ms(e.bulkPut.indexReadyAfter)} after the put returned`,
    );
    console.log(
      `get by id     plain IndexedDB ${ms(plain.getById)} | store (memory) ${ms(e.getByIdMemory)} = ${ratio(e.getByIdMemory, plain.getById)}`,
    );
    console.log(
      `full load     plain toArray ${ms(plain.fullLoad)} (+zod ${ms(plain.fullLoadValidated)}) | read+decrypt+zod ${ms(load)} = ` +
        `${ratio(load, plain.fullLoad)} vs raw, ${ratio(load, plain.fullLoadValidated)} vs plain+zod; + search index (worker) ${ms(e.fullLoad.buildIndex)}`,
    );
    console.log(
      `first render  case views of every case (what the list computes first) ${ms(e.fullLoad.caseViews)}`,
    );
    console.log(
      `search        p50 ${ms(e.search.p50)}, p95 ${ms(e.search.p95)}, max ${ms(e.search.max)} over ${e.search.samples} queries (target p95 ≤ 20 ms)`,
    );
    console.log(`   hits       ${JSON.stringify(e.hits)}`);
    if (e.heap !== null) {
      const h = e.heap;
      const workers =
        h.workers.length === 0
          ? 'no index worker alive (it ends after each build)'
          : h.workers
              .map(
                (w) =>
                  `index worker alive: heap ${mib(w.used)} + ${mib(w.backing)} array buffers (before GC)`,
              )
              .join('; ');
      console.log(
        `JS heap       main thread after unlock, index ready and every case view (GC first; V8 heap, the index worker's not included) ${mib(h.afterUnlock)}, ` +
          `of which the vault ${mib(h.growth)} (goal <= 400 MiB at 100k); array buffers beside it ${mib(h.backing)}`,
      );
      console.log(
        `   heap by step  records + audit log (unlock returned) ${mib(h.records)}, search index ${mib(h.index)} (+ ${mib(h.indexBacking)} array buffers), ` +
          `case views ${mib(h.views)}; ${workers}`,
      );
    }
    if (e.breakdown !== null) printBreakdown(e.breakdown);
  }
  printGrowth(report.results);
};

/**
 * The heaps of the page's workers alive when asked (the index worker), through the page's
 * DevTools session: workers attach to it (not flattened, so their replies arrive wrapped).
 */
const workerHeaps = async (cdp: CDPSession): Promise<() => Promise<WorkerHeap[]>> => {
  const sessions = new Set<string>();
  const replies = new Map<number, (result: unknown) => void>();
  let next = 0;
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') sessions.add(sessionId);
  });
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => sessions.delete(sessionId ?? ''));
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as { id?: number; result?: unknown };
    if (reply.id !== undefined) replies.get(reply.id)?.(reply.result);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const heapOf = (sessionId: string) =>
    new Promise<WorkerHeap>((resolve) => {
      const id = (next += 1);
      replies.set(id, (result) => {
        const usage = result as { usedSize: number; backingStorageSize: number };
        resolve({ used: usage.usedSize, backing: usage.backingStorageSize });
      });
      const message = JSON.stringify({ id, method: 'Runtime.getHeapUsage' });
      void cdp.send('Target.sendMessageToTarget', { sessionId, message });
    });
  return () => Promise.all([...sessions].map(heapOf));
};

const main = async () => {
  await build({ configFile: join(root, 'bench/store/vite.config.ts'), logLevel: 'warn' });
  const server = await startWebServer({ root: join(root, 'dist/bench-store'), port: 0 });
  const profile = await mkdtemp(join(tmpdir(), 'airlock-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error('page error:', error.message));
    // The page's JS heap after a full GC, from the DevTools protocol (the page's own
    // measureUserAgentSpecificMemory needs cross-origin isolation and is lazy).
    const cdp = await context.newCDPSession(page);
    await page.exposeFunction('benchHeap', async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      return { used: usage.usedSize, total: usage.totalSize, backing: usage.backingStorageSize };
    });
    await page.exposeFunction('benchWorkerHeaps', await workerHeaps(cdp));
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
    const report = (await page.evaluate(
      (list) =>
        (globalThis as unknown as { runBench: (s: number[]) => Promise<unknown> }).runBench(list),
      sizes.length > 0 ? sizes : [1000, 10_000, 100_000],
    )) as Report;
    print(report);
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
};

await main();
