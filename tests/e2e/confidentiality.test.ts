// Confidentiality between vendors, as a new analyst meets it (issue 23): a two-vendor case
// whose internal title names Vendor B; the analyst writes the first contact to Vendor A
// from the "First contact" template with its defaults, is told which fields are still
// empty, is refused when the summary names Vendor B (the field, the text and the vendor
// shown), edits, seals; a second seal the same day gets its own file name.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './harness';
import {
  ACCEPTABLE_CHECKLIST,
  addContact,
  createCaseFromIntake,
  createVault,
  enterReport,
  nav,
} from './flows';

const run = promisify(execFile);
const VENDOR_A_UID = 'Alpha Soft PSIRT <psirt@alpha.example>';

let app: AppSession | undefined;
let work: string | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
  if (work !== undefined) await rm(work, { recursive: true, force: true });
  work = undefined;
});

/** Vendor A's key pair made by real GnuPG; its public key is written to `out`. */
async function gpgVendorKey(home: string, out: string): Promise<string> {
  const gpg = (args: string[]) =>
    run('gpg', [
      '--homedir',
      home,
      '--batch',
      '--pinentry-mode',
      'loopback',
      '--passphrase',
      '',
      ...args,
    ]);
  await gpg(['--quick-gen-key', VENDOR_A_UID, 'ed25519', 'sign', '2y']);
  const { stdout } = await gpg(['--with-colons', '--list-keys', 'psirt@alpha.example']);
  const fpr = /^fpr:+([0-9A-F]{40}):/m.exec(stdout)?.[1];
  if (fpr === undefined) throw new Error('no fingerprint');
  await gpg(['--quick-add-key', fpr, 'cv25519', 'encr', '2y']);
  await gpg(['--armor', '--output', out, '--export', fpr]);
  return fpr;
}

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
    const home = join(work, 'gnupg');
    await run('mkdir', ['-m', '700', home]);
    const keyFile = join(work, 'alpha.asc');
    const fpr = await gpgVendorKey(home, keyFile);

    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    // After the GnuPG keys were made (they must be valid "now"), one fixed day.
    await page.clock.setFixedTime(new Date(Date.now() + 36 * 3600_000));
    await page.goto(app.baseUrl);
    await createVault(page);

    // The organisation key.
    await nav(page, 'Keyring');
    await page.getByLabel(/^Name/).fill('Airlock CSIRT');
    await page.getByLabel(/^E-mail/).fill('csirt@airlock.example');
    await page.getByLabel(/^Key passphrase/).fill('org key passphrase 2026');
    await page.getByLabel(/^Confirm key passphrase/).fill('org key passphrase 2026');
    await page.getByRole('button', { name: 'Generate organisation key' }).click();
    await page.getByText(/^Organisation key generated: /).waitFor({ timeout: 60_000 });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import key files…' }).click();
    await (await chooser).setFiles(keyFile);
    await page.getByRole('status').filter({ hasText: 'Imported 1 key(s)' }).waitFor();

    // Two vendors; Vendor A's contact holds its key's fingerprint.
    await addContact(page, 'Alpha Soft Inc.', 'アルファソフト株式会社');
    await page.getByLabel('PGP key fingerprints (one per line)').fill(fpr);
    await page.getByRole('button', { name: 'Save contact' }).click();
    await addContact(page, 'Beta Systems Corp.', 'ベータ電機株式会社');

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
    await page.getByRole('tab', { name: 'Vendors' }).click();
    for (const vendor of ['Alpha Soft Inc.', 'Beta Systems Corp.']) {
      await page.getByLabel('Vendor from the contacts registry').selectOption({ label: vendor });
      await page.getByRole('button', { name: 'Add vendor' }).click();
      await page
        .getByRole('button', { name: `Act on this vendor: ${vendor}`, exact: true })
        .waitFor();
    }

    // The first contact from the template, with its defaults.
    await page.getByRole('tab', { name: 'Messages' }).click();
    await page.getByRole('checkbox', { name: VENDOR_A_UID }).check();
    const unverified = page.getByRole('checkbox', { name: 'Use the unverified key anyway' });
    if (await unverified.isVisible()) await unverified.check();
    await page.getByRole('combobox', { name: 'Letter template' }).click();
    await page.getByRole('option', { name: 'First contact with the developer' }).click();
    // Filled from the case and the recipient, labelled in words; never the internal title.
    await expect(page.getByLabel('Vendor name', { exact: true }).inputValue()).resolves.toBe(
      'Alpha Soft Inc.',
    );
    await page.getByRole('button', { name: 'Fill from template' }).click();
    const subject = page.getByLabel('Subject', { exact: true });
    await expect(subject.inputValue()).resolves.not.toContain('Beta');
    // The summary is not written yet: sealing is refused, naming the field.
    await page.getByRole('button', { name: 'Seal and save' }).click();
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
    await page.getByRole('button', { name: 'Seal and save' }).click();
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
    expect(first).toMatch(/^[A-Z]+-\d{4}-\d{4}-\d{8}-alpha-soft-inc-01\.asc$/);

    // A second letter the same day: its own file name.
    await page.getByLabel('Subject', { exact: true }).fill('Additional details');
    await page.getByLabel('Message', { exact: true }).fill('Please find the details below.');
    const second = await saveSeal(page);
    expect(second).toMatch(/-alpha-soft-inc-02\.asc$/);
    expect(second.slice(0, -'-02.asc'.length)).toBe(first.slice(0, -'-01.asc'.length));
  });
});
