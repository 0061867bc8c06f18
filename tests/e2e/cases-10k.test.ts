// Generated cases (COUNT below) in real Chromium: the list loads and scrolls, search finds
// exactly the generator's cases, and combined filters show exactly the generator's own counts.
// How fast search answers is measured by `npm run bench` (search p95), not asserted here: a
// timed assertion fails on a loaded machine without anything being wrong.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCases, type GeneratedCorpus } from '../generators/cases';
import { buildVaultRows, installVault, type VaultRows } from './cases-vault';
import { TEST_PASSPHRASE } from './flows';
import { seriousViolations } from './a11y';
import { launchApp, type AppSession } from './harness';

const NOW = new Date('2026-12-07T01:00:00.000Z');

// The figure. The list computes every case's deadlines on first show; that stays
// cheap because the calendar memoises its formatter, zoned day ends and holiday set.
const COUNT = 10_000;
const fmt = (n: number) => n.toLocaleString('en-US');

let corpus: GeneratedCorpus;
let rows: VaultRows;
let app: AppSession;

const countText = (page: Page) => page.getByTestId('case-count');
const expectCount = async (page: Page, shown: number, total = COUNT, timeout = 15_000) => {
  await expect
    .poll(() => countText(page).innerText(), { timeout })
    .toMatch(new RegExp(`^(${shown}|${fmt(shown)}) of (${total}|${fmt(total)}) cases`));
};

describe(`case list with ${fmt(COUNT)} generated cases`, () => {
  beforeAll(async () => {
    const t0 = Date.now();
    const step = (what: string) => console.log(`[cases-10k] ${what} at ${Date.now() - t0} ms`);
    corpus = generateCases({ seed: 42, count: COUNT });
    step('generated');
    rows = await buildVaultRows(corpus, TEST_PASSPHRASE);
    step('vault rows sealed');
    app = await launchApp();
    // A fixed "now": an embargo whose agreed instant has passed reads "due", not "active".
    await app.page.clock.install({ time: NOW });
    await app.page.goto(app.baseUrl);
    await app.page.getByRole('heading', { name: 'Create your vault' }).waitFor();
    await installVault(app.page, rows);
    step('rows installed');
    await app.page.reload();
    await app.page.getByLabel(/^Passphrase/).fill(TEST_PASSPHRASE);
    await app.page.getByRole('button', { name: 'Unlock' }).click();
    await app.page
      .getByRole('navigation', { name: 'Main navigation' })
      .waitFor({ timeout: 120_000 });
    step('unlocked');
    // The first screen folds every case once; let it settle before the test clicks.
    app.page.setDefaultTimeout(90_000);
    await app.page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    step('first frame after unlock');
  }, 600_000);

  afterAll(async () => {
    await app.dispose();
  });

  it('loads, scrolls, searches and filters to the generator counts', async () => {
    const { page } = app;
    const started = Date.now();
    await page.getByRole('link', { name: 'Cases' }).click();
    console.log(`[cases-10k] Cases link clicked after ${Date.now() - started} ms`);
    // Unlock opened on the first page of cases; the rest loads behind the list ("Loading
    // cases… n of 10,000"), a few seconds on a loaded machine, before all are counted.
    await expectCount(page, COUNT, COUNT, 60_000);
    console.log(`[cases-10k] list of ${COUNT} shown ${Date.now() - started} ms after navigation`);
    const grid = page.getByRole('grid', { name: /^Cases/ });
    // Virtualised: only a window of rows is in the DOM, yet the last case is reachable.
    expect(await grid.getByRole('row').count()).toBeLessThan(100);
    await grid.focus();
    await page.keyboard.press('End');
    await expect.poll(() => grid.locator(`[aria-rowindex="${COUNT + 1}"]`).count()).toBe(1);
    await page.mouse.wheel(0, -4000);
    await page.keyboard.press('Home');
    await expect.poll(() => grid.locator('[aria-rowindex="2"]').count()).toBe(1);

    // Search (English and Japanese); the screen's own timing is logged as a diagnostic.
    const search = page.getByLabel('Search cases');
    const timings: number[] = [];
    const queries: [string, number][] = [
      ['Quartz SCADA', corpus.counts.byProduct['Quartz SCADA'] ?? -1],
      ['Falcon', corpus.counts.byProduct['Falcon VPN'] ?? -1],
      ['パストラバーサル', corpus.cases.filter((c) => c.title.includes('パストラバーサル')).length],
      ['AL-2026-00042', 1],
    ];
    for (const [query, expected] of queries) {
      await search.fill(query);
      await expectCount(page, expected);
      const ms = await page.locator('[data-search-ms]').getAttribute('data-search-ms');
      timings.push(Number(ms));
    }
    console.log(`[cases-10k] search ms per query (diagnostic): ${timings.join(', ')}`);
    await search.fill('');
    await expectCount(page, COUNT);

    // Filters combine with AND; counts come from the generator, not from the filter code.
    await page.getByLabel('Report state').selectOption('accepted');
    await expectCount(page, corpus.counts.byReportState.accepted ?? -1);
    await page.getByLabel('TLP', { exact: true }).selectOption('RED');
    await page.getByLabel('Priority', { exact: true }).selectOption('high');
    await expectCount(page, corpus.counts.byStateTlpPriority['accepted|RED|high'] ?? -1);
    // A named filter set is kept in the vault: it is there again after lock and unlock.
    await page.getByLabel('Name for the current filters').fill('Red, high, accepted');
    await page.getByRole('button', { name: 'Save filters' }).click();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expectCount(page, COUNT);
    await page.reload();
    await page.getByLabel(/^Passphrase/).fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('link', { name: 'Cases' }).click();
    await expectCount(page, COUNT);
    await page.getByLabel('Saved filters').selectOption('Red, high, accepted');
    await expectCount(page, corpus.counts.byStateTlpPriority['accepted|RED|high'] ?? -1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    const [vendorId, vendorCount] = Object.entries(corpus.counts.byVendor)[3] ?? ['', 0];
    await page.getByLabel('Vendor', { exact: true }).selectOption(vendorId);
    await expectCount(page, vendorCount);
    await page.getByLabel('Embargo state').selectOption('active');
    const both = corpus.cases.filter(
      (c) =>
        c.states.embargo === 'active' &&
        c.dates.agreedPublication !== null &&
        Date.parse(c.dates.agreedPublication) > NOW.getTime() &&
        corpus.involvements.some((i) => i.caseId === c.id && i.contactId === vendorId),
    ).length;
    await expectCount(page, both);
    await page.getByRole('button', { name: 'Clear filters' }).click();

    expect(await seriousViolations(page)).toEqual([]);

    // Keyboard: arrows move the selection, Enter opens the case.
    await grid.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const selected = await grid.locator('[aria-selected="true"] a').innerText();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('case-ref').innerText()).toBe(selected);
    app.expectClean();
  });
});
