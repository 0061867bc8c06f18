// Store bench: encrypted store vs plain Dexie on the same records, in one run, in headless
// Chromium with a disk-backed profile. Run: `npx tsx bench/store.bench.ts [sizes…]`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startWebServer } from '../scripts/web-server';

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
    fullLoad: {
      decryptAndValidate: number;
      buildIndex: number;
      kdf: number;
      readRows: number;
      unlockReturned: number;
      listPainted: number;
      indexReady: number;
    };
    search: { p50: number; p95: number; max: number; samples: number } | null;
    hits: Record<string, number>;
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

const print = (report: Report) => {
  console.log(`Chromium: ${report.userAgent}`);
  console.log(
    `Production KDF (${report.kdf.params}): create ${ms(report.kdf.createMs)}, unlock ${ms(report.kdf.unlockMs)}`,
  );
  for (const { n, rounds, bulkPutRatios, plain, encrypted } of report.results) {
    const e = encrypted;
    const load = e.fullLoad.decryptAndValidate;
    const size = n % 1000 === 0 ? `${n / 1000}k` : String(n);
    const sorted = [...bulkPutRatios].sort((a, b) => a - b);
    console.log(
      `\n-- ${n} cases (~${plain.bytes} B JSON each; ${rounds} interleaved pairs, the median pair shown)`,
    );
    console.log(
      `bulk put ratio at ${size} vs plain Dexie ${(e.bulkPut.total / plain.bulkPut).toFixed(2)} (goal <= 1.2)` +
        ` (pairs ${bulkPutRatios.map((r) => r.toFixed(2)).join(', ')}; range ${sorted[0]?.toFixed(2)}–${sorted.at(-1)?.toFixed(2)})`,
    );
    console.log(
      `unlock to list ${Math.round(e.fullLoad.listPainted)} ms beyond KDF (goal <= 1500; median of the pairs)` +
        ` (KDF ${ms(e.fullLoad.kdf)}; then IndexedDB read ${ms(e.fullLoad.readRows)}, decrypt+zod ${ms(e.fullLoad.decryptAndValidate)}, ` +
        `unlock returned at ${ms(e.fullLoad.unlockReturned)}; search index ready at ${ms(e.fullLoad.indexReady)}, built in a worker)`,
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
    if (e.search !== null) {
      console.log(
        `search        p50 ${ms(e.search.p50)}, p95 ${ms(e.search.p95)}, max ${ms(e.search.max)} over ${e.search.samples} queries (target p95 ≤ 20 ms)`,
      );
      console.log(`   hits       ${JSON.stringify(e.hits)}`);
    }
  }
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
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
    const report = (await page.evaluate(
      (list) =>
        (globalThis as unknown as { runBench: (s: number[]) => Promise<unknown> }).runBench(list),
      sizes.length > 0 ? sizes : [1000, 10_000],
    )) as Report;
    print(report);
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
};

await main();
