// The new analyst's longer form-filling steps (new-analyst.test.ts), by labels and roles
// only like the rest of that walk: the empty vault and its first-run setup, the finder's
// report as New report asks for it, and the advisory in both languages.
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { expect } from 'vitest';
import { editVendorDetails, nav, pickFile } from './flows';
import { gpgHome, makeVendorKey } from './gpg';

/** When the other parties made their GnuPG keys: before the browser clock's start. */
const KEYS_MADE = new Date('2026-12-06T01:00:00.000Z');

/** Another party's GnuPG home under `work/dir`, with a key pair made at KEYS_MADE whose
 *  public key is exported to `work/keyFile`: its gpg runner and the key's fingerprint. */
/** A party's user ID as GnuPG writes it: `Name <e-mail>`. */
export const uidOf = (party: { en: string; email: string }): string =>
  `${party.en} <${party.email}>`;

export async function gpgParty(work: string, dir: string, uid: string, keyFile: string) {
  const gpg = await gpgHome(join(work, dir), KEYS_MADE);
  return { gpg, fpr: await makeVendorKey(gpg, uid, join(work, keyFile)) };
}

export const PASSPHRASE = 'a long vault passphrase for the new analyst 2026';
export const ORG = { en: 'Example CSIRT', ja: 'エグザンプル CSIRT', email: 'csirt@example.jp' };
export const VENDOR_A = {
  en: 'Alpha Networks',
  ja: 'アルファネットワークス',
  email: 'psirt@alpha.example',
};
export const VENDOR_B = {
  en: 'Bravo Systems',
  ja: 'ブラボーシステムズ',
  email: 'psirt@bravo.example',
};
export const TITLE = `fastqs prototype pollution (also bundled by ${VENDOR_B.en})`;
export const CVE = 'CVE-2026-41234';
/** The JPCERT/CC checklist answered for a complete, acceptable report. */
const CHECKLIST: Record<string, string> = {
  'Impacts confidentiality, integrity or availability': 'yes',
  'Only in debug or development mode': 'no',
  'Exact version and product link given': 'yes',
  'Reproducible on the latest or a supported version': 'yes',
  'Discovery method and tools given': 'yes',
  'Proof of concept given': 'yes',
  'Impact or threat model described': 'yes',
  'Cross-site scripting': 'no',
  'Impact on users in Japan': 'limited',
};

