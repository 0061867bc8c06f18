import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCEPTABLE_CHECKLIST, createCaseFromIntake, createVault, enterReport, nav } from './flows';
import { seriousViolations } from './a11y';
import { launchApp, type AppSession } from './harness';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

// The browser's clock (never the machine's): "this quarter" is the same on every run.
const START = new Date('2026-12-07T10:00:00+09:00');
const tokyoToday = () => new Date(START.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
const quarter = (d: string) => `${d.slice(0, 4)}-Q${Math.ceil(Number(d.slice(5, 7)) / 3)}`;

describe('statistics screen in real Chromium', () => {
  it('counts a received website report in this quarter, exports a BOM CSV and passes axe', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.clock.install({ time: START });
    await page.goto(app.baseUrl);
    await createVault(page);
    await enterReport(page, {
      title: 'Stored XSS on example.jp contact form',
      kind: 'website',
      reporterName: 'Jiro Tanaka',
      reporterContact: 'jiro@example.jp',
      productName: 'example.jp',
      url: 'https://example.jp/contact',
      poc: '<script>alert(1)</script> in the message field',
      impact: 'Visitors run script chosen by an attacker.',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    await createCaseFromIntake(page);

    await nav(page, 'Statistics');
    await page.getByRole('heading', { name: 'Statistics', level: 2 }).waitFor();
    const today = tokyoToday();
    const table = page.getByRole('table', { name: 'Figures by quarter' });
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: quarter(today) }) });
    // Received: software 0, website 1, total 1 (the first three figure cells).
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells.slice(0, 3)).toEqual(['0', '1', '1']);
    await page
      .getByRole('img', {
        name: new RegExp(`^Received by quarter: .*${quarter(today)} software 0, website 1`),
      })
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const dir = mkdtempSync(join(tmpdir(), 'airlock-stats-'));
    const download = new Promise<Download>((resolve) => page.once('download', resolve));
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = join(dir, (await download).suggestedFilename());
    await (await download).saveAs(file);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines[0]?.startsWith('Quarter,From,To,Received (Software),Received (Website)')).toBe(
      true,
    );
    expect(lines.some((l) => l.startsWith(`${quarter(today)},`) && l.includes(',0,1,1,'))).toBe(
      true,
    );

    // An end before the start is refused in words, not with an empty chart.
    await page.getByLabel('To', { exact: true }).fill('2000-01-01');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Choose a start date on or before the end date.' })
      .waitFor();

    // The Japanese screen and its CSV headers.
    await page.getByRole('banner').getByText('日本語').click();
    await page.getByRole('heading', { name: '統計', level: 2 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('終了日', { exact: true }).fill(today);
    const jaDownload = new Promise<Download>((resolve) => page.once('download', resolve));
    await page.getByRole('button', { name: 'CSV を出力' }).click();
    const jaFile = join(dir, `ja-${(await jaDownload).suggestedFilename()}`);
    await (await jaDownload).saveAs(jaFile);
    const jaText = readFileSync(jaFile).toString('utf8');
    expect(
      jaText.startsWith('\uFEFF四半期,開始日,終了日,受付 (ソフトウェア製品),受付 (ウェブサイト)'),
    ).toBe(true);

    // The printable page: in print media only the statistics are visible, not the app shell.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation').first().isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { name: '統計', level: 2 }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByRole('button', { name: 'CSV を出力' }).isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
    app.expectClean();
  });
});
