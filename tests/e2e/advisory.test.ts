import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  actOnVendor,
  ACCEPTABLE_CHECKLIST,
  addContact,
  createCaseFromIntake,
  createVault,
  enterReport,
  exportFiles,
  fillBoth,
} from './flows';
import { seriousViolations } from './a11y';
import { launchApp, type AppSession } from './harness';

const CVE_SCHEMA = fileURLToPath(
  new URL('../../shared/advisory/schemas/cve/CVE_Record_Format_bundled.json', import.meta.url),
);

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const NOTE = 'Vendor PSIRT told us by phone that the patch slips to March because of an audit';
const CVE = 'CVE-2026-31337';
const V31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';

describe('advisory tab in real Chromium', () => {
  it('drafts in both languages, refuses a leaked note, finalises and exports every format', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await createVault(page);
    await addContact(page, 'Example Software', 'エグザンプル・ソフトウェア株式会社');
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

    // The developer, with the affected product and clearance to be named in the advisory.
    await page.getByRole('tab', { name: 'Vendors' }).click();
    await page
      .getByLabel('Vendor from the contacts registry')
      .selectOption({ label: 'Example Software' });
    await page.getByRole('button', { name: 'Add vendor' }).click();
    await actOnVendor(page, 'Example Software');
    await page.getByRole('button', { name: 'Edit vendor details for Example Software' }).click();
    const vendor = page.getByRole('dialog', { name: 'Vendor details: Example Software' });
    await vendor.getByRole('button', { name: 'Add product' }).click();
    await vendor.getByLabel('Product 1 name').fill('Example CMS');
    await vendor.getByLabel('Product 1 versions').fill('4.2.1 and earlier');
    await vendor.getByLabel('Product 1 status').selectOption({ label: 'Affected' });
    await vendor.getByLabel('Cleared for publication').check();
    await vendor.getByRole('button', { name: 'Save vendor details' }).click();
    await vendor.waitFor({ state: 'hidden' });
    await page
      .getByRole('table', { name: 'Vendor matrix' })
      .getByText(/Example CMS/)
      .waitFor();

    await page.getByRole('tab', { name: 'Advisory' }).click();
    await page.getByRole('button', { name: 'Create advisory draft' }).click();
    await page.getByRole('heading', { name: 'Advisory draft' }).waitFor();
    expect(await seriousViolations(page, { include: '[role="tabpanel"]' })).toEqual([]);

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
    await page.getByText('Base score 9.8 (Critical)').waitFor();
    await fillBoth(page, 'Title of vulnerability 1', 'SQL インジェクション', 'SQL injection');
    await fillBoth(
      page,
      'Description of vulnerability 1',
      'ログイン処理の問題',
      'A flaw in the login form',
    );
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    // The case header now carries the advisory ID the draft gave it.
    await page.getByText('Advisory ID: JVNVU#12345678').waitFor();

    await page.getByRole('button', { name: 'Export HTML', exact: true }).click();
    const refusal = page
      .getByRole('alert')
      .filter({ hasText: 'The leak guard refused the export' });
    await refusal.waitFor();
    await refusal.getByText('description.en').first().waitFor();
    await expect(refusal.getByText(/vendor psirt told us/i).count()).resolves.toBeGreaterThan(0);
    expect(await seriousViolations(page, { include: '[role="tabpanel"]' })).toEqual([]);

    await page
      .getByLabel('Description (English)', { exact: true })
      .fill('The login form builds SQL from user input.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    await page.getByRole('button', { name: 'Mark as final' }).click();
    await page.getByText('The advisory is final; revision 1 was recorded.').waitFor();
    await page.getByRole('cell', { name: 'Initial release' }).waitFor();

    const dir = mkdtempSync(join(tmpdir(), 'airlock-adv-'));
    const [csafPath] = await exportFiles(page, 'Export CSAF', 1, dir);
    const csaf = JSON.parse(readFileSync(csafPath ?? '', 'utf8')) as {
      document: { category: string; tracking: { id: string; status: string } };
    };
    expect(csaf.document.category).toBe('csaf_security_advisory');
    expect(csaf.document.tracking).toMatchObject({ id: 'JVNVU#12345678', status: 'final' });

    const [cvePath] = await exportFiles(page, 'Export CVE JSON', 1, dir);
    await page.getByText('Every CVE record is valid against the CVE JSON 5 schema.').waitFor();
    // The repo's copy of the official schema (tests/unit/vendored-schemas.test.ts keeps it
    // byte-identical to ../shared/schemas), so the test runs from any folder.
    const schema = JSON.parse(readFileSync(CVE_SCHEMA, 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const record: unknown = JSON.parse(readFileSync(cvePath ?? '', 'utf8'));
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(JSON.stringify(record)).toContain(CVE);

    const htmlPaths = await exportFiles(page, 'Export HTML', 2, dir);
    const mdPaths = await exportFiles(page, 'Export Markdown', 2, dir);
    for (const p of mdPaths) expect(readFileSync(p, 'utf8')).toContain('JVNVU#12345678');
    const htmls = htmlPaths.map((p) => readFileSync(p, 'utf8'));
    for (const h of htmls) {
      for (const fact of ['JVNVU#12345678', CVE, '9.8', V31, 'CWE-89', 'Example CMS'])
        expect(h).toContain(fact);
    }
    // The Japanese and English pages carry the same machine-readable facts: dates, scores,
    // product rows with their status.
    const facts = (html: string) =>
      [
        ...html.matchAll(
          /<time datetime="([^"]+)"|value="([^"]+)"|data-product-id="([^"]+)" data-status="([^"]+)"/g,
        ),
      ]
        .map((m) => m.slice(1).filter(Boolean).join(':'))
        .sort();
    expect(htmls).toHaveLength(2);
    expect(facts(htmls[0] ?? '').length).toBeGreaterThan(2);
    expect(facts(htmls[0] ?? '')).toEqual(facts(htmls[1] ?? ''));
    expect(htmls.join('')).not.toContain('Vendor PSIRT');

    // Each HTML file opened from disk requests nothing but itself.
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
    try {
      for (const p of htmlPaths) {
        const context = await browser.newContext();
        const requests: string[] = [];
        await context.route('**/*', async (route) => {
          requests.push(route.request().url());
          await route.continue();
        });
        const viewer = await context.newPage();
        viewer.on('request', (r) => requests.push(r.url()));
        const url = pathToFileURL(p).href;
        await viewer.goto(url);
        await viewer.waitForLoadState('networkidle');
        expect(new Set(requests)).toEqual(new Set([url]));
        await context.close();
      }
    } finally {
      await browser.close();
    }
    app.expectClean();
  });
});
