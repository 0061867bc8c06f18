// Confidentiality between vendors, as a new analyst meets it (issue 23): a two-vendor case
// whose internal title names Vendor B; the analyst saves Vendor A's contact with its English
// name and its key's fingerprint and moves straight on (no waiting for "Linked to key"),
// writes the first contact to Vendor A from the "First contact" template with its defaults,
// is told why the seal waits and which fields are still empty, is refused when the summary
// names Vendor B (the field, the text and the vendor shown), edits, seals; a second seal the
// same day gets its own file name. In the Japanese UI the letter still names Vendor A.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './harness';
import {
  ACCEPTABLE_CHECKLIST,
  addContact,
  createCaseFromIntake,
  createVault,
  enterReport,
  generateOrgKey,
  importKeyFile,
  nav,
  openTab,
} from './flows';
import { gpgHome, makeVendorKey } from './gpg';

const VENDOR_A_UID = 'Alpha Soft PSIRT <psirt@alpha.example>';
// The vendor made its key the day before the analyst's fixed day.
const KEY_MADE = new Date('2026-12-06T01:00:00.000Z');
const DAY = new Date('2026-12-07T01:00:00.000Z');

let app: AppSession | undefined;
let work: string | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
  if (work !== undefined) await rm(work, { recursive: true, force: true });
  work = undefined;
});

async function saveSeal(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Seal and save' }).click();
  const name = (await download).suggestedFilename();
  await page.getByRole('status').filter({ hasText: name }).waitFor();
  return name;
}

