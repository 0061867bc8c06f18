// Issue 27 items 3 and 7 in real Chromium, walked as a new analyst would: a second report on
// a case's PURL is offered at intake as a duplicate and linked (its letter names neither the
// first finder nor the vendor; the original shows the link and the second report), then the
// Finder tab answers a progress inquiry, refuses a withdrawal before the policy's year with
// the day it becomes possible, and records a website operator's fix and the finder's notice.
// The browser's clock is installed (never the machine's): the year and the days are fixed.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACCEPTABLE_CHECKLIST,
  actOnVendor,
  createCaseFromIntake,
  createVault,
  enterReport,
  nav,
  openTab,
  section,
} from './flows';
import { launchApp, type AppSession } from './harness';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const DAY = 86_400_000;
// Monday 2026-06-01, 10:00 JST: the first attempt to notify the developer is made then, so
// the finder may withdraw non-disclosure from 2027-06-01 (IPA: one year).
const START = new Date('2026-06-01T01:00:00.000Z').getTime();
const PURL = 'pkg:npm/widget-kit@2.4.0';

async function addContactWithProducts(page: Page, en: string, products: string[]) {
  await nav(page, 'Contacts');
  await page.getByRole('link', { name: 'Add a contact' }).click();
  await page.getByLabel('Name (English)').fill(en);
  await page.getByLabel(/^Products \(one package URL/).fill(products.join('\n'));
  await page.getByRole('button', { name: 'Save contact' }).click();
  await page.waitForURL(/#\/contacts\/[0-9a-f-]{36}$/);
}

const letterBox = (page: Page, testId: string) => page.getByTestId(testId);

/** Saves a finder letter of this section as its plaintext file; the file's text. The vault
 *  has no organisation name yet (first-run setup skipped): the save is refused until the
 *  analyst writes it in, as for a vendor letter. */
async function saveLetter(page: Page, card: Locator): Promise<string> {
  const box = card.getByLabel('Letter to the finder', { exact: true });
  await card.getByRole('button', { name: 'Save as a plaintext letter file' }).click();
  await card
    .getByRole('alert')
    .getByText('The letter still holds the field {{organisationName}}', { exact: false })
    .waitFor();
  await box.fill((await box.inputValue()).replace('{{organisationName}}', 'Airlock CSIRT'));
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Save as a plaintext letter file' }).click();
  const file = await (await download).path();
  await card
    .getByRole('status')
    .getByText(/recorded as sent to the finder/)
    .waitFor();
  return readFileSync(file, 'utf8');
}

describe('duplicate reports and the finder’s steps', () => {
  it('links a second report on the same PURL and answers the finder from the case', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(45_000);
    await page.clock.install({ time: START });
    await page.goto(app.baseUrl);
    await createVault(page);
    await addContactWithProducts(page, 'Kumo Soft', ['pkg:npm/widget-kit']);

    // The first report, with the product's PURL typed at intake: no case to compare yet.
    await enterReport(page, {
      title: 'Prototype pollution in widget-kit',
      reporterName: 'Taro Yamada',
      reporterContact: 'taro@first-lab.example',
      productName: 'widget-kit',
      version: '2.4.0',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    const identifiers = page.getByLabel('Product identifiers (PURL or CPE 2.3)');
    await identifiers.fill(PURL);
    await page.getByText('No case shares a product, CVE ID or wording with this report.').waitFor();
    const original = await createCaseFromIntake(page);
    // The PURL stayed on the case: the vendor who makes it is suggested, and is contacted.
    await openTab(page, 'Vendors');
    await page
      .getByRole('region', { name: 'Suggested vendors to notify' })
      .getByRole('row')
      .filter({ hasText: 'Kumo Soft' })
      .getByRole('button', { name: 'Add to the matrix' })
      .click();
    await actOnVendor(page, 'Kumo Soft');
    await page.getByRole('button', { name: 'Record contact attempt' }).click();
    await page.getByText('Contacted, no reply for 0 business days', { exact: true }).waitFor();

    // A second finder reports the same package a week later.
    await page.clock.setSystemTime(START + 7 * DAY);
    await enterReport(page, {
      title: 'Unsafe merge in a widget library',
      reporterName: 'Hanako Sato',
      reporterContact: 'hanako@second.example',
      productName: 'widget-kit',
      version: '2.4.0',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    // This finder consents to be credited, under their lab's name.
    await page.getByRole('checkbox', { name: 'The reporter agrees to be credited' }).check();
    await page.getByLabel('Name to credit', { exact: true }).fill('Sato Lab');
    await identifiers.fill(PURL);
    const candidate = page.getByTestId('duplicate-candidate');
    await candidate.getByText('Offered as a duplicate').waitFor();
    await candidate.getByText(`Same product: ${'pkg:npm/widget-kit'}`, { exact: false }).waitFor();
    const ref = (await candidate.getByRole('link').innerText()).trim();
    await page.getByRole('radio', { name: `Duplicate of ${ref}` }).check({ force: true });
    const letter = page.getByLabel('Letter to the reporter', { exact: true });
    await expect.poll(() => letter.inputValue()).toContain('Hanako Sato');
    const declined = await letter.inputValue();
    for (const secret of ['Taro', 'first-lab', 'Kumo']) expect(declined).not.toContain(secret);
    const second = await createCaseFromIntake(page);
    const links = page.getByRole('list', { name: 'Linked cases' });
    await links.getByText(`Duplicate of ${ref}`).waitFor();

    // The original shows the link, the second finder's credit and the event.
    await page.goto(`${app.baseUrl}#/cases/${original}`);
    await links.getByText(/^Second independent report: AL-/).waitFor();
    await links.getByText('credited as Sato Lab').waitFor();
    await openTab(page, 'Timeline');
    await page.locator('ol > li').filter({ hasText: 'Second independent report' }).waitFor();
    expect(second).not.toBe(original);

    // The finder asks how it is going: the reply tells the stage and the window, no vendor.
    await page.clock.setSystemTime(START + 60 * DAY);
    await openTab(page, 'Finder');
    const progress = letterBox(page, 'finder-progress-letter');
    await expect.poll(() => progress.inputValue()).toContain('Stage:');
    const answer = await progress.inputValue();
    expect(answer).toContain('Planned publication:');
    expect(answer).not.toContain('Kumo');
    // A vendor's name typed into it is refused before anything is recorded.
    await progress.fill(`${answer}\nKumo Soft is working on it.`);
    await page.getByText(/names a vendor before publication: Kumo Soft/).waitFor();
    await progress.fill(answer);
    // The finder gave no key: the letter leaves as a plaintext file, recorded as sent.
    const sent = await saveLetter(page, section(page, 'The finder’s progress inquiry'));
    expect(sent).toContain('Planned publication:');
    expect(sent).not.toContain('Kumo');

    // Six months in, the finder asks to withdraw non-disclosure: refused, with the day.
    await page.getByRole('button', { name: 'Record the finder’s request (today)' }).click();
    await page
      .getByTestId('withdrawal-requests')
      .getByText(/refused, possible from 2027-06-01/)
      .waitFor();
    const reply = letterBox(page, 'finder-withdrawal-letter');
    await expect.poll(() => reply.inputValue()).toContain('2027');

    // A website case: the operator reports the fix, which ends its clock; the finder is told.
    await enterReport(page, {
      title: 'Reflected XSS in the shop search',
      kind: 'website',
      reporterName: 'Jiro Ito',
      reporterContact: 'jiro@example.jp',
      productName: 'Example Shop',
      url: 'https://shop.example.jp/',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    await createCaseFromIntake(page);
    await openTab(page, 'Vendors');
    await addOperator(page);
    await openTab(page, 'Finder');
    await page.getByRole('button', { name: 'Shop Operator reported the site fixed' }).click();
    await page.getByTestId('site-fixed').waitFor();
    const notice = letterBox(page, 'finder-site-letter');
    await expect.poll(() => notice.inputValue()).toContain('The website has been fixed');
    expect(await notice.inputValue()).not.toContain('Shop Operator');
    const told = await saveLetter(page, section(page, 'The site operator’s fix'));
    expect(told).toContain('The website has been fixed');
    app.expectClean();
  });
});

/** The website's operator, from the contacts registry, as the case's site operator. */
async function addOperator(page: Page) {
  const url = page.url();
  await addContactWithProducts(page, 'Shop Operator', []);
  await page.goto(url);
  await openTab(page, 'Vendors');
  await page
    .getByLabel('Vendor from the contacts registry')
    .selectOption({ label: 'Shop Operator' });
  await page.getByLabel('Role', { exact: true }).selectOption('site-operator');
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await page.getByRole('table', { name: 'Vendor matrix' }).getByText('Shop Operator').waitFor();
}
