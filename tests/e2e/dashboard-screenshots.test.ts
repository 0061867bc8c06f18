import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './harness';
import { screenshotDir } from './screenshot-dir';
import { ACCEPTABLE_CHECKLIST, createCaseFromIntake, createVault, enterReport } from './flows';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

describe('dashboard screenshots', () => {
  it('shows cases entered through intake in English and Japanese, with no untranslated key', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await createVault(page);

    await enterReport(page, {
      title: 'Authentication bypass in SCADA web console',
      reporterName: 'Kenji Sato',
      reporterContact: 'kenji@example.jp',
      productName: 'PlantView',
      vendorName: 'Example Industrial Co.',
      version: '3.1.0',
      checklist: { ...ACCEPTABLE_CHECKLIST, 'Critical infrastructure involved': 'yes' },
    });
    await createCaseFromIntake(page);
    await enterReport(page, {
      title: 'Path traversal in photo gallery plugin',
      reporterName: 'Aiko Tanaka',
      reporterContact: 'aiko@example.jp',
      productName: 'Gallery Plus',
      version: '2.0.4',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    await createCaseFromIntake(page);
    await enterReport(page, {
      title: 'Reflected XSS in campaign page',
      kind: 'website',
      reporterName: 'Yuki',
      reporterContact: 'yuki@example.jp',
      productName: 'Campaign site',
      checklist: {
        ...ACCEPTABLE_CHECKLIST,
        'Cross-site scripting': 'yes',
        'Impact on users in Japan': 'minimal',
      },
    });
    await createCaseFromIntake(page);

    await page
      .getByRole('navigation')
      .getByRole('link', { name: 'Dashboard', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor();
    await expect(page.getByTestId('count-accepted').textContent()).resolves.toBe('2');
    await expect(page.getByTestId('count-closed').textContent()).resolves.toBe('1');
    const out = await screenshotDir();
    await page.screenshot({ path: `${out}/dashboard-en.png`, fullPage: true });

    await page.getByText('日本語').click();
    await page.getByRole('heading', { name: 'ダッシュボード', level: 2 }).waitFor();
    await page.getByRole('region', { name: '受領通知が未送付の届出' }).waitFor();
    await page.screenshot({ path: `${out}/dashboard-ja.png`, fullPage: true });

    // A missing key logs a console error (expectClean) and would show as a dotted key path.
    for (const [link, heading] of [
      ['新規届出', '新規届出'],
      ['連絡先', '連絡先'],
      ['設定', '設定'],
      ['ダッシュボード', 'ダッシュボード'],
    ] as const) {
      await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/\b(intake|contacts|dashboard|settings)\.[a-z]+/);
    }
    app.expectClean();
  });
});