describe('confidentiality between vendors in the composer', () => {
  it('refuses a first contact to Vendor A that names Vendor B, then seals the edited letter', async () => {
    work = await mkdtemp(join(tmpdir(), 'airlock-conf-'));
    const keyFile = join(work, 'alpha.asc');
    const fpr = await makeVendorKey(
      await gpgHome(join(work, 'gnupg'), KEY_MADE),
      VENDOR_A_UID,
      keyFile,
    );

    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.clock.setFixedTime(DAY);
    await page.goto(app.baseUrl);
    await createVault(page);

    // The organisation key, and Vendor A's key as GnuPG exported it.
    await generateOrgKey(page);
    await importKeyFile(page, keyFile);

    // Vendor A's contact: its English name only, saved; the page moves to the contact's own
    // address and the analyst adds the key's fingerprint there, saves again and goes
    // straight on to the next contact without reading what the save said.
    await nav(page, 'Contacts');
    await page.getByRole('link', { name: 'Add a contact' }).click();
    await page.getByLabel('Name (English)').fill('Alpha Soft Inc.');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.waitForURL(/#\/contacts\/[0-9a-f-]{36}$/);
    await page.getByLabel('PGP key fingerprints (one per line)').fill(fpr);
    await page.getByRole('button', { name: 'Save contact' }).click();
    await addContact(page, 'Beta Systems Corp.', 'ベータ電機株式会社');
    // The late end of A's save did not take the analyst back to A's page.
    await expect(page.getByLabel('Name (English)').inputValue()).resolves.toBe(
      'Beta Systems Corp.',
    );

    // A case whose internal title names Vendor B.
    await enterReport(page, {
      title: 'Beta Systems router and Alpha gateway RCE',
      reporterName: 'Taro Yamada',
      reporterContact: 'taro@example.jp',
      productName: 'Alpha Gateway',
      vendorName: 'Alpha Soft',
      version: '2.0.1',
      url: 'https://alpha.example/gateway',
      poc: 'POST /admin with a crafted header',
      impact: 'Remote code execution as the web server user.',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    await createCaseFromIntake(page);
    await openTab(page, 'Vendors');
    for (const vendor of ['Alpha Soft Inc.', 'Beta Systems Corp.']) {
      await page.getByLabel('Vendor from the contacts registry').selectOption({ label: vendor });
      await page.getByRole('button', { name: 'Add vendor' }).click();
      await page
        .getByRole('button', { name: `Act on this vendor: ${vendor}`, exact: true })
        .waitFor();
    }

    // The first contact from the template, with its defaults. Until a recipient is chosen
    // the seal says why it waits.
    await openTab(page, 'Messages');
    const seal = page.getByRole('button', { name: 'Seal and save' });
    await expect(seal.isDisabled()).resolves.toBe(true);
    await page.getByText('Choose at least one recipient key above.').waitFor();
    await page.getByRole('checkbox', { name: VENDOR_A_UID }).check();
    await page.getByText(/^A chosen key is not verified: tick/).waitFor();
    await page.getByRole('checkbox', { name: 'Use the unverified key anyway' }).check();
    await page.getByText('Write a subject (or fill it from a letter template).').waitFor();
    await page.getByRole('combobox', { name: 'Letter template' }).click();
    await page.getByRole('option', { name: 'First contact with the developer' }).click();
    // Filled from the case and the recipient (its key is linked to Vendor A though the
    // analyst never waited to be told), labelled in words; never the internal title.
    await expect(page.getByLabel('Vendor name', { exact: true }).inputValue()).resolves.toBe(
      'Alpha Soft Inc.',
    );
    await page.getByRole('button', { name: 'Fill from template' }).click();
    const subject = page.getByLabel('Subject', { exact: true });
    await expect(subject.inputValue()).resolves.not.toContain('Beta');
    // The summary is not written yet: sealing is refused, naming the field.
    await seal.click();
    await page
      .getByRole('alert')
      .filter({
        hasText: /still holds the field "(Product name|Summary for the vendor|Our organisation)"/,
      })
      .waitFor();

    // The analyst fills the fields, and the summary names the other vendor.
    await page.getByLabel('Product name', { exact: true }).fill('Alpha Gateway');
    await page.getByLabel('Our organisation', { exact: true }).fill('Airlock CSIRT');
    await page
      .getByLabel('Summary for the vendor', { exact: true })
      .fill('Remote code execution, also reported in Beta Systems routers');
    await page.getByRole('button', { name: 'Fill from template' }).click();
    await seal.click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Not sealed' });
    await refusal
      .getByText(/^body line \d+: "Beta Systems" is the name of Beta Systems Corp\.$/)
      .waitFor();
    await expect(refusal.getByLabel(/Reason to send anyway/).isVisible()).resolves.toBe(true);

    // Edited: the letter no longer names Vendor B, and it is sealed.
    await page
      .getByLabel('Summary for the vendor', { exact: true })
      .fill('Remote code execution in the web administration screen');
    await page.getByRole('button', { name: 'Fill from template' }).click();
    const first = await saveSeal(page);
    expect(first).toMatch(/^[A-Z]+-\d{4}-\d{4}-20261207-alpha-soft-inc-01\.asc$/);

    // A second letter the same day: its own file name.
    await subject.fill('Additional details');
    await page.getByLabel('Message', { exact: true }).fill('Please find the details below.');
    const second = await saveSeal(page);
    expect(second).toMatch(/-alpha-soft-inc-02\.asc$/);
    expect(second.slice(0, -'-02.asc'.length)).toBe(first.slice(0, -'-01.asc'.length));

    // In the Japanese UI the letter is Japanese, and Vendor A (no Japanese name) is still
    // named, by its English name.
    await page.getByRole('banner').getByText('日本語', { exact: true }).click();
    await page.getByRole('checkbox', { name: VENDOR_A_UID }).check();
    await page.getByRole('combobox', { name: '言語', exact: true }).click();
    await page.getByRole('option', { name: '日本語' }).click();
    await page.getByRole('combobox', { name: '文書テンプレート' }).click();
    await page.getByRole('option', { name: '開発者への初回連絡' }).click();
    await expect(page.getByLabel('ベンダー名', { exact: true }).inputValue()).resolves.toBe(
      'Alpha Soft Inc.',
    );
    app.expectClean();
  });
});
