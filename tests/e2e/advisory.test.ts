import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  editVendorDetails,
  ACCEPTABLE_CHECKLIST,
  addCaseVendor,
  addContact,
  createCaseFromIntake,
  createOrganisationVault,
  enterReport,
  exportFiles,
  importCveIds,
  fillBoth,
  preDisclosureNotice,
} from './flows';
import { seriousViolations } from './a11y';
import { launchApp, type AppSession } from './harness';
import { csafVerdict, cveSchemaValid } from './export-checks';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

/** The developer, with its affected product as the vendor stated the versions, cleared to be named. */
const addVendorWithProduct = async (page: AppSession['page']) => {
  await addCaseVendor(page, 'Example Software');
  const vendor = await editVendorDetails(page, 'Example Software');
  await vendor.getByRole('button', { name: 'Add product' }).click();
  await vendor.getByLabel('Product 1 name').fill('Example CMS');
  await vendor.getByLabel('Product 1 versions').fill('4.2.1 and earlier');
  await vendor.getByLabel('Product 1 status').selectOption({ label: 'Affected' });
  await vendor.getByLabel('Cleared for publication').check();
  await vendor.getByRole('button', { name: 'Save vendor details' }).click();
  await vendor.waitFor({ state: 'hidden' });
};

const NOTE = 'Vendor PSIRT told us by phone that the patch slips to March because of an audit';
const CVE = 'CVE-2026-31337';
const V31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';

