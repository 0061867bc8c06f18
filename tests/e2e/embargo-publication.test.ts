// Publishing against an agreed embargo, as a new analyst meets it (issue 23): the screen
// refuses an embargo instant already past at the date field, refuses "Publish now" inside the
// embargo with the time left in JST and the analyst's own zone, records the publication
// scheduled at the agreed instant (shown on the case and the list, never published by
// itself), offers "Publish now (the agreed instant has passed)" once Playwright's clock moves
// past it, and publishes early only through the early end, confirmed by typing the case
// reference, in the same write.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import {
  ACCEPTABLE_CHECKLIST,
  addContact,
  contactCaseVendor,
  createCaseFromIntake,
  createVault,
  enterReport,
  nav,
  recordVendorReply,
} from './flows';
import { launchApp, type AppSession } from './harness';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Monday 16 Nov 2026, 10:00 JST. The embargo ends ten days later, Thursday 26 Nov 10:00 JST.
const START = Date.parse('2026-11-16T10:00:00+09:00');
const PUBLICATION = '2026-11-26';
const INSTANT = Date.parse(`${PUBLICATION}T10:00:00+09:00`);
const OWN_ZONE = 'Europe/Berlin';

const tab = (page: Page, name: string) => page.getByRole('tab', { name }).click();
const section = (page: Page, heading: string) =>
  page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: heading, exact: true }) });

/** An accepted case with the embargo agreed for 26 Nov 10:00 JST, the analyst in Berlin. */
async function caseWithEmbargo(page: Page): Promise<string> {
  await page.clock.install({ time: START });
  await page.goto(app?.baseUrl ?? '');
  await createVault(page);
  await nav(page, 'Settings');
  await page.getByLabel('Your time zone').selectOption(OWN_ZONE);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved in the vault.').waitFor();
  await addContact(page, 'Delta Devices', 'デルタデバイス株式会社');
  await enterReport(page, {
    title: 'Authentication bypass in Example Camera',
    reporterName: 'Mika Abe',
    reporterContact: 'mika@example.jp',
    productName: 'Example Camera',
    vendorName: 'Delta Devices',
    checklist: ACCEPTABLE_CHECKLIST,
  });
  await createCaseFromIntake(page);
  const ref = (await page.getByTestId('case-ref').innerText()).trim();
  // The developer is contacted and answers: a date is agreed with someone.
  await contactCaseVendor(page, 'Delta Devices');
  await recordVendorReply(page, 'Delta Devices');

  // The analyst first types yesterday: the engine refuses it at the date field.
  await tab(page, 'Overview');
  const date = page.getByLabel('Publication date', { exact: true });
  await date.fill('2026-11-15');
  await page.getByLabel('Time', { exact: true }).fill('10:00');
  await page.getByLabel('Time zone of the date and time').selectOption('Asia/Tokyo');
  await page.getByText('the publication instant must be in the future').first().waitFor();
  await expect(date.getAttribute('aria-invalid')).resolves.toBe('true');
  const propose = page.getByRole('button', { name: 'Propose', exact: true });
  await expect(propose.isDisabled()).resolves.toBe(true);

  // Then the agreed day: proposed and agreed.
  await date.fill(PUBLICATION);
  await expect.poll(() => propose.isEnabled()).toBe(true);
  await expect(date.getAttribute('aria-invalid')).resolves.not.toBe('true');
  await propose.click();
  const agree = page.getByRole('button', { name: 'Agree', exact: true });
  await expect.poll(() => agree.isEnabled()).toBe(true);
  await agree.click();
  await page.getByText('Embargo: Active').waitFor();
  return ref;
}

/** The publish section refuses "Publish now" and says until when and how long. */
async function expectHeld(page: Page, left: RegExp) {
  await tab(page, 'Decisions & publication');
  const publish = section(page, 'Publish the advisory');
  await expect(publish.getByRole('button', { name: 'Publish now' }).isDisabled()).resolves.toBe(
    true,
  );
  await publish
    .getByText(/Not allowed: the embargo is still active/)
    .first()
    .waitFor();
  const hold = publish.getByTestId('embargo-hold');
  await hold.waitFor();
  // JST and the analyst's own zone with its offset. (Under Playwright's fake Date the
  // zone's wall clock reads like the browser's own, so only the zone and offset are checked.)
  const text = await hold.innerText();
  expect(text).toContain(`The embargo holds publication until ${PUBLICATION} 10:00 JST / `);
  expect(text).toContain(`${OWN_ZONE} (UTC+01:00).`);
  await expect(hold.getByTestId('embargo-time-left').innerText()).resolves.toMatch(left);
  return publish;
}

