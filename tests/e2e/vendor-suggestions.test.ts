// Issue 13 in real Chromium: contacts hold product identifiers (PURL / CPE), a case built
// through the UI with affected products suggests the right vendors (and not a vendor of
// the same name in another ecosystem), one click adds a suggestion to the matrix, and a
// vendor that has not replied reads "no reply for N business days" with N counted on the
// Japanese calendar across Shōwa Day (the test sets the browser's clock).
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import {
  ACCEPTABLE_CHECKLIST,
  actOnVendor,
  createCaseFromIntake,
  createVault,
  enterReport,
  nav,
} from './flows';
import { launchApp, type AppSession } from './harness';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

// Friday 2026-04-24, 11:00 JST; then Thursday 2026-04-30, 12:00 JST. Between them: the
// weekend, Monday 27, Tuesday 28, Wednesday 29 (Shōwa Day, a holiday) and Thursday 30.
const FRIDAY = new Date('2026-04-24T02:00:00.000Z');
const NEXT_THURSDAY = new Date('2026-04-30T03:00:00.000Z');
const TITLE = 'Prototype pollution in left-pad';

async function addContactWithProducts(page: Page, en: string, products: string[]) {
  await nav(page, 'Contacts');
  await page.getByRole('link', { name: 'Add a contact' }).click();
  await page.getByLabel('Name (English)').fill(en);
  await page.getByLabel(/^Products \(one package URL/).fill(products.join('\n'));
  await page.getByRole('button', { name: 'Save contact' }).click();
  await page.waitForURL(/#\/contacts\/[0-9a-f-]{36}$/);
}

const suggestionRow = (page: Page, name: string) =>
  page
    .getByRole('region', { name: 'Suggested vendors to notify' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });

describe('vendor suggestions and the vendor status', () => {
  it('suggests vendors by product identifier and counts silence in JP business days', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(45_000);
    // The clock runs from Friday morning (events keep their order); later it jumps ahead.
    await page.clock.install({ time: FRIDAY });
    await page.goto(app.baseUrl);
    await createVault(page);

    // A malformed identifier is refused on entry, naming the line.
    await nav(page, 'Contacts');
    await page.getByRole('link', { name: 'Add a contact' }).click();
    await page.getByLabel('Name (English)').fill('Broken Co');
    await page.getByLabel(/^Products \(one package URL/).fill('pkg:npm/ok\ncpe:2.3:a:only');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByText(/^Line 2 is not a valid package URL/).waitFor();

    await addContactWithProducts(page, 'Pad Works', ['pkg:npm/left-pad']);
    await addContactWithProducts(page, 'Old Pad', ['pkg:npm/left-pad@2.0.0']);
    await addContactWithProducts(page, 'Acme Routers', [
      'cpe:2.3:a:acme:router_os:*:*:*:*:*:*:*:*',
    ]);
    // Same package name, another ecosystem: must not be suggested.
    await addContactWithProducts(page, 'PyPad', ['pkg:pypi/left-pad']);
    await addContactWithProducts(page, 'Acme Switches', [
      'cpe:2.3:a:acme:switch_os:*:*:*:*:*:*:*:*',
    ]);

    await enterReport(page, {
      title: TITLE,
      reporterName: 'Jiro Sato',
      reporterContact: 'jiro@example.jp',
      productName: 'left-pad',
      version: '1.2.0',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    await createCaseFromIntake(page);
    await page.getByRole('heading', { name: TITLE }).waitFor();

    // Affected products as identifiers, with a version range.
    await page.getByRole('tab', { name: 'Vulnerabilities' }).click();
    await page.getByLabel('Title (English)').fill('Prototype pollution');
    await page
      .getByLabel(/^Affected products \(one package URL/)
      .fill('pkg:NPM/left-pad < 1.3.0\ncpe:2.3:a:acme:router_os:2.1:*:*:*:*:*:*:*');
    await page.getByRole('button', { name: 'Save vulnerability' }).click();
    await page.getByText('pkg:NPM/left-pad < 1.3.0', { exact: true }).waitFor();

    await page.getByRole('tab', { name: 'Vendors' }).click();
    const suggestions = page.getByRole('region', { name: 'Suggested vendors to notify' });
    await suggestions.waitFor();
    await suggestionRow(page, 'Pad Works').getByText('Exact match').waitFor();
    await suggestionRow(page, 'Acme Routers').getByText('Exact match').waitFor();
    await suggestionRow(page, 'Old Pad').getByText('Same package, different version').waitFor();
    const names = await suggestions.getByRole('rowheader').allInnerTexts();
    expect(names.sort()).toEqual(['Acme Routers', 'Old Pad', 'Pad Works']);
    expect(await seriousViolations(page)).toEqual([]);

    // One click adds the vendor to the matrix (and it leaves the suggestions).
    await suggestionRow(page, 'Pad Works')
      .getByRole('button', { name: 'Add to the matrix' })
      .click();
    const matrix = page.getByRole('table', { name: 'Vendor matrix' });
    const row = matrix.getByRole('row').filter({ hasText: 'Pad Works' });
    await row.getByText('Not contacted', { exact: true }).waitFor();
    await expect.poll(() => suggestionRow(page, 'Pad Works').count()).toBe(0);
    await page
      .getByTestId('contact-next')
      .getByText(/Pad Works/)
      .waitFor();

    await actOnVendor(page, 'Pad Works');
    await row.getByRole('button', { name: 'Record contact attempt' }).click();
    await row.getByText('Contacted, no reply for 0 business days', { exact: true }).waitFor();

    // Keyboard: Escape in the row's controls closes them and puts focus back on its toggle;
    // Enter on the toggle opens them again.
    await row.getByLabel('Channel').focus();
    await page.keyboard.press('Escape');
    const toggle = row.getByRole('button', { name: 'Act on this vendor: Pad Works' });
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => row.getByRole('button', { name: 'Record reply' }).count()).toBe(0);
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await row.getByRole('group', { name: 'Actions for Pad Works' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Six calendar days later, four of them weekdays, one of those Shōwa Day: 3 business days.
    await page.clock.setSystemTime(NEXT_THURSDAY);
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByRole('tab', { name: 'Vendors' }).click();
    await row.getByText('Contacted, no reply for 3 business days', { exact: true }).waitFor();
    await page
      .getByTestId('waiting-list')
      .getByText(/Pad Works \(3 business days\)/)
      .waitFor();

    // The status filter shows only the silent vendor.
    await page.getByLabel('Show vendors').selectOption({ label: 'Contacted, no reply (1)' });
    await expect.poll(() => matrix.getByTestId('vendor-row').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // The dashboard lists vendors silent past the threshold set in Settings.
    await nav(page, 'Settings');
    await page.getByLabel('Flag vendors with no reply after (business days)').fill('3');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved', { exact: false }).waitFor();
    await nav(page, 'Dashboard');
    const silent = page.getByRole('region', { name: 'Vendors with no reply for 3+ business days' });
    await silent.getByText(/^Pad Works: no reply for 3 business days/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await nav(page, 'Settings');
    await page.getByLabel('Flag vendors with no reply after (business days)').fill('4');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved', { exact: false }).waitFor();
    await nav(page, 'Dashboard');
    await page
      .getByRole('region', { name: 'Vendors with no reply for 4+ business days' })
      .getByText('No vendor has been silent that long.')
      .waitFor();
    await nav(page, 'Cases');
    await page
      .getByRole('grid', { name: /^Cases/ })
      .getByRole('row')
      .filter({ hasText: TITLE })
      .getByRole('link')
      .click();
    await page.getByRole('tab', { name: 'Vendors' }).click();

    // Japanese.
    await page.getByRole('banner').getByText('日本語', { exact: true }).click();
    await page.getByText('連絡済み・3 営業日返信なし', { exact: true }).waitFor();
    await page.getByRole('heading', { name: '通知先の候補' }).waitFor();
    app.expectClean();
  });
});
