// A newcomer agrees an embargo on a two-vendor case in real Chromium (last session's
// finding): the date field warns before any click — a Japanese holiday by its name, a date
// two days after the first contact against JPCERT/CC's 45-day target (IPA *9), the vendors
// still silent — and "Agree" is unavailable, saying why, until a vendor's reply is on
// record. Once one replies the date is agreed, and the overview and the calendar show it.
import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import {
  ACCEPTABLE_CHECKLIST,
  addContact,
  contactCaseVendor,
  createCaseFromIntake,
  createVaultAt,
  enterReport,
  type IntakeReport,
  nav,
  openTab,
  recordVendorReply,
} from './flows';
import { launchApp, type AppSession } from './harness';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

// The browser's clock: Monday 16 Nov 2026, 10:00 JST, the day both vendors are first
// contacted. 45 days later is 31 Dec, inside the year-end closure: the target rolls forward
// to Monday 4 Jan 2027. 23 Nov is Labor Thanksgiving Day (勤労感謝の日).
const START = new Date('2026-11-16T10:00:00+09:00');
const HOLIDAY = '2026-11-23';
const TWO_DAYS = '2026-11-18';
const TARGET = '2027-01-04';
const VENDORS = [
  ['Alpha Soft', 'アルファソフト株式会社'],
  ['Beta Works', 'ベータワークス株式会社'],
] as const;
const REPORT: IntakeReport = {
  title: 'Stored XSS in Example Wiki admin pages',
  reporterName: 'Jiro Sato',
  reporterContact: 'jiro@example.jp',
  productName: 'Example Wiki',
  vendorName: 'Alpha Soft',
  checklist: ACCEPTABLE_CHECKLIST,
};

describe('a newcomer agreeing an embargo with two vendors', () => {
  it('is warned about the date, told to record a reply first, then agrees', async () => {
    app = await launchApp();
    const page = await createVaultAt(app, START);
    for (const [en, ja] of VENDORS) await addContact(page, en, ja);
    await enterReport(page, REPORT);
    await createCaseFromIntake(page);
    for (const [en] of VENDORS) await contactCaseVendor(page, en);

    // The date field warns as the date is typed, before any button is pressed.
    await openTab(page, 'Overview');
    const warnings = page.getByRole('status', { name: 'About this date' });
    await page.getByLabel('Publication date', { exact: true }).fill(HOLIDAY);
    await page.getByLabel('Time', { exact: true }).fill('10:00');
    await page.getByLabel('Time zone of the date and time').selectOption('Asia/Tokyo');
    await warnings
      .getByText(`${HOLIDAY} is a national holiday in Japan: Labor Thanksgiving Day.`)
      .waitFor();
    await page.getByLabel('Publication date', { exact: true }).fill(TWO_DAYS);
    await warnings
      .getByText(
        `This date is 2 days after the first contact with a vendor; the policy’s target is 45 days (${TARGET} or later).`,
      )
      .waitFor();
    await expect.poll(() => warnings.getByText(/national holiday/).count()).toBe(0);
    const propose = page.getByRole('button', { name: 'Propose', exact: true });
    await expect.poll(() => propose.isEnabled()).toBe(true);
    await propose.click();
    await page.getByText('Embargo: Proposed').waitFor();

    // "Agree" before any vendor has replied: unavailable, and it says why and what to do.
    await warnings
      .getByText('Not replied yet: Alpha Soft, Beta Works.', { exact: false })
      .waitFor();
    const agree = page.getByRole('button', { name: 'Agree', exact: true });
    await expect(agree.getAttribute('aria-disabled')).resolves.toBe('true');
    const why = /^Not allowed: no vendor has replied yet: record the vendor’s reply first/;
    // The reason is the button's own description (what a screen reader says with it).
    const describedBy = (await agree.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${describedBy}"]`).innerText()).resolves.toMatch(why);
    await expect(agree.getAttribute('title')).resolves.toMatch(why);
    // Pressing it anyway (from the keyboard: it keeps the focus) records nothing.
    await agree.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Embargo: Proposed').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Alpha Soft answers (by phone, say): recorded on the Vendors tab, the date is agreed.
    await recordVendorReply(page, 'Alpha Soft');
    await openTab(page, 'Overview');
    await warnings.getByText(/^Not replied yet: Beta Works\./).waitFor();
    await expect.poll(() => agree.isEnabled()).toBe(true);
    await expect(agree.getAttribute('aria-disabled')).resolves.toBeNull();
    await agree.click();
    await page.getByText('Embargo: Active').waitFor();
    await page
      .getByTestId('agreed-moment')
      .locator('[data-zone="Asia/Tokyo"]')
      .getByText(`${TWO_DAYS} 10:00`)
      .waitFor();
    await page
      .getByTestId('deadline-jpcert.agreed-publication')
      .getByText(`Due ${TWO_DAYS} 10:00 JST`)
      .waitFor();

    // The same warnings in Japanese, the silent vendor by its Japanese name.
    await page.getByRole('banner').getByText('日本語', { exact: true }).click();
    const ja = page.getByRole('status', { name: 'この日付について' });
    await ja
      .getByText(
        `この日付はベンダーへの最初の連絡から 2 日後です。ポリシーの目安は 45 日（${TARGET} 以降）です。`,
      )
      .waitFor();
    await ja.getByText(/^まだ回答がありません: ベータワークス株式会社。/).waitFor();
    await page.getByRole('banner').getByText('English', { exact: true }).click();

    // The calendar shows the agreed publication on its day.
    await nav(page, 'Calendar');
    const grid = page.getByRole('grid', { name: /^Calendar/ });
    await grid.locator(`[data-date="${TWO_DAYS}"]`).focus();
    await page
      .getByTestId('calendar-day-entries')
      .getByText(new RegExp(`publication at ${TWO_DAYS} 10:00 JST`))
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    app.expectClean();
  });
});
