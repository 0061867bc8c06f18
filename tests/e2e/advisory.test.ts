import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCEPTABLE_CHECKLIST, createCaseFromIntake, createVault, enterReport } from './flows';
import { launchApp, type AppSession } from './harness';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const NOTE = 'Vendor PSIRT told us by phone that the patch slips to March because of an audit';
const CVE = 'CVE-2026-31337';
const V31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';

const seriousViolations = async (page: Page) => {
  const result = await new AxeBuilder({ page }).include('[role="tabpanel"]').analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id);
};

async function fillBoth(page: Page, field: string, ja: string, en: string) {
  await page.getByLabel(`${field} (Japanese)`, { exact: true }).fill(ja);
  await page.getByLabel(`${field} (English)`, { exact: true }).fill(en);
}

describe('advisory tab in real Chromium', () => {
  it('drafts in both languages, refuses a leaked note, finalises and exports the CSAF document', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await createVault(page);
    await enterReport(page, {
      title: 'SQL injection in Example CMS login',
      reporterName: 'Taro Yamada',
      reporterContact: 'taro@example.jp',
      productName: 'Example CMS',
      version: '4.2.1',
      url: 'https://cms.example.jp/',
      poc: "' OR 1=1 -- in the user field",
      impact: 'Any visitor can read every account.',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    await createCaseFromIntake(page);

    // An internal note on the case's notes panel.
    await page.getByLabel('Note', { exact: true }).fill(NOTE);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('paragraph').filter({ hasText: NOTE }).waitFor();

    await page.getByRole('tab', { name: 'Advisory' }).click();
    await page.getByRole('button', { name: 'Create advisory draft' }).click();
    await page.getByRole('heading', { name: 'Advisory draft' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Advisory ID', { exact: true }).fill('JVNVU#12345678');
    await fillBoth(page, 'Publisher name', 'テスト調整機関', 'Test Coordination Center');
    await page
      .getByLabel('CNA orgId', { exact: true })
      .fill('b3476cb9-2e3d-41a6-98d0-0f47421a65b6');
    await fillBoth(
      page,
      'Title',
      'Example CMS における SQL インジェクションの脆弱性',
      'Example CMS vulnerable to SQL injection',
    );
    await fillBoth(
      page,
      'Overview',
      'Example CMS には SQL インジェクションの脆弱性が存在します。',
      'Example CMS contains an SQL injection vulnerability.',
    );
    // The internal note pasted into the public description.
    await fillBoth(page, 'Description', 'ログイン処理に SQL インジェクションがあります。', NOTE);
    await fillBoth(
      page,
      'Impact',
      '遠隔の第三者にすべてのアカウント情報を読み取られる可能性があります。',
      'A remote attacker may read every account.',
    );
    await fillBoth(
      page,
      'Solution',
      '最新版へアップデートしてください。',
      'Update to the latest version.',
    );
    await page.getByRole('button', { name: 'Add vulnerability' }).click();
    await page.getByLabel('CVE ID (vulnerability 1)').fill(CVE);
    await page.getByLabel('CWE (vulnerability 1)', { exact: true }).fill('CWE-89');
    await page.getByLabel('CVSS 3.1 vector (vulnerability 1)').fill(V31);
    await page.getByText('Base score 9.8 (CRITICAL)').waitFor();
    await fillBoth(page, 'Title of vulnerability 1', 'SQL インジェクション', 'SQL injection');
    await fillBoth(
      page,
      'Description of vulnerability 1',
      'ログイン処理の問題',
      'A flaw in the login form',
    );
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();

    await page.getByRole('button', { name: 'Export HTML', exact: true }).click();
    const refusal = page
      .getByRole('alert')
      .filter({ hasText: 'The leak guard refused the export' });
    await refusal.waitFor();
    await refusal.getByText('description.en').first().waitFor();
    await expect(refusal.getByText(/vendor psirt told us/i).count()).resolves.toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page
      .getByLabel('Description (English)', { exact: true })
      .fill('The login form builds SQL from user input.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    await page.getByRole('button', { name: 'Mark as final' }).click();
    await page.getByText('The advisory is final; revision 1 was recorded.').waitFor();
    await page.getByRole('cell', { name: 'Initial release' }).waitFor();

    // The first public export of the final advisory arrives as a download.
    const download = page.waitForEvent('download', { timeout: 15_000 });
    await page.getByRole('button', { name: 'Export CSAF', exact: true }).click();
    const csaf = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
      document: { category: string; tracking: { id: string; status: string } };
    };
    expect(csaf.document.category).toBe('csaf_security_advisory');
    expect(csaf.document.tracking).toMatchObject({ id: 'JVNVU#12345678', status: 'final' });
    app.expectClean();
  });
});
