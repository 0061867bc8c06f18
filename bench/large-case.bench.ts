// Large-case bench (issue 13 item 6, issue 25 item 1): two generated cases — 150 vendors /
// 500 messages / 40 products / 2,000 events, and ten times that (1,000 vendors / 5,000
// messages / 200 products / 20,000 events) — opened from the case list in the real app in
// headless Chromium (click to vendor matrix painted) at least 20 times each, interleaved with
// the same open of a 3-vendor case in the same run and vault (the baseline). For each size:
// open p50/p95, scroll to the last vendor and open its thread with the dropped-frame check,
// the matrix filter and a derived-status change painted; then the growth ratio 1,000 / 150 of
// every figure. Run: `npx tsx bench/large-case.bench.ts [opens] [changes]`.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startWebServer } from '../scripts/web-server';
import { installVault } from '../tests/e2e/cases-vault';
import { generateLargeCase, type LargeCase } from '../tests/generators/large-case';
import type { ChangeTiming } from './large-case/change';
import type { OpenTiming } from './large-case/measure';
import { printProfile } from './large-case/profile';
import { FRAME_MS, printSize, printGrowth, type SizeRun } from './large-case/report';
import { largeCaseVault } from './large-case/vault';

const root = fileURLToPath(new URL('..', import.meta.url));
const OPENS = Math.max(20, Number(process.argv[2] ?? 24) || 24);
const CHANGES = Math.max(5, Number(process.argv[3] ?? 12) || 12);
const PASS = 'bench passphrase that is long enough';
/** `LARGE_CASE_PROFILE=1`: one more status change on the largest case under the CDP profiler,
 *  then the first one after a fresh unlock (the write path's first plan on the case). */
const PROFILE = process.env['LARGE_CASE_PROFILE'] === '1';

type Bench = {
  openCaseInPage: (a: { caseId: string; lastVendor: string | null }) => Promise<OpenTiming>;
  changeInPage: (a: { rowIndex: number; keepOpen?: boolean }) => Promise<ChangeTiming>;
  statusChangeInPage: (a: null) => Promise<number>;
};
const inPage = <K extends keyof Bench>(name: K, arg: Parameters<Bench[K]>[0]) => ({
  name,
  arg,
});

const ms0 = (v: number) => `${Math.round(v)} ms`;
const describe = (c: LargeCase): string =>
  `${c.involvements.length} vendors, ${c.messages.length} messages, ` +
  `${new Set(c.involvements.flatMap((i) => i.products.map((p) => p.product))).size} products, ` +
  `${c.events.length} events`;

const main = async () => {
  const sizes = [
    generateLargeCase(),
    generateLargeCase({ vendors: 1000, messages: 5000, products: 200, events: 20_000 }),
  ];
  const small = generateLargeCase({ vendors: 3, messages: 9, products: 3, events: 40 });
  for (const c of sizes) console.log(`case: ${describe(c)}`);
  console.log(`baseline: ${describe(small)}`);
  const outDir = join(root, 'dist/bench-large-case');
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    // Unminified when profiling, so the profile names the app's own functions.
    build: { outDir, emptyOutDir: true, ...(PROFILE ? { minify: false } : {}) },
  });
  const measure = await esbuild({
    stdin: {
      contents: "export * from './measure'; export * from './change';",
      resolveDir: join(root, 'bench/large-case'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'airlockLargeCaseBench',
    // page.evaluate runs the text as a function body: publish the global explicitly.
    footer: { js: 'globalThis.airlockLargeCaseBench = airlockLargeCaseBench;' },
    write: false,
    target: 'chrome130',
  });
  const measureJs = measure.outputFiles[0]?.text ?? '';
  const rows = await largeCaseVault([...sizes, small], PASS);
  const server = await startWebServer({ root: outDir, port: 0 });
  const profile = await mkdtemp(join(tmpdir(), 'airlock-bench-large-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
    locale: 'en-US',
    timezoneId: 'Asia/Tokyo',
  });
  try {
    // tsx compiles functions handed to page.evaluate with esbuild's `__name` helper (keepNames);
    // give the page a no-op one.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error('page error:', error.message));
    page.setDefaultTimeout(300_000);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Create your vault' }).waitFor();
    await installVault(page, rows);
    const unlock = async () => {
      await page.reload();
      await page.getByLabel(/^Passphrase/).fill(PASS);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
      await page.evaluate(measureJs);
    };
    await unlock();
    const userAgent = await page.evaluate(() => navigator.userAgent);
    const call = <K extends keyof Bench>(
      what: ReturnType<typeof inPage<K>>,
    ): Promise<Awaited<ReturnType<Bench[K]>>> =>
      page.evaluate(
        (w) =>
          (
            (globalThis as unknown as { airlockLargeCaseBench: Bench }).airlockLargeCaseBench[
              w.name
            ] as (a: unknown) => Promise<never>
          )(w.arg),
        what,
      );
    const open = (c: LargeCase, last: boolean) =>
      call(
        inPage('openCaseInPage', {
          caseId: c.kase.id,
          lastVendor: last ? (c.contacts[c.contacts.length - 1]?.name.en ?? null) : null,
        }),
      );
    // One warm-up open of each (first-time module and style work is not what is measured).
    await open(small, false);
    for (const c of sizes) await open(c, true);
    const runs: SizeRun[] = sizes.map((c) => ({ label: describe(c), opens: [], changes: [] }));
    const base: number[] = [];
    for (let i = 0; i < OPENS; i += 1) {
      // Interleaved, so no size always runs on a warmer engine.
      base.push((await open(small, false)).open);
      for (const [k, c] of sizes.entries()) runs[k]?.opens.push(await open(c, true));
    }
    // The matrix changes, on each size in turn (each status change records one event).
    for (let i = 0; i < CHANGES; i += 1) {
      for (const [k, c] of sizes.entries()) {
        await open(c, false);
        runs[k]?.changes.push(await call(inPage('changeInPage', { rowIndex: i })));
      }
    }
    console.log(`Chromium: ${userAgent}`);
    console.log(
      `machine: loaded (shared with other engineers), load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} at the end; one frame = ${FRAME_MS} ms`,
    );
    for (const run of runs) printSize(run, base);
    printGrowth(runs);
    const largest = sizes[sizes.length - 1];
    if (PROFILE && largest !== undefined) {
      await open(largest, false);
      // The row is opened first; the profile holds the status change alone.
      await call(inPage('changeInPage', { rowIndex: CHANGES, keepOpen: true }));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
      const one = await call(inPage('statusChangeInPage', null));
      const { profile: cpu } = await cdp.send('Profiler.stop');
      printProfile(`status change under the profiler (${ms0(one)})`, cpu);
      // `LARGE_CASE_PROFILE_OUT=file.cpuprofile`: the whole profile, for DevTools or a script.
      const out = process.env['LARGE_CASE_PROFILE_OUT'];
      if (out !== undefined && out !== '') await writeFile(out, JSON.stringify(cpu));
      // The first change after a fresh unlock and open: nothing of the case folded before.
      await unlock();
      await open(largest, false);
      await call(inPage('changeInPage', { rowIndex: CHANGES + 1, keepOpen: true }));
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
      const first = await call(inPage('statusChangeInPage', null));
      const { profile: cold } = await cdp.send('Profiler.stop');
      printProfile(
        `first status change after unlock and open, under the profiler (${ms0(first)})`,
        cold,
      );
      if (out !== undefined && out !== '') {
        await writeFile(out.replace(/(\.cpuprofile)?$/, '-first.cpuprofile'), JSON.stringify(cold));
      }
    }
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
};

await main();
