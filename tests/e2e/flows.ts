// User flows shared by e2e tests, written as a user does them: labels and roles only.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { expect } from 'vitest';
import { reservationOf } from '../../shared/workflow/testing/cve-reservation';

/** A passphrase zxcvbn rates "very strong", so the create button enables. */
export const TEST_PASSPHRASE = 'correct horse battery staple airlock 2026';

export async function createVault(page: Page, passphrase = TEST_PASSPHRASE): Promise<void> {
  await page.getByRole('heading', { name: 'Create your vault' }).waitFor({ timeout: 60_000 });
  await page.getByLabel(/^Passphrase/).fill(passphrase);
  await page.getByLabel(/^Confirm passphrase/).fill(passphrase);
  await page.getByRole('button', { name: 'Create vault' }).click();
  // A new vault opens on its first-run setup (leaving it marks it offered); leave it
  // for the dashboard before the test goes on, so that write never races the test's own.
  await page.getByRole('heading', { name: 'First-run setup', level: 2 }).waitFor({
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Go to the dashboard' }).click();
  await page.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor({ timeout: 30_000 });
}

/** A new vault whose organisation has its CSAF publisher namespace (its web site) set in
 *  Settings, as a newcomer does before a first CSAF export. */
export async function createOrganisationVault(page: Page): Promise<void> {
  await createVault(page);
  await nav(page, 'Settings');
  await page.getByLabel('CSAF publisher namespace').fill('https://csirt.example.org/');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved in the vault.').waitFor();
}

/** A new vault in the app just launched, its browser clock set to `start` (never the
 *  machine's clock: the dates a walk checks are then the same on every run). */
export async function createVaultAt(
  session: { page: Page; baseUrl: string },
  start: Date | number,
): Promise<Page> {
  const { page } = session;
  page.setDefaultTimeout(45_000);
  await page.clock.install({ time: start });
  await page.goto(session.baseUrl);
  await createVault(page);
  return page;
}

export async function unlockVault(page: Page, passphrase = TEST_PASSPHRASE): Promise<void> {
  await page.getByRole('heading', { name: 'Unlock Airlock' }).waitFor({ timeout: 60_000 });
  await page.getByLabel(/^Passphrase/).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor({ timeout: 30_000 });
}

export async function lockNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('heading', { name: 'Unlock Airlock' }).waitFor({ timeout: 60_000 });
}

/** A finder's report as the intake wizard asks for it (English labels). */
export type IntakeReport = {
  title: string;
  kind?: 'software' | 'website';
  reporterName: string;
  reporterContact: string;
  productName: string;
  vendorName?: string;
  version?: string;
  url?: string;
  poc?: string;
  impact?: string;
  /** Checklist answers by their English label, e.g. `{ 'Cross-site scripting': 'yes' }`. */
  checklist: Record<string, string>;
};

/** Answers that make a complete report the JPCERT/CC checklist accepts. */
export const ACCEPTABLE_CHECKLIST: Record<string, string> = {
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

/** Fills the intake wizard (New report); the caller checks the verdict and creates the case. */
export async function enterReport(page: Page, report: IntakeReport): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'New report' })
    .click();
  await page.getByRole('heading', { name: 'New report', level: 2 }).waitFor();
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await field('Case title').fill(report.title);
  await field('Target').selectOption(report.kind ?? 'software');
  await field('Reporter name').fill(report.reporterName);
  await field('Reporter contact (e-mail, phone or address)').fill(report.reporterContact);
  await field('Product name').fill(report.productName);
  await field('Developer or site operator').fill(report.vendorName ?? '');
  await field('Exact version').fill(report.version ?? '');
  await field('Product URL').fill(report.url ?? '');
  await field('Proof of concept').fill(report.poc ?? '');
  await field('Impact').fill(report.impact ?? '');
  for (const [label, answer] of Object.entries(report.checklist)) {
    await field(label).selectOption(answer);
  }
}

/** A technical alert as its intake form asks for it; lists are one item per line. */
export type TechnicalAlertIntake = {
  title: string;
  vulnerabilityClass: { ja: string; en: string };
  cwes: string;
  summary: { ja: string; en: string };
  productFamilies: { ja: string[]; en: string[] };
  mitigations: { ja: string[]; en: string[] };
};

/** Chooses "Technical alert" on New report; the caller fills it with `fillTechnicalAlert`. */
export async function startTechnicalAlert(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'New report' })
    .click();
  await page.getByRole('heading', { name: 'New report', level: 2 }).waitFor();
  await page.getByLabel('Target', { exact: true }).selectOption('technical-alert');
  await page.getByRole('group', { name: 'Technical alert' }).waitFor();
}

