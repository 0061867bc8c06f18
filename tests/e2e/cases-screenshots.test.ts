// Screenshots of the case list and a case in English and Japanese for docs/screenshots/
// (screenshot-dir.ts), over a small generated corpus (with its event timelines) unlocked
// through the UI.
import { afterAll, describe, it } from 'vitest';
import { generateCases } from '../generators/cases';
import { buildVaultRows, installVault } from './cases-vault';
import { TEST_PASSPHRASE } from './flows';
import { launchApp, type AppSession } from './harness';
import { screenshotDir } from './screenshot-dir';

let app: AppSession | undefined;

afterAll(async () => {
  await app?.dispose();
});

describe('case screenshots', () => {
  it('captures the list and a case in English and Japanese', async () => {
    const corpus = generateCases({ seed: 2026, count: 240, vendors: 24 });
    const rows = await buildVaultRows(corpus, TEST_PASSPHRASE, { events: true });
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(60_000);
    await page.goto(app.baseUrl);
    await page.getByRole('heading', { name: 'Create your vault' }).waitFor();
    await installVault(page, rows);
    await page.reload();
    await page.getByLabel(/^Passphrase/).fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    const OUT = await screenshotDir();

    // A case far enough along to show vendors, an embargo and deadlines.
    const byCase = new Map<string, number>();
    for (const i of corpus.involvements) byCase.set(i.caseId, (byCase.get(i.caseId) ?? 0) + 1);
    const showcase =
      corpus.cases.find((c) => c.states.embargo === 'active' && (byCase.get(c.id) ?? 0) >= 2) ??
      corpus.cases.find((c) => c.states.report === 'accepted');
    if (showcase === undefined) throw new Error('corpus has no accepted case');

    for (const lang of ['en', 'ja'] as const) {
      await page.goto(new URL('#/cases', app.baseUrl).href);
      if (lang === 'ja')
        await page.getByRole('banner').getByText('日本語', { exact: true }).click();
      await page.getByRole('grid').waitFor();
      await page.screenshot({ path: `${OUT}/cases-${lang}.png` });
      await page.goto(new URL(`#/cases/${showcase.id}`, app.baseUrl).href);
      await page.getByTestId('case-ref').waitFor();
      await page
        .getByTestId(/^deadline-/)
        .first()
        .waitFor();
      await page.screenshot({ path: `${OUT}/case-detail-${lang}.png`, fullPage: true });
    }
    app.expectClean();
  });
});
