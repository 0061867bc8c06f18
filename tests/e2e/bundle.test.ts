// Case bundle round trip between two fresh profiles (two organisations): each generates its
// organisation key, they exchange public keys through the keyring's export and import, one
// exports a case and the other imports it; the same bundle again is refused as a replay.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ACCEPTABLE_CHECKLIST,
  createCaseFromIntake,
  createVault,
  enterReport,
  generateOrgKey,
  nav,
} from './flows';
import { seriousViolations } from './a11y';
import { launchApp, type AppSession } from './harness';

const KEY_PASSPHRASE = 'bundle key passphrase for the e2e 2026';
const dir = mkdtempSync(join(tmpdir(), 'airlock-bundle-e2e-'));
const sessions: AppSession[] = [];

/** Generates the organisation key and saves its public key to a file. */
async function orgKey(page: Page, name: string): Promise<string> {
  await generateOrgKey(
    page,
    { name, email: `psirt@${name.toLowerCase()}.example` },
    KEY_PASSPHRASE,
  );
  await page
    .getByRole('button', { name: new RegExp(`^Details of ${name}`) })
    .first()
    .click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export public key' }).click();
  const file = join(dir, `${name}.asc`);
  await (await download).saveAs(file);
  await page.getByRole('button', { name: 'Close details' }).click();
  return file;
}

async function importKeyFile(page: Page, file: string): Promise<void> {
  await nav(page, 'Keyring');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import key files…' }).click();
  await (await chooser).setFiles(file);
  await page.getByText(/Imported 1 key/).waitFor();
}