describe('publication against an agreed embargo', () => {
  it('is refused inside the embargo with the time left, then done at the agreed instant', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(45_000);
    await caseWithEmbargo(page);
    // The browser's clock runs on from START while the analyst works: ten days, less a little.
    const publish = await expectHeld(page, /^Time left: (10 d 0 h 0 min|9 d 23 h 5\d min)$/);
    const moment = `${PUBLICATION} 10:00 JST / `;
    const schedule = publish.getByRole('button', {
      name: /^Schedule publication at the agreed instant/,
    });
    await expect(schedule.innerText()).resolves.toContain(moment);
    expect(await seriousViolations(page)).toEqual([]);

    // Scheduled: a recorded intent the case and the list state; nothing is published.
    await schedule.click();
    const scheduled = publish.getByTestId('publication-scheduled');
    await expect(scheduled.innerText()).resolves.toContain(`Publication scheduled for ${moment}`);
    await expect(schedule.count()).resolves.toBe(0);
    await page.getByTestId('embargo-badge').getByText('Active · scheduled').waitFor();
    const now = publish.getByRole('button', { name: /^Publish now/ });
    await expect(now.isDisabled()).resolves.toBe(true);

    // An hour before the instant (the form refreshes each minute): still held.
    await page.clock.setSystemTime(INSTANT - HOUR);
    await page.clock.fastForward(61_000);
    await expect
      .poll(() => publish.getByTestId('embargo-time-left').innerText())
      .toBe('Time left: 0 d 0 h 59 min');
    await expect(now.isDisabled()).resolves.toBe(true);
    await expect(publish.getByTestId('published-at').count()).resolves.toBe(0);

    // The agreed instant comes while the screen is open: "Publish now" says so and opens,
    // and still waits for the analyst (the clock runs five minutes on: nothing happens).
    await page.clock.setSystemTime(INSTANT - 30_000);
    await page.clock.fastForward(61_000);
    await expect.poll(() => now.innerText()).toBe('Publish now (the agreed instant has passed)');
    await expect.poll(() => now.isEnabled()).toBe(true);
    await expect(publish.getByTestId('embargo-hold').count()).resolves.toBe(0);
    await expect(publish.getByTestId('embargo-due').innerText()).resolves.toContain(
      `The publication scheduled for ${moment}`,
    );
    await page.clock.setSystemTime(INSTANT + 5 * 60_000);
    await expect(publish.getByTestId('published-at').count()).resolves.toBe(0);
    await publish.getByLabel('Public URL of the advisory').fill('https://jvn.jp/jp/JVN00000002/');
    await now.click();
    await publish.getByTestId('published-at').getByText(`Published ${PUBLICATION} 10:05`).waitFor();

    await tab(page, 'Overview');
    await page.getByText('Embargo: Exited').waitFor();
    await page
      .getByTestId('deadline-jpcert.agreed-publication')
      .getByText(`Met ${PUBLICATION} 10:05 JST`)
      .waitFor();
    await tab(page, 'Timeline');
    await page
      .getByRole('listitem')
      .filter({
        has: page.getByText('Publication scheduled at the agreed instant', { exact: true }),
      })
      .getByText(`${PUBLICATION} 10:00 JST`)
      .waitFor();
    app.expectClean();
  });

  it('publishes early only through the early end, confirmed by the case reference', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(45_000);
    const ref = await caseWithEmbargo(page);
    await page.clock.setSystemTime(START + 2 * DAY);
    await page.clock.fastForward(61_000);
    const publish = await expectHeld(page, /^Time left: 7 d 23 h 5\d min$/);

    // Scheduled, then cancelled with a reason: the intent is gone, the embargo still holds.
    await publish
      .getByRole('button', { name: /^Schedule publication at the agreed instant/ })
      .click();
    const cancel = publish.getByRole('button', { name: 'Cancel the scheduled publication' });
    await expect(cancel.isDisabled()).resolves.toBe(true);
    await publish
      .getByLabel('Why cancel the scheduled publication')
      .fill('Delta Devices may ship early');
    await expect.poll(() => cancel.isEnabled()).toBe(true);
    await cancel.click();
    await publish
      .getByRole('button', { name: /^Schedule publication at the agreed instant/ })
      .waitFor();
    await expect(publish.getByTestId('publication-scheduled').count()).resolves.toBe(0);

    const run = publish.getByRole('button', { name: 'End the embargo early and publish' });
    await publish.getByLabel('Why').selectOption('vendor-released');
    await publish
      .getByLabel('What happened (reason)')
      .fill('Delta Devices published its advisory and firmware 2.4 today');
    await expect(run.isDisabled()).resolves.toBe(true);
    const confirm = publish.getByLabel(`Type the case reference ${ref} to confirm`);
    await confirm.fill(`${ref}X`);
    await publish.getByText(`This is not ${ref}: type the case reference exactly.`).waitFor();
    await expect(run.isDisabled()).resolves.toBe(true);
    await confirm.fill(ref);
    await expect.poll(() => run.isEnabled()).toBe(true);
    await run.click();
    await publish.getByTestId('published-at').waitFor();

    // One write: the early end with its reason and flags, then the publication.
    await tab(page, 'Timeline');
    const item = (text: string) =>
      page.getByRole('listitem').filter({ has: page.getByText(text, { exact: true }) });
    await item('Embargo ended')
      .getByText('Delta Devices published its advisory and firmware 2.4 today')
      .waitFor();
    await item('Published').first().waitFor();
    await item('Scheduled publication cancelled')
      .getByText('Delta Devices may ship early')
      .waitFor();
    await tab(page, 'Overview');
    await page.getByText('Embargo: Exited').waitFor();
    app.expectClean();
  });
});
