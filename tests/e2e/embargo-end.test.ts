// Ending an embargo early and switching a case's policy profile, in real Chromium
// (issue 17): the flaw became public, so the agreed embargo ends with a reason and the
// case is marked public; the case moves to the ZDI profile and its deadlines follow.
import { afterEach, describe, expect, it } from 'vitest';
import { dayInZone } from '../../renderer/app/ui/format-date';
import { seriousViolations } from './a11y';
import {
  actOnVendor,
  ACCEPTABLE_CHECKLIST,
  addContact,
  createCaseFromIntake,
  createVaultAt,
  enterReport,
  generateOrgKey,
  nav,
  openTab,
  recordVendorReply,
  section,
} from './flows';
import { launchApp, type AppSession } from './harness';

// The browser's clock (never the machine's), so the agreed day is the same on every run.
const START = new Date('2026-12-07T10:00:00+09:00');

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

describe('an embargo ended early and a profile change', () => {
  it('ends the agreed embargo because the flaw is public, then moves the case to ZDI', async () => {
    app = await launchApp();
    const page = await createVaultAt(app, START);
    await addContact(page, 'Gamma Labs', 'ガンマラボ株式会社');
    await enterReport(page, {
      title: 'SQL injection in Example Shop search',
      reporterName: 'Taro Ito',
      reporterContact: 'taro@example.jp',
      productName: 'Example Shop',
      vendorName: 'Gamma Labs',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    await createCaseFromIntake(page);
    await openTab(page, 'Vendors');
    await page
      .getByLabel('Vendor from the contacts registry')
      .selectOption({ label: 'Gamma Labs' });
    await page.getByRole('button', { name: 'Add vendor' }).click();
    await actOnVendor(page, 'Gamma Labs');
    await page.getByRole('button', { name: 'Record contact attempt' }).click();
    // The vendor answers: only then is a date recorded as agreed.
    await recordVendorReply(page, 'Gamma Labs');

    await openTab(page, 'Overview');
    const day = dayInZone(new Date(START.getTime() + 20 * 86_400_000).toISOString());
    await page.getByLabel('Publication date', { exact: true }).fill(day);
    await page.getByLabel('Time', { exact: true }).fill('10:00');
    await page.getByLabel('Time zone of the date and time').selectOption('Asia/Tokyo');
    await page.getByRole('button', { name: 'Propose', exact: true }).click();
    const agree = page.getByRole('button', { name: 'Agree', exact: true });
    await expect.poll(() => agree.isEnabled()).toBe(true);
    await agree.click();
    await page.getByText('Embargo: Active').waitFor();

    // The embargo ends early: refused without a reason, then recorded with it.
    await openTab(page, 'Decisions & publication');
    const end = section(page, 'End the embargo early');
    const run = end.getByRole('button', { name: 'End the embargo' });
    await expect(run.isDisabled()).resolves.toBe(true);
    await end.getByLabel('Why').selectOption('public');
    await end.getByLabel('What happened (reason)').fill('PoC posted on a public forum');
    // The early end is confirmed by typing the case reference.
    const ref = (await page.getByTestId('case-ref').innerText()).trim();
    await expect(run.isDisabled()).resolves.toBe(true);
    await end.getByLabel(`Type the case reference ${ref} to confirm`).fill(ref);
    await expect.poll(() => run.isEnabled()).toBe(true);
    await run.click();
    await end.getByText('Not allowed: the embargo state does not allow it').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // Nothing holds the publication back now: it is due from the moment the embargo ended,
    // not on the agreed day twenty days away (explorer finding 6).
    await openTab(page, 'Overview');
    const agreed = page.getByTestId('deadline-jpcert.agreed-publication');
    await agreed.getByText(/^(Due soon|Overdue)$/).waitFor();
    await expect(agreed.getByText(day).count()).resolves.toBe(0);

    // Gamma Labs was told the agreed date, so it is owed the letter that says the embargo
    // ended: listed on the dashboard, and offered by the composer with the cause in words.
    const caseUrl = page.url();
    await nav(page, 'Dashboard');
    await page
      .getByRole('region', { name: 'Embargo ended early: vendors not yet told' })
      .getByText(/Gamma Labs: the embargo ended 2026-12-07/)
      .waitFor();
    await generateOrgKey(page);
    await page.goto(caseUrl);
    await openTab(page, 'Messages');
    await page.getByRole('combobox', { name: 'Letter template' }).click();
    await page.getByRole('option', { name: 'The embargo has ended early' }).click();
    await page.getByRole('button', { name: 'Fill from template' }).click();
    await expect(page.getByLabel('Subject', { exact: true }).inputValue()).resolves.toBe(
      `[${ref}] The embargo has ended early`,
    );
    await expect(page.getByLabel('Message', { exact: true }).inputValue()).resolves.toMatch(
      new RegExp(
        `agreed until ${day} 10:00 JST \\(.*\\), has ended early: information on the vulnerability has become public\\.\n\nPublication: due at once`,
      ),
    );
    await openTab(page, 'Decisions & publication');

    // The profile changes with a reason; the deadlines follow it.
    const profile = section(page, 'TLP and policy profile');
    await profile.getByLabel('Policy profile').selectOption('zdi');
    const change = profile.getByRole('button', { name: 'Change the profile' });
    await expect(change.isDisabled()).resolves.toBe(true);
    await profile.getByLabel('Reason for the profile change').fill('Reported through ZDI');
    await expect.poll(() => change.isEnabled()).toBe(true);
    await change.click();
    await openTab(page, 'Overview');
    await page.getByTestId('deadline-zdi.publication').waitFor();
    await page.getByText('Embargo: Exited').waitFor();

    await openTab(page, 'Timeline');
    const item = (text: string) =>
      page.getByRole('listitem').filter({ has: page.getByText(text, { exact: true }) });
    await item('Embargo ended').getByText('PoC posted on a public forum').waitFor();
    await item('Status flag set').getByText('Public aware').waitFor();
    await item('Case updated').getByText('zdi').waitFor();
    await page.getByText('Policy profile jpcert-cc → zdi: Reported through ZDI').waitFor();
    app.expectClean();
  });
});
