// The case list and a case in English and Japanese over a generated corpus (with its event
// timelines) unlocked through the UI: each screen is checked for what it shows (the corpus's
// count, the case's reference and title, its deadlines, no untranslated key), then captured
// for docs/screenshots/ (screenshot-dir.ts). It stays a test because it is the one e2e run of
// the Japanese list and case screens over a few hundred cases; the screenshots are its by-product.
import { afterAll, describe, expect, it } from 'vitest';
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
    // The seed is fixed, so this is always the same case.
    const showcase = corpus.cases.find(
      (c) => c.states.embargo === 'active' && (byCase.get(c.id) ?? 0) >= 2,
    );
    expect(showcase, 'the seeded corpus has an embargoed case with two vendors').toBeDefined();
    if (showcase === undefined) return;
    const total = { en: `of ${corpus.cases.length} cases`, ja: `${corpus.cases.length} 件中` };
    const heading = { en: 'Cases', ja: '案件' };
    const rawKey = /\b(cases|casePolicy|vendorMatrix|caseAlert|common)\.[a-zA-Z]+/;

    for (const lang of ['en', 'ja'] as const) {
      await page.goto(new URL('#/cases', app.baseUrl).href);
      if (lang === 'ja')
        await page.getByRole('banner').getByText('日本語', { exact: true }).click();
      await page.getByRole('heading', { name: heading[lang], level: 2, exact: true }).waitFor();
      await page.getByRole('grid').waitFor();
      await page.getByText(total[lang]).first().waitFor();
      expect(await page.getByRole('grid').getByRole('row').count()).toBeGreaterThan(10);
      expect(await page.locator('main').innerText()).not.toMatch(rawKey);
      await page.screenshot({ path: `${OUT}/cases-${lang}.png` });

      await page.goto(new URL(`#/cases/${showcase.id}`, app.baseUrl).href);
      await expect(page.getByTestId('case-ref').textContent()).resolves.toBe(showcase.ref);
      await page.getByText(showcase.title).first().waitFor();
      await page
        .getByTestId(/^deadline-/)
        .first()
        .waitFor();
      expect(await page.locator('main').innerText()).not.toMatch(rawKey);
      await page.screenshot({ path: `${OUT}/case-detail-${lang}.png`, fullPage: true });
    }
    app.expectClean();
  });
});
