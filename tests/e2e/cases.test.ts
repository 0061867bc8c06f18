// The coordinator's path through a case in real Chromium, as a user does it: intake an
// acceptable report, find it in the list, add two vendors from the registry, record
// contact, reply and unreachability, agree a publication date, see it due on the
// dashboard; then the same screens in Japanese, with no untranslated key.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { dayInZone } from '../../renderer/app/ui/format-date';
import {
  ACCEPTABLE_CHECKLIST,
  actOnVendor,
  addContact,
  createCaseFromIntake,
  createVault,
  enterReport,
  nav,
  vendorRow,
} from './flows';
import { seriousViolations } from './a11y';
import { launchApp, type AppSession } from './harness';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const DAY = 86_400_000;
// The browser's clock (never the machine's): Saturday 14 Nov 2026, 10:00 JST. 45 days after a
// first contact that day is 29 Dec, inside the Tokyo year-end closure (29 Dec – 3 Jan), so
// the publication target rolls forward to Monday 4 Jan 2027.
const TODAY = '2026-11-14';
const START = new Date(`${TODAY}T10:00:00+09:00`);
const TARGET = '2027-01-04';
const TITLE = 'Path traversal in Example NAS file manager';

// The table's accessible name is translated too: 'Vendor matrix' / 'ベンダー一覧'.
/** Visible text that looks like an i18n key (`cases.list.title`) instead of words. */
const rawKeys = async (page: Page) =>
  (await page.locator('main').innerText()).match(
    /\b(?:cases|common|dashboard)\.[a-z][\w-]*\.[\w.-]+/g,
  ) ?? [];