describe('advisory tab in real Chromium', () => {
  it('drafts in both languages, refuses a leaked note, finalises and exports every format', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await createOrganisationVault(page);
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

    // The vendor-safe summary: Save waits for a change, says "Saved." once done, and waits
    // again until the next edit.
    const summary = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'What vendors may read' }) });
    const saveSummary = summary.getByRole('button', { name: 'Save', exact: true });
    const summaryStatus = summary.getByTestId('vendor-summary-status');
    await expect(saveSummary.isDisabled()).resolves.toBe(true);
    await expect(summaryStatus.innerText()).resolves.toBe('No changes to save.');
    await summary.getByLabel('Vendor-safe summary').fill('An SQL injection in a login form');
    await expect.poll(() => saveSummary.isEnabled()).toBe(true);
    await expect(summaryStatus.innerText()).resolves.toBe('');
    await saveSummary.click();
    await expect.poll(() => summaryStatus.innerText()).toBe('Saved.');
    await expect(saveSummary.isDisabled()).resolves.toBe(true);
    await summary.getByLabel('The case title may be shown to vendors').check();
    await expect.poll(() => saveSummary.isEnabled()).toBe(true);
    await summary.getByLabel('The case title may be shown to vendors').uncheck();
    await expect.poll(() => summaryStatus.innerText()).toBe('No changes to save.');

    // An internal note on the case's notes panel.
    await page.getByLabel('Note', { exact: true }).fill(NOTE);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('paragraph').filter({ hasText: NOTE }).waitFor();

    // The developer, with the affected product and clearance to be named in the advisory.
    await addVendorWithProduct(page);
    await page
      .getByRole('table', { name: 'Vendor matrix' })
      .getByText(/Example CMS/)
      .waitFor();

    await page.getByRole('tab', { name: 'Advisory' }).click();
    await page.getByRole('button', { name: 'Create advisory draft' }).click();
    await page.getByRole('heading', { name: 'Advisory draft' }).waitFor();
    expect(await seriousViolations(page, { include: '[role="tabpanel"]' })).toEqual([]);
    // Statuses in the analyst's words (the glossary's), not the model's `not-contacted`.
    const vendorRow = page
      .getByRole('table', { name: 'Vendor information' })
      .getByRole('row')
      .filter({ hasText: 'Example Software' });
    await expect(vendorRow.getByRole('cell').nth(1).innerText()).resolves.toMatch(
      /^(Not contacted|Contacted|Acknowledged|Investigating|Affected)$/,
    );
    await page
      .getByRole('table', { name: 'Affected products and versions' })
      .getByRole('cell', { name: 'Affected', exact: true })
      .waitFor();

    // One domestic developer: JVN's numbering gives JVN#, shown with the rule. The analyst
    // knows an overseas coordinator joins, so changes it to JVNVU# with the reason.
    await page.getByText("JVN's numbering gives JVN#").waitFor();
    await page.getByLabel('Prefix', { exact: true }).selectOption('JVNVU');
    await page.getByLabel('Reason for the change', { exact: true }).fill('CERT/CC coordinates');
    await page.getByRole('button', { name: 'Change the ID' }).click();
    const idField = page.getByLabel('Advisory ID', { exact: true });
    await expect.poll(() => idField.inputValue()).toMatch(/^JVNVU#\d{8}$/);
    const advisoryId = await idField.inputValue();
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
    await page.getByText(`Advisory ID: ${advisoryId}`).waitFor();
    await preDisclosureNotice(page, 'AMBER').waitFor(); // not final: CSAF 2.1 is a copy

    await page.getByRole('button', { name: 'Export HTML', exact: true }).click();
    const refusal = page
      .getByRole('alert')
      .filter({ hasText: 'The leak guard refused the export' });
    await refusal.waitFor();
    // The field as the editor names it, never its path (`description.en`).
    await refusal
      .getByRole('cell', { name: 'Description (English)', exact: true })
      .first()
      .waitFor();
    await expect(refusal.getByText('description.en').count()).resolves.toBe(0);
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
    expect(csaf.document.tracking).toMatchObject({ id: advisoryId, status: 'final' });
    await page.getByText('Valid: CSAF 2.0 schema and every mandatory test').waitFor();
    expect(await csafVerdict(csaf)).toEqual([]);

    const [cvePath] = await exportFiles(page, 'Export CVE JSON', 1, dir);
    await page.getByText('Valid: every CVE record matches the CVE 5.1.1 record schema').waitFor();
    // The repo's copy of the official schema (tests/unit/vendored-schemas.test.ts keeps it
    // byte-identical to ../shared/schemas), so the test runs from any folder.
    const record = JSON.parse(readFileSync(cvePath ?? '', 'utf8')) as {
      dataVersion: string;
      containers: { cna: unknown };
    };
    const cve = cveSchemaValid(record);
    expect(cve.valid, JSON.stringify(cve.errors)).toBe(true);
    expect(record.dataVersion).toBe('5.1.1');
    expect(JSON.stringify(record)).toContain(CVE);
    // The CNA container `cve publish --cve-json-file` takes: the record's own, valid against
    // cvelib's container schema.
    const [cnaPath] = await exportFiles(page, 'Export CNA containers (cve publish)', 1, dir);
    expect(cnaPath).toMatch(new RegExp(`${CVE}\\.cna\\.json$`));
    const container: unknown = JSON.parse(readFileSync(cnaPath ?? '', 'utf8'));
    expect(container).toEqual(record.containers.cna);
    const cna = cveSchemaValid(container, 'cna-container');
    expect(cna.valid, JSON.stringify(cna.errors)).toBe(true);

    const htmlPaths = await exportFiles(page, 'Export HTML', 2, dir);
    const mdPaths = await exportFiles(page, 'Export Markdown', 2, dir);
    for (const p of mdPaths) expect(readFileSync(p, 'utf8')).toContain(advisoryId);
    const htmls = htmlPaths.map((p) => readFileSync(p, 'utf8'));
    for (const h of htmls) {
      for (const fact of [advisoryId, CVE, '9.8', V31, 'CWE-89', 'Example CMS'])
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

  it('refuses to save an export that fails validation, lists why in words, then saves it fixed', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await createOrganisationVault(page);
    // The CVE typed into the vulnerability below is one of our reserved IDs.
    await importCveIds(page, mkdtempSync(join(tmpdir(), 'airlock-adv-cve-')), [CVE]);
    await addContact(page, 'Example Software', 'エグザンプル・ソフトウェア株式会社');
    await enterReport(page, {
      title: 'Authentication bypass in Example CMS',
      reporterName: 'Taro Yamada',
      reporterContact: 'taro@example.jp',
      productName: 'Example CMS',
      version: '4.2.1',
      url: 'https://cms.example.jp/',
      poc: 'send X-Forwarded-For: 127.0.0.1',
      impact: 'Anyone can log in as the administrator.',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    await createCaseFromIntake(page);

    // The advisory is for publication: the case goes to TLP:CLEAR, with a reason.
    await page.getByRole('tab', { name: 'Decisions & publication' }).click();
    await page.getByLabel(/^TLP \(now TLP:/).selectOption('CLEAR');
    await page.getByLabel('Reason for the TLP change', { exact: true }).fill('For the advisory');
    const lower = page.getByLabel(/^I confirm lowering the TLP/);
    if ((await lower.count()) > 0) await lower.check();
    await page.getByRole('button', { name: 'Change the TLP' }).click();
    await page.getByLabel('TLP (now TLP:CLEAR)').waitFor();

    // A CWE id MITRE's catalogue does not have is refused where it is typed, never named.
    await page.getByRole('tab', { name: 'Vulnerabilities' }).click();
    await page.getByLabel('Title (English)', { exact: true }).fill('Authentication bypass');
    await page.getByLabel('CWE', { exact: true }).fill('CWE-99999');
    await page.getByLabel('CVE ID', { exact: true }).fill(CVE);
    await page.getByRole('button', { name: 'Save vulnerability' }).click();
    await page.getByText("CWE-99999 is not in MITRE's CWE catalogue (version 4.17)").waitFor();
    await page.getByText('No vulnerability recorded yet.').waitFor();
    await page.getByLabel('CWE', { exact: true }).fill('CWE-290');
    await page.getByRole('button', { name: 'Save vulnerability' }).click();
    await page.getByRole('cell', { name: 'CWE-290' }).waitFor();

    // A draft made before any product is named: CSAF and CVE are refused until there is one.
    await page.getByRole('tab', { name: 'Advisory' }).click();
    await page.getByRole('button', { name: 'Create advisory draft' }).click();
    await page.getByRole('heading', { name: 'Advisory draft' }).waitFor();
    const downloads: unknown[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByRole('button', { name: 'Export CSAF', exact: true }).click();
    await page.getByText('No affected product is named yet').waitFor();
    await addVendorWithProduct(page);
    await page.getByRole('tab', { name: 'Advisory' }).click();
    await page
      .getByRole('button', { name: "Take the case's vendors, products and vulnerabilities" })
      .click();
    await page.getByRole('cell', { name: 'Example CMS' }).first().waitFor();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    // One developer, no overseas coordinator: JVN#, with the rule and why.
    await page.getByText("JVN's numbering gives JVN#").waitFor();
    // The CWE's name is MITRE's, not the id.
    await expect
      .poll(() => page.getByLabel('CWE name (vulnerability 1)', { exact: true }).inputValue())
      .toBe('Authentication Bypass by Spoofing');
    expect(await seriousViolations(page, { include: '[role="tabpanel"]' })).toEqual([]);

    // The draft has no vulnerability description yet: CSAF refuses it, nothing is saved.
    await page.getByRole('button', { name: 'Export CSAF', exact: true }).click();
    const failures = page.getByTestId('export-failures');
    await failures.waitFor();
    await failures.getByText('The export is not valid and was not saved').waitFor();
    await failures.getByText(/^Vulnerability 1 → Description: is empty/).waitFor();
    // No text at all yet: CSAF needs at least one document note.
    await failures
      .getByText(/^Overview, description, impact, solution or workarounds: is empty/)
      .waitFor();
    expect(await failures.textContent()).not.toMatch(
      /instancePath|must NOT have|\/vulnerabilities\//,
    );
    expect(await seriousViolations(page, { include: '[role="tabpanel"]' })).toEqual([]);
    expect(downloads).toEqual([]);

    // Fixed in the editor, saved, exported: the file validates with csaf-validator-lib.
    await fillBoth(page, 'Publisher name', 'テスト調整機関', 'Test Coordination Center');
    await page
      .getByLabel('CNA orgId', { exact: true })
      .fill('b3476cb9-2e3d-41a6-98d0-0f47421a65b6');
    await fillBoth(
      page,
      'Overview',
      'Example CMS に認証回避の脆弱性が存在します。',
      'Example CMS contains an authentication bypass.',
    );
    await fillBoth(page, 'Title of vulnerability 1', '認証回避', 'Authentication bypass');
    await fillBoth(
      page,
      'Description of vulnerability 1',
      '送信元アドレスを信頼して認証を省略します。',
      'The login trusts the client address and skips authentication.',
    );
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    const dir = mkdtempSync(join(tmpdir(), 'airlock-adv-'));
    const [csafPath] = await exportFiles(page, 'Export CSAF', 1, dir);
    await page.getByText('Valid: CSAF 2.0 schema and every mandatory test').waitFor();
    const csaf = JSON.parse(readFileSync(csafPath ?? '', 'utf8')) as {
      vulnerabilities: { cwe: { id: string; name: string } }[];
      product_tree: { branches: unknown[] };
    };
    expect(await csafVerdict(csaf)).toEqual([]);
    expect(csaf.vulnerabilities[0]?.cwe).toEqual({
      id: 'CWE-290',
      name: 'Authentication Bypass by Spoofing',
    });
    expect(JSON.stringify(csaf.product_tree)).toContain('vers:generic/<=4.2.1');

    const [cvePath] = await exportFiles(page, 'Export CVE JSON', 1, dir);
    const record: unknown = JSON.parse(readFileSync(cvePath ?? '', 'utf8'));
    const cve = cveSchemaValid(record);
    expect(cve.valid, JSON.stringify(cve.errors)).toBe(true);
    expect(JSON.stringify(record)).toContain('"lessThanOrEqual":"4.2.1"');
    app.expectClean();
  });
});