export async function fillTechnicalAlert(page: Page, alert: TechnicalAlertIntake): Promise<void> {
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await field('Case title').fill(alert.title);
  for (const lang of ['ja', 'en'] as const) {
    const name = lang === 'ja' ? 'Japanese' : 'English';
    await field(`Class of vulnerability (${name})`).fill(alert.vulnerabilityClass[lang]);
    await field(`Summary (${name})`).fill(alert.summary[lang]);
    await field(`Affected product families (${name}, one per line)`).fill(
      alert.productFamilies[lang].join('\n'),
    );
    await field(`Mitigations (${name}, one per line)`).fill(alert.mitigations[lang].join('\n'));
  }
  await field('CWE').fill(alert.cwes);
}

/** Creates the case from the filled wizard and returns its id from the case URL. */
export async function createCaseFromIntake(page: Page, button = 'Create case'): Promise<string> {
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL(/#\/cases\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  const id = /#\/cases\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  if (id === undefined) throw new Error(`not a case URL: ${page.url()}`);
  return id;
}

/** Follows a link of the main navigation by its visible name (in the current language). */
export const nav = (page: Page, name: string): Promise<void> =>
  page.getByRole('navigation').getByRole('link', { name, exact: true }).click();

/** Brings CVE IDs into the vault's pool, as a reservation file (`cve reserve --raw` of
 *  cvelib) imported on the CVE IDs screen: a CVE ID the analyst types into a vulnerability
 *  is ours only if it is in the pool (issue 28). */
export async function importCveIds(page: Page, dir: string, ids: readonly string[]) {
  const file = join(dir, 'cve-reservation.json');
  writeFileSync(file, reservationOf(...ids));
  await importReservationFile(page, file);
  await page.getByText(`CVE IDs imported: ${ids.length}.`).waitFor();
}

/** Clicks the button that opens a file chooser and chooses `path` in it. */
export async function pickFile(page: Page, button: string, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(path);
}

/** Imports a reservation file on the CVE IDs screen (what it says is the caller's to check). */
export async function importReservationFile(page: Page, file: string) {
  await nav(page, 'CVE IDs');
  await pickFile(page, 'Import a reservation file', file);
}

/** Adds an organisation to the contacts registry from the Contacts screen. */
export async function addContact(page: Page, en: string, ja: string): Promise<void> {
  await nav(page, 'Contacts');
  await page.getByRole('link', { name: 'Add a contact' }).click();
  await page.getByLabel('Name (English)').fill(en);
  await page.getByLabel('Name (Japanese)').fill(ja);
  await page.getByRole('button', { name: 'Save contact' }).click();
  // A new contact's editor moves to its own address once saved.
  await page.waitForURL(/#\/contacts\/[0-9a-f-]{36}$/);
}

/** A contact saved with its English name, then its key's fingerprint (which links them),
 *  as the contact screen asks: the fingerprint field is on the saved contact's page. */
export async function addContactWithKey(page: Page, name: string, fpr: string): Promise<void> {
  await nav(page, 'Contacts');
  await page.getByRole('link', { name: 'Add a contact' }).click();
  await page.getByLabel('Name (English)').fill(name);
  await page.getByRole('button', { name: 'Save contact' }).click();
  await page.waitForURL(/#\/contacts\/[0-9a-f-]{36}$/);
  await page.getByLabel('PGP key fingerprints (one per line)').fill(fpr);
  await page.getByRole('button', { name: 'Save contact' }).click();
  await page.getByText('Contact saved.').waitFor();
}

/** The passphrase `generateOrgKey` protects the organisation key with unless told another. */
export const ORG_KEY_PASSPHRASE = 'org key passphrase 2026';

/** The organisation key as the Keyring generates it (Airlock CSIRT <csirt@airlock.example>
 *  by default); leaves the page on the Keyring once the key is made. */
export async function generateOrgKey(
  page: Page,
  who: { name: string; email: string } = { name: 'Airlock CSIRT', email: 'csirt@airlock.example' },
  passphrase = ORG_KEY_PASSPHRASE,
): Promise<void> {
  await nav(page, 'Keyring');
  await page.getByLabel(/^Name/).fill(who.name);
  await page.getByLabel(/^E-mail/).fill(who.email);
  await page.getByLabel(/^Key passphrase/).fill(passphrase);
  await page.getByLabel(/^Confirm key passphrase/).fill(passphrase);
  await page.getByRole('button', { name: 'Generate organisation key' }).click();
  await page.getByText(/^Organisation key generated: /).waitFor({ timeout: 60_000 });
}

/** Runs "Verify log" under Export & backup and waits until it says the audit log is intact. */
export async function expectAuditIntact(page: Page): Promise<void> {
  await nav(page, 'Export & backup');
  await page.getByRole('button', { name: 'Verify log' }).click();
  await page
    .getByRole('status')
    .getByText(/The audit log is intact: \d+ entries\./)
    .waitFor();
}

/** Imports one key file from the Keyring screen (the page is on it) and waits until it says so. */
export async function importKeyFile(page: Page, path: string): Promise<void> {
  await pickFile(page, 'Import key files…', path);
  await page.getByRole('status').filter({ hasText: 'Imported 1 key(s)' }).waitFor();
}

/** The page section titled by this heading (a card with `aria-labelledby`). */
export const section = (page: Page, heading: string) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: heading }) });