export async function download(
  page: Page,
  click: () => Promise<void>,
  dir: string,
): Promise<string> {
  const pending = page.waitForEvent('download');
  await click();
  const file = await pending;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** 1–2. The create screen as the analyst first sees it, then the setup the new vault opens
 *  on: our organisation's name (letters sign with it), its key, a first backup. */
export async function createVaultAndSetUp(page: Page, out: string): Promise<void> {
  // 1. An empty vault: the create screen, as the analyst first sees it.
  await page.getByRole('heading', { name: 'Create your vault' }).waitFor({ timeout: 60_000 });
  await page.getByLabel(/^Passphrase/).fill(PASSPHRASE);
  await page.getByLabel(/^Confirm passphrase/).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();

  // 2. The first-run setup the new vault opens on: our organisation's name (letters sign
  //    with it), the organisation key, a first backup to removable media.
  await page.getByRole('heading', { name: 'First-run setup', level: 2 }).waitFor({
    timeout: 60_000,
  });
  await page.getByLabel('Organisation name (Japanese)', { exact: true }).fill(ORG.ja);
  await page.getByLabel('Organisation name (English)', { exact: true }).fill(ORG.en);
  await page.getByRole('button', { name: 'Save organisation name' }).click();
  await page.getByText(`Saved: ${ORG.ja} / ${ORG.en}`).waitFor();
  await page.getByLabel(/^Name/).fill(ORG.en);
  await page.getByLabel(/^E-mail/).fill(ORG.email);
  await page.getByLabel(/^Key passphrase/).fill('organisation key passphrase 2026');
  await page.getByLabel(/^Confirm key passphrase/).fill('organisation key passphrase 2026');
  await page.getByRole('button', { name: 'Generate organisation key' }).click();
  await page.getByText(/^The organisation key is [0-9A-F ]+\.$/).waitFor({ timeout: 90_000 });
  const backup = await download(
    page,
    () => page.getByRole('button', { name: 'Save backup' }).click(),
    out,
  );
  expect(backup).toMatch(/\.airlock-backup$/);
  await page.getByRole('button', { name: 'Go to the dashboard' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  // 3. Settings: the organisation's web site, which CSAF exports name as their publisher.
  await nav(page, 'Settings');
  await page.getByLabel('CSAF publisher namespace').fill('https://csirt.example.org/');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved in the vault.').waitFor();
}

/** 6. The finder's report, in the order New report asks for it. */
export async function fillTheReport(page: Page): Promise<void> {
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await field('Case title').fill(TITLE);
  await field('Target').selectOption('software');
  await field('Reporter name').fill('Hanako Suzuki');
  await field('Reporter contact (e-mail, phone or address)').fill('hanako@finder.example');
  await field('Product name').fill('fastqs');
  await field('Developer or site operator').fill(VENDOR_A.en);
  await field('Exact version').fill('2.1.0');
  await field('Product URL').fill('https://alpha.example/fastqs');
  await field('Proof of concept').fill("fastqs.parse('__proto__[admin]=1')");
  await field('Impact').fill('Any parsed query string can set properties on every object.');
  for (const [label, answer] of Object.entries(CHECKLIST)) {
    await field(label).selectOption(answer);
  }
}

/** 13. Each vendor's clearance, then the advisory draft in both languages, saved and marked
 *  final; returns the advisory ID. The products are the package URL lines typed on the
 *  Vulnerabilities tab (step 7), nothing typed again: each joins the vendor whose contact
 *  registers it, and the line no case vendor registers is named with what to do (F-H). */
export async function writeTheAdvisory(
  page: Page,
  tab: (name: string) => Promise<void>,
): Promise<string> {
  // 13. The advisory, in Japanese and English, with the CVSS vector; the ID follows JVN's
  //     rule for a case with two vendors.
  await tab('Vendors');
  for (const vendor of [VENDOR_A.en, VENDOR_B.en]) {
    const details = await editVendorDetails(page, vendor);
    await details.getByLabel('Cleared for publication').check();
    await details.getByRole('button', { name: 'Save vendor details' }).click();
    await details.waitFor({ state: 'hidden' });
  }
  await tab('Advisory');
  await page.getByRole('button', { name: 'Create advisory draft' }).click();
  await page.getByRole('heading', { name: 'Advisory draft' }).waitFor();
  const products = page.getByRole('table', { name: 'Affected products and versions' });
  for (const vendor of [VENDOR_A.en, VENDOR_B.en]) {
    await products
      .getByRole('row')
      .filter({ hasText: vendor })
      .filter({ hasText: '< 2.1.1' })
      .getByRole('cell', { name: 'fastqs', exact: true })
      .waitFor();
  }
  await page
    .getByTestId('products-not-taken')
    .getByText(/^“pkg:npm\/fastqs-cli <= 1\.0\.0” was not taken: no vendor on the case registers/)
    .waitFor();
  const advisoryId = await page.getByLabel('Advisory ID', { exact: true }).inputValue();
  expect(advisoryId).toMatch(/^JVNVU#\d{8}$/);
  const both = async (label: string, ja: string, en: string) => {
    await page.getByLabel(`${label} (Japanese)`, { exact: true }).fill(ja);
    await page.getByLabel(`${label} (English)`, { exact: true }).fill(en);
  };
  await both('Publisher name', ORG.ja, ORG.en);
  await page.getByLabel('CNA orgId', { exact: true }).fill('b3476cb9-2e3d-41a6-98d0-0f47421a65b6');
  await both('Title', 'fastqs におけるプロトタイプ汚染の脆弱性', 'Prototype pollution in fastqs');
  await both(
    'Overview',
    'fastqs にはプロトタイプ汚染の脆弱性があります。',
    'fastqs is vulnerable to prototype pollution.',
  );
  await both(
    'Description',
    'クエリ文字列の解析でプロトタイプを変更できます。',
    'Parsing a query string can modify object prototypes.',
  );
  await both(
    'Impact',
    '任意のオブジェクトのプロパティが設定される可能性があります。',
    'Properties may be set on every object.',
  );
  await both('Solution', '最新版にアップデートしてください。', 'Update to the latest version.');
  await page.getByLabel('CVE ID (vulnerability 1)').fill(CVE);
  await both(
    'Description of vulnerability 1',
    '__proto__ を含むキーを解析すると Object.prototype が変更されます。',
    'Parsing a key that contains __proto__ changes Object.prototype.',
  );
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByText('Draft saved.').waitFor();
  await page.getByRole('button', { name: 'Mark as final' }).click();
  await page.getByText(/^The advisory is final/).waitFor();
  return advisoryId;
}

/** 5. A vendor's contact with its key's fingerprint as a vendor writes it (spaced, lower
 *  case) and its products; the form says the key was linked, no keyring step needed. */
export async function addVendorContact(
  page: Page,
  vendor: typeof VENDOR_A,
  fpr: string,
  products: string,
): Promise<void> {
  const spaced = (f: string) => (f.toLowerCase().match(/.{4}/g) ?? []).join(' ');
  await page.getByRole('navigation').getByRole('link', { name: 'Contacts', exact: true }).click();
  await page.getByRole('link', { name: 'Add a contact' }).click();
  await page.getByLabel('Name (English)').fill(vendor.en);
  await page.getByLabel('Name (Japanese)').fill(vendor.ja);
  await page.getByLabel('PGP key fingerprints (one per line)').fill(spaced(fpr));
  await page.getByLabel(/^Products \(one package URL/).fill(products);
  await page.getByRole('button', { name: 'Save contact' }).click();
  await page.waitForURL(/#\/contacts\/[0-9a-f-]{36}$/);
  await page.getByText(/^Linked to key /).waitFor();
}

/** Clicks an export button and saves the `count` files it downloads into `out`. */
export async function exportedFiles(
  page: Page,
  button: string,
  count: number,
  out: string,
): Promise<string[]> {
  const files: string[] = [];
  const onDownload = async (d: Download) => {
    const path = join(out, d.suggestedFilename());
    await d.saveAs(path);
    files.push(path);
  };
  page.on('download', (d) => void onDownload(d));
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect.poll(() => files.length, { timeout: 20_000 }).toBe(count);
  page.removeAllListeners('download');
  return files;
}

/** 4. Key files as GnuPG exported them, imported one after the other from the Keyring. */
export async function importKeyFiles(page: Page, files: readonly string[]): Promise<void> {
  for (const file of files) {
    await pickFile(page, 'Import key files…', file);
    // (After the first, the earlier import's status line may still be shown too.)
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Imported 1 key(s)' }).count())
      .toBeGreaterThan(0);
  }
}
