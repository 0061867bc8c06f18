// A newcomer's walk (QA, issue 1): the advisory draft is made while the case is TLP:AMBER and
// the vendor not yet cleared; the case's TLP is then lowered and the vendor cleared. The draft
// follows the case for those decisions (shared/advisory/live-case-facts.ts): the export goes
// through without "Take the case's vendors…" and without any leak-guard override.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACCEPTABLE_CHECKLIST,
  addCaseVendor,
  addContact,
  createCaseFromIntake,
  createVault,
  editVendorDetails,
  enterReport,
  exportFiles,
  fillBoth,
  openTab,
} from './flows';
import { launchApp, type AppSession } from './harness';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

describe('an advisory draft after the case is decided for publication', () => {
  it('exports once the TLP is lowered and the vendor cleared, with no override', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await createVault(page);
    await addContact(page, 'Example Software', 'エグザンプル・ソフトウェア株式会社');
    await enterReport(page, {
      title: 'Stored XSS in Example CMS comments',
      reporterName: 'Taro Yamada',
      reporterContact: 'taro@example.jp',
      productName: 'Example CMS',
      version: '4.2.1',
      url: 'https://cms.example.jp/',
      poc: '<script>alert(1)</script> in a comment',
      impact: 'A visitor can run script in an administrator session.',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    await createCaseFromIntake(page);
    await addCaseVendor(page, 'Example Software');

    // The draft, made while the case is TLP:AMBER and the vendor not cleared.
    await openTab(page, 'Advisory');
    await page.getByRole('button', { name: 'Create advisory draft' }).click();
    await page.getByRole('heading', { name: 'Advisory draft' }).waitFor();
    await fillBoth(page, 'Publisher name', 'テスト調整機関', 'Test Coordination Center');
    await fillBoth(page, 'Title', 'Example CMS における XSS', 'Example CMS vulnerable to XSS');
    await fillBoth(
      page,
      'Overview',
      'Example CMS に格納型 XSS の脆弱性があります。',
      'Example CMS contains a stored cross-site scripting vulnerability.',
    );
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    await page.getByRole('button', { name: 'Export HTML', exact: true }).click();
    const refusal = page
      .getByRole('alert')
      .filter({ hasText: 'The leak guard refused the export' });
    await refusal.getByRole('cell', { name: 'TLP:AMBER', exact: true }).waitFor();

    // Decisions & publication: TLP lowered to CLEAR, confirmed; the vendor cleared.
    await openTab(page, 'Decisions & publication');
    await page.getByLabel(/^TLP \(now TLP:AMBER\)/).selectOption('CLEAR');
    await page
      .getByLabel('Reason for the TLP change', { exact: true })
      .fill('Advisory goes public');
    await page.getByLabel('I confirm lowering the TLP from AMBER to CLEAR').check();
    await page.getByRole('button', { name: 'Change the TLP' }).click();
    await page.getByLabel('TLP (now TLP:CLEAR)').waitFor();
    await openTab(page, 'Vendors');
    const vendor = await editVendorDetails(page, 'Example Software');
    await vendor.getByLabel('Cleared for publication').check();
    await vendor.getByRole('button', { name: 'Save vendor details' }).click();
    await vendor.waitFor({ state: 'hidden' });

    // Back on the draft: the vendor shows cleared before any "Take…", and HTML exports.
    await openTab(page, 'Advisory');
    await page
      .getByRole('table', { name: 'Vendor information' })
      .getByRole('row')
      .filter({ hasText: 'Example Software' })
      .getByRole('cell', { name: 'Yes', exact: true })
      .waitFor();
    const dir = mkdtempSync(join(tmpdir(), 'airlock-adv-live-'));
    const html = await exportFiles(page, 'Export HTML', 2, dir);
    expect(html).toHaveLength(2);
    await expect(
      page.getByRole('alert').filter({ hasText: 'The leak guard refused the export' }).count(),
    ).resolves.toBe(0);

    // Nothing was overridden: the timeline has no leak-guard override.
    await openTab(page, 'Timeline');
    await page.getByText('TLP AMBER → CLEAR: Advisory goes public').waitFor();
    const overrides = page.getByRole('listitem').filter({ hasText: 'Leak guard overridden' });
    await expect(overrides.count()).resolves.toBe(0);
    app.expectClean();
  });
});