/** Opens a tab of the case screen and waits until it is the selected one. */
export const openTab = async (page: Page, name: string): Promise<void> => {
  // The case screen's own tabs: right after a hash change or goto, the screen before it
  // may still be painted, and Import has a "Messages" tab of its own.
  const tabs = page.getByRole('tablist', { name: /^(Case sections|案件の項目)$/ });
  await tabs.getByRole('tab', { name }).click();
  await tabs.getByRole('tab', { name, selected: true }).waitFor();
};

/** A vendor's row in the case's vendor matrix (or another vendor table, by its name). */
export const vendorRow = (page: Page, name: string, table = 'Vendor matrix') =>
  page.getByRole('table', { name: table }).getByRole('row').filter({ hasText: name });

/** Adds a vendor from the contacts registry on the case's Vendors tab, as the tab offers. */
export async function addCaseVendor(page: Page, name: string): Promise<void> {
  await openTab(page, 'Vendors');
  await page.getByLabel('Vendor from the contacts registry').selectOption({ label: name });
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await vendorRow(page, name).waitFor();
}

/** Opens the action controls of a vendor-matrix row ("Act on this vendor": they render only
 *  in the row being worked on) unless they are open already. */
export const actOnVendor = async (page: Page, vendor: string): Promise<void> => {
  const toggle = page.getByRole('button', { name: `Act on this vendor: ${vendor}`, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.getByRole('group', { name: `Actions for ${vendor}`, exact: true }).waitFor();
};

/** Adds a vendor of the contacts registry to the case and records a first contact attempt. */
export async function contactCaseVendor(page: Page, name: string): Promise<void> {
  await addCaseVendor(page, name);
  await actOnVendor(page, name);
  const attempt = vendorRow(page, name).getByRole('button', { name: 'Record contact attempt' });
  await expect.poll(() => attempt.isEnabled()).toBe(true);
  await attempt.click();
  await vendorRow(page, name)
    .getByText(/^Contacted/)
    .waitFor();
}

/** Records on the Vendors tab that a contacted vendor answered (by mail, or agreed by
 *  phone), until its row reads "Acknowledged": a date is recorded as agreed only once a
 *  vendor's answer is on record. (Not by the row's "Recorded.": the contact attempt's may
 *  still be shown beside it.) */
export async function recordVendorReply(page: Page, name: string): Promise<void> {
  await openTab(page, 'Vendors');
  await actOnVendor(page, name);
  await vendorRow(page, name).getByRole('button', { name: 'Record reply' }).click();
  await vendorRow(page, name).getByText('Acknowledged', { exact: true }).waitFor();
}

/**
 * Waits for every finite CSS transition and animation to end. A scan in the middle of one
 * (a panel's Collapse still sliding open, a button's press transform) sees an element drawn
 * over another and leaves its contrast undecided ("overlapped by another element"), which
 * this file counts as a failure: a CI run failed that way once. Endless ones (a loader's
 * spin) never settle and are not waited for.
 */
export const animationsSettled = (page: Page): Promise<unknown> =>
  page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
      ),
  );

/**
 * Opens "Edit vendor details" for a vendor of the matrix and returns its dialog once it has
 * finished opening: a click while the dialog still slides in (a CI run, loaded) left
 * "Cleared for publication" unticked.
 */
export async function editVendorDetails(page: Page, vendor: string) {
  await actOnVendor(page, vendor);
  await page.getByRole('button', { name: `Edit vendor details for ${vendor}` }).click();
  const details = page.getByRole('dialog', { name: `Vendor details: ${vendor}` });
  await details.waitFor();
  await animationsSettled(page);
  return details;
}

/** Clicks an export button and saves every download it triggers into `dir`. */
export async function exportFiles(
  page: Page,
  button: string,
  count: number,
  dir: string,
): Promise<string[]> {
  const downloads: Download[] = [];
  const onDownload = (d: Download) => downloads.push(d);
  page.on('download', onDownload);
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect.poll(() => downloads.length, { timeout: 15_000 }).toBe(count);
  page.off('download', onDownload);
  const paths: string[] = [];
  for (const d of downloads) {
    const path = join(dir, d.suggestedFilename());
    await d.saveAs(path);
    paths.push(path);
  }
  return paths;
}

/** Fills a bilingual field's Japanese and English boxes ("Title (Japanese)", …). */
export async function fillBoth(page: Page, field: string, ja: string, en: string): Promise<void> {
  await page.getByLabel(`${field} (Japanese)`, { exact: true }).fill(ja);
  await page.getByLabel(`${field} (English)`, { exact: true }).fill(en);
}

/** Beside the CSAF 2.1 export of a draft not yet final: the words its file carries, that it
 *  is a pre-disclosure copy under the case's TLP for the named recipients only. */
export const preDisclosureNotice = (page: Page, tlp: string) =>
  page
    .getByTestId('csaf21-pre-disclosure')
    .getByText(new RegExp(`under TLP:${tlp} \\(status: draft\\), for the named recipients only`));