async function chooseBundle(page: Page, file: string): Promise<void> {
  await nav(page, 'Import');
  await page.getByRole('tab', { name: 'Bundles' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose .airlock file' }).click();
  await (await chooser).setFiles(file);
}

/** Exports the open case to `recipient` from its Bundle tab and returns the saved file. */
async function exportCase(page: Page, recipient: RegExp): Promise<string> {
  await page.getByRole('tab', { name: 'Bundle' }).click();
  await page.getByRole('checkbox', { name: recipient }).check();
  await page.getByRole('heading', { name: 'Preview: exactly what goes in' }).waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export bundle' }).click();
  const bundle = join(dir, (await download).suggestedFilename());
  await (await download).saveAs(bundle);
  await page.getByText(/Recorded as “bundle exported”/).waitFor();
  return bundle;
}

/** A report of another product, entered and opened as a case: the vault's next number. */
async function anotherCase(page: Page, title: string, productName: string): Promise<string> {
  await enterReport(page, {
    title,
    reporterName: 'Taro Finder',
    reporterContact: 'taro@finder.example',
    productName,
    vendorName: `${productName} Corp`,
    checklist: ACCEPTABLE_CHECKLIST,
  });
  await createCaseFromIntake(page);
  // The case page's heading, once it shows this case (reference, then title).
  return page.getByRole('heading', { level: 2, name: title }).first().innerText();
}

async function caseView(page: Page) {
  await page.getByRole('tab', { name: 'Timeline' }).click();
  // Each timeline entry is a list item; the bundle's own export/import entries differ by
  // design between the two vaults, so they are left out of the comparison.
  await page.getByRole('tabpanel').getByRole('listitem').first().waitFor({ timeout: 30_000 });
  const entries = await page.getByRole('tabpanel').getByRole('listitem').allInnerTexts();
  const heading = await page.getByRole('heading', { level: 2 }).first().innerText();
  const timeline = entries.filter((e) => !/Bundle (ex|im)ported/.test(e));
  return { heading, timeline };
}

afterAll(async () => {
  for (const s of sessions) await s.dispose();
});

describe('case bundle round trip', () => {
  it('exports a case from one organisation and imports it into another; a replay is refused', async () => {
    const a = await launchApp();
    const b = await launchApp();
    sessions.push(a, b);
    await a.page.goto(a.baseUrl);
    await b.page.goto(b.baseUrl);
    await createVault(a.page);
    await createVault(b.page);
    const keyA = await orgKey(a.page, 'Sender');
    const keyB = await orgKey(b.page, 'Receiver');
    await importKeyFile(a.page, keyB);
    await importKeyFile(b.page, keyA);

    await enterReport(a.page, {
      title: 'Bundle round trip: stored XSS in router admin',
      reporterName: 'Hanako Finder',
      reporterContact: 'hanako@finder.example',
      productName: 'RouterOS Admin',
      vendorName: 'Example Networks',
      version: '2.3.1',
      url: 'https://vendor.example/router',
      poc: 'POST /admin/name with <script>alert(1)</script>',
      impact: 'Session theft of administrators',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    const caseId = await createCaseFromIntake(a.page);
    const before = await caseView(a.page);

    const bundle = await exportCase(a.page, /Receiver/);
    expect(await seriousViolations(a.page, { include: '[role="tabpanel"]' })).toEqual([]);
    expect(bundle).toMatch(/\.airlock$/);

    // Under Messages, the bundle is no vendor reply and A's key file no message: each says
    // what it is and where it goes, and neither can be stored in a case.
    await nav(b.page, 'Import');
    await b.page.getByRole('tab', { name: 'Messages' }).click();
    const picker = b.page.waitForEvent('filechooser');
    await b.page.getByRole('button', { name: 'Choose reply files…' }).click();
    await (await picker).setFiles([bundle, keyA]);
    await b.page
      .getByText(/This is an Airlock case bundle: import it under Import → Bundles/)
      .waitFor({ timeout: 30_000 });
    await b.page
      .getByText(/This is an OpenPGP key file, not a message: import it on the Keyring/)
      .waitFor();
    expect(await b.page.getByRole('button', { name: 'Store in case' }).count()).toBe(0);

    await chooseBundle(b.page, bundle);
    await b.page.getByRole('heading', { name: 'What will change' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => b.page.getByText('New case').count()).toBe(1);
    expect(await seriousViolations(b.page, { include: '[role="tabpanel"]' })).toEqual([]);
    await b.page.getByRole('button', { name: 'Import into the vault' }).click();
    await b.page.getByRole('link', { name: /^Open case / }).click();
    await b.page.waitForURL(new RegExp(`#/cases/${caseId}$`));
    const after = await caseView(b.page);
    expect(after.heading).toBe(before.heading);
    expect(before.timeline.length).toBeGreaterThan(2);
    // B's copy holds two organisations' entries (its import is its own): each of A's says so.
    const bySender = /\s+by Sender <psirt@sender\.example>$/;
    expect(after.timeline.every((e) => bySender.test(e))).toBe(true);
    expect(after.timeline.map((e) => e.replace(bySender, ''))).toEqual(before.timeline);

    // The same file again: refused by the ledger, and nothing is written.
    await chooseBundle(b.page, bundle);
    await b.page.getByText(/Replay check failed/).waitFor({ timeout: 30_000 });
    await b.page.getByText('Nothing was written: the vault is unchanged.').waitFor();

    // Each vault numbers its own cases: B's own next case and A's next case both get the
    // second number. B's preview says the reference is taken before any click, and offers
    // no import that the store would refuse.
    const ours = await anotherCase(b.page, 'Receiver own case: printer overflow', 'PrintServe');
    const theirs = await anotherCase(a.page, 'Sender second case: camera auth bypass', 'CamView');
    const ref = /^[A-Z]+-\d{4}-\d{4,6}/.exec(theirs)?.[0] ?? '';
    expect(ours.startsWith(ref)).toBe(true);
    const second = await exportCase(a.page, /Receiver/);
    await chooseBundle(b.page, second);
    await b.page.getByRole('heading', { name: 'What will change' }).waitFor({ timeout: 30_000 });
    await b.page.getByRole('cell', { name: 'Reference already used here' }).waitFor();
    await b.page.getByText(/its case reference is taken in this vault/).waitFor();
    await b.page
      .getByText(new RegExp(`${ref} is already the reference of your own case “Receiver own case`))
      .waitFor();
    expect(await b.page.getByRole('button', { name: 'Import into the vault' }).isDisabled()).toBe(
      true,
    );

    a.expectClean();
    b.expectClean();
  }, 240_000);
});