describe('a case from intake to an agreed publication date', () => {
  it('is listed, coordinated with two vendors, and due on the dashboard', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(45_000);
    await page.clock.install({ time: START });
    await page.goto(app.baseUrl);
    await createVault(page);
    await addContact(page, 'Alpha Soft', 'アルファソフト株式会社');
    await addContact(page, 'Beta Works', 'ベータワークス株式会社');

    await enterReport(page, {
      title: TITLE,
      reporterName: 'Jiro Sato',
      reporterContact: 'jiro@example.jp',
      productName: 'Example NAS',
      vendorName: 'Alpha Soft',
      version: '2.3.0',
      url: 'https://nas.example.jp/',
      poc: 'GET /files?path=../../etc/passwd',
      impact: 'Any visitor can read system files.',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    const caseId = await createCaseFromIntake(page);

    // The list shows it with its states.
    await nav(page, 'Cases');
    const grid = page.getByRole('grid', { name: /^Cases/ });
    const row = grid.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(/Accepted[\s\S]*No embargo[\s\S]*TLP:/i);
    expect(await seriousViolations(page)).toEqual([]);
    await row.getByRole('link').click();
    await page.waitForURL(`**/#/cases/${caseId}`);
    await page.getByRole('heading', { name: TITLE }).waitFor();

    // Two vendors from the registry, a first contact attempt on a date for each.
    await page.getByRole('tab', { name: 'Vendors' }).click();
    const today = TODAY;
    for (const vendor of ['Alpha Soft', 'Beta Works']) {
      await page.getByLabel('Vendor from the contacts registry').selectOption({ label: vendor });
      await page.getByRole('button', { name: 'Add vendor' }).click();
      await vendorRow(page, vendor).waitFor();
      await actOnVendor(page, vendor);
      await page.getByLabel(`Date (JST) for ${vendor}`).fill(today);
      await vendorRow(page, vendor).getByRole('button', { name: 'Record contact attempt' }).click();
      await vendorRow(page, vendor)
        .getByText('Contacted, no reply for 0 business days', { exact: true })
        .waitFor();
    }
    expect(await seriousViolations(page)).toEqual([]);

    // The engine's deadlines: acknowledgement and the 45-day publication target.
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page
      .getByTestId('deadline-jpcert.acknowledge-finder')
      .getByText('Acknowledge the finder')
      .waitFor();
    const target = page.getByTestId('deadline-jpcert.publication-target');
    await target.getByText('Publication target (45 days)').waitFor();
    const due = /Due (\d{4}-\d{2}-\d{2}) \d{2}:\d{2} JST/.exec(await target.innerText())?.[1] ?? '';
    expect(due).toBe(TARGET);
    await target.getByText('Why is this due?').click();
    await target
      .getByText(/45 days/)
      .first()
      .waitFor();

    // One vendor replies, the other cannot be reached.
    await page.getByRole('tab', { name: 'Vendors' }).click();
    // By keyboard: the button keeps the focus while it works and after (the disabled
    // attribute it took while busy dropped the focus to the top of the page), and says
    // what it did.
    await actOnVendor(page, 'Alpha Soft');
    const reply = vendorRow(page, 'Alpha Soft').getByRole('button', { name: 'Record reply' });
    await reply.focus();
    await page.keyboard.press('Enter');
    await vendorRow(page, 'Alpha Soft').getByText('Acknowledged', { exact: true }).waitFor();
    await vendorRow(page, 'Alpha Soft').getByRole('status').getByText('Recorded.').waitFor();
    await expect(reply.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await actOnVendor(page, 'Beta Works');
    await vendorRow(page, 'Beta Works').getByRole('button', { name: 'Mark unreachable' }).click();
    await vendorRow(page, 'Beta Works').getByText('Unreachable', { exact: true }).waitFor();

    // Agree a publication date five days from now (JST calendar day).
    await page.getByRole('tab', { name: 'Overview' }).click();
    const publication = dayInZone(new Date(START.getTime() + 5 * DAY).toISOString());
    const agree = page.getByRole('button', { name: 'Agree', exact: true });
    await expect(agree.isDisabled()).resolves.toBe(true);
    await page.getByLabel('Publication date', { exact: true }).fill(publication);
    await page.getByLabel('Time', { exact: true }).fill('10:00');
    await page.getByRole('button', { name: 'Propose', exact: true }).click();
    await expect.poll(() => agree.isEnabled()).toBe(true);
    await agree.click();
    await page
      .getByTestId('agreed-moment')
      .locator('[data-zone="Asia/Tokyo"]')
      .getByText(`${publication} 10:00`)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The dashboard shows what is due, by each deadline's own rule: the agreed publication
    // (due soon 7 days ahead) is; the 45-day target, weeks away, is not.
    await nav(page, 'Dashboard');
    const dueSoon = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Due soon' }) });
    await dueSoon
      .getByText(/Agreed publication/)
      .first()
      .waitFor();
    await expect(dueSoon.innerText()).resolves.toContain(TITLE);
    await expect(dueSoon.innerText()).resolves.not.toContain('Publication target (45 days)');

    // The same screens in Japanese: no key left untranslated (a missing key also logs a
    // console error, which expectClean() turns into a failure).
    await page.getByRole('banner').getByText('日本語', { exact: true }).click();
    await page.getByRole('navigation').getByRole('link', { name: '案件', exact: true }).click();
    // The grid's accessible name is translated, so it is found by its Japanese name.
    const jaRow = page
      .getByRole('grid', { name: /^案件一覧/ })
      .getByRole('row')
      .filter({ hasText: TITLE });
    await jaRow.getByText('受理', { exact: true }).waitFor();
    expect(await rawKeys(page)).toEqual([]);
    await jaRow.getByRole('link').click();
    await page.getByText('公表予定日の目安（45日）').waitFor();
    expect(await rawKeys(page)).toEqual([]);
    for (const tab of ['ベンダー', '脆弱性', '経過']) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await rawKeys(page)).toEqual([]);
    }
    await page.getByRole('tab', { name: 'ベンダー' }).click();
    await vendorRow(page, 'ベータワークス株式会社', 'ベンダー一覧')
      .getByText('連絡不能', { exact: true })
      .waitFor();
    app.expectClean();
  });
});
