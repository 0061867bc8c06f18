// The whole coordination policy in real Chromium, entirely through the UI (issue 17): one
// multi-vendor case from intake to published — acknowledgement, vendor contact, one vendor
// unreachable whose name is published after the Release Decision Committee, a deadline
// overridden with a reason, the embargo agreed with an instant, TLP lowered with a
// confirmation, the advisory published once the agreed instant has passed — every step in the timeline, the calendar showing
// the publication instant (keyboard only), and the audit chain verifying.
// The browser's clock is installed so the policy's 30-day wait can pass in a second.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { dayInZone } from '../../renderer/app/ui/format-date';
import { seriousViolations } from './a11y';
import {
  actOnVendor,
  ACCEPTABLE_CHECKLIST,
  addContact,
  createCaseFromIntake,
  createVault,
  enterReport,
  nav,
  openTab,
  section,
} from './flows';
import { launchApp, type AppSession } from './harness';

const START = new Date('2026-12-07T10:00:00+09:00');

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const DAY = 86_400_000;
const TITLE = 'Command injection in Example Router admin';

const vendorRow = (page: Page, name: string) =>
  page.getByRole('table', { name: 'Vendor matrix' }).getByRole('row').filter({ hasText: name });

describe('the coordination policy from intake to publication', () => {
  it('takes a multi-vendor case to published through the UI, audited', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(45_000);
    // A fixed start (never the machine's clock): the 30-, 41- and 60-day steps land on the
    // same days on every run.
    const start = START.getTime();
    await page.clock.install({ time: start });
    await page.goto(app.baseUrl);
    await createVault(page);
    await addContact(page, 'Alpha Soft', 'アルファソフト株式会社');
    await addContact(page, 'Beta Works', 'ベータワークス株式会社');

    await enterReport(page, {
      title: TITLE,
      reporterName: 'Hanako Suzuki',
      reporterContact: 'hanako@example.jp',
      productName: 'Example Router',
      vendorName: 'Alpha Soft',
      version: '4.1.0',
      url: 'https://router.example.jp/',
      poc: 'POST /admin/exec',
      impact: 'Remote code execution as root.',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    const caseId = await createCaseFromIntake(page);

    // 1. The finder is acknowledged.
    await page.getByRole('button', { name: 'Record finder acknowledgement' }).click();
    await page.getByTestId('deadline-jpcert.acknowledge-finder').getByText(/^Met /).waitFor();

    // 2. Two vendors; three contact attempts to Beta Works, then it is unreachable.
    await openTab(page, 'Vendors');
    for (const vendor of ['Alpha Soft', 'Beta Works']) {
      await page.getByLabel('Vendor from the contacts registry').selectOption({ label: vendor });
      await page.getByRole('button', { name: 'Add vendor' }).click();
      await vendorRow(page, vendor).waitFor();
      await actOnVendor(page, vendor);
      await vendorRow(page, vendor).getByRole('button', { name: 'Record contact attempt' }).click();
    }
    await actOnVendor(page, 'Alpha Soft');
    await vendorRow(page, 'Alpha Soft').getByRole('button', { name: 'Record reply' }).click();
    await vendorRow(page, 'Alpha Soft').getByText('Acknowledged', { exact: true }).waitFor();
    await actOnVendor(page, 'Beta Works');
    for (let i = 0; i < 2; i++) {
      await page.clock.runFor(1_000);
      await vendorRow(page, 'Beta Works')
        .getByRole('button', { name: 'Record contact attempt' })
        .click();
    }
    await vendorRow(page, 'Beta Works').getByRole('button', { name: 'Mark unreachable' }).click();
    await vendorRow(page, 'Beta Works').getByText('Unreachable', { exact: true }).waitFor();

    // 3. Too early: the Decisions tab lists what the policy still needs, and says why not.
    await openTab(page, 'Decisions & publication');
    const names = section(page, 'Unreachable developers');
    await names.getByText('Not yet: 30 days since the first attempt (now 0)').waitFor();
    await names.getByText('Met: 3 contact attempts recorded (now 3)').waitFor();
    const publishName = names.getByRole('button', { name: "Publish Beta Works's name" });
    await expect(publishName.isDisabled()).resolves.toBe(true);
    await names
      .getByText('Not allowed: the waiting period since the first attempt has not passed')
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // 4. A month later: the committee is still missing; it meets and decides to publish.
    await page.clock.setSystemTime(start + 31 * DAY);
    await openTab(page, 'Overview');
    await openTab(page, 'Decisions & publication');
    await names
      .getByText('Not allowed: the Release Decision Committee has not decided to publish')
      .waitFor();
    const release = section(page, 'Release Decision Committee');
    await release.getByLabel('Decision', { exact: true }).selectOption('publish');
    await release.getByLabel('Members present').fill('Sato (chair)\nTanaka\nIto');
    await release
      .getByLabel('Minutes note')
      .fill('Beta Works unreachable after three attempts; publish its name to seek contact.');
    await release.getByRole('button', { name: 'Record the decision' }).click();
    await release
      .getByTestId('release-decision')
      .getByText(/Recorded decision: Publish/)
      .waitFor();
    await expect.poll(() => publishName.isEnabled()).toBe(true);
    await publishName.click();
    await names.getByText(/^Name published \d{4}-\d{2}-\d{2} \d{2}:\d{2} JST/).waitFor();

    // 5. The 45-day target moved with a reason and who decided it.
    const today = dayInZone(new Date(start + 31 * DAY).toISOString());
    const target = dayInZone(new Date(start + 60 * DAY).toISOString());
    const override = section(page, 'Override a deadline');
    await override
      .getByLabel('Deadline', { exact: true })
      .selectOption('jpcert.publication-target');
    await override.getByLabel('New due date (Asia/Tokyo)').fill(target);
    await override
      .getByLabel('Reason', { exact: true })
      .fill('Alpha Soft needs a firmware release cycle');
    await override.getByLabel('Decided by', { exact: true }).fill('Kenji Mori');
    await override.getByRole('button', { name: 'Override the deadline' }).click();
    await openTab(page, 'Overview');
    await page
      .getByTestId('deadline-jpcert.publication-target')
      .getByText(`Due ${target} 23:59 JST`)
      .waitFor();

    // 6. The embargo agreed with an instant (ten days on, 10:00 JST).
    const publication = dayInZone(new Date(start + 41 * DAY).toISOString());
    await page.getByLabel('Publication date', { exact: true }).fill(publication);
    await page.getByLabel('Time', { exact: true }).fill('10:00');
    await page.getByLabel('Time zone of the date and time').selectOption('Asia/Tokyo');
    await page.getByRole('button', { name: 'Propose', exact: true }).click();
    const agree = page.getByRole('button', { name: 'Agree', exact: true });
    await expect.poll(() => agree.isEnabled()).toBe(true);
    await agree.click();
    await page
      .getByTestId('agreed-moment')
      .locator('[data-zone="Asia/Tokyo"]')
      .getByText(`${publication} 10:00`)
      .waitFor();

    // 7. The calendar shows the instant; the keyboard reaches it and opens the case.
    await nav(page, 'Calendar');
    await page.getByRole('heading', { name: 'Calendar', level: 2 }).waitFor();
    const grid = page.getByRole('grid', { name: /^Calendar/ });
    await grid.locator(`[data-date="${today}"]`).focus();
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('data-date')),
    ).resolves.toBe(publication);
    await page
      .getByTestId('calendar-day-entries')
      .getByText(new RegExp(`publication at ${publication} 10:00 JST`))
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByText('Week', { exact: true }).click();
    await expect(grid.getByRole('gridcell').count()).resolves.toBe(7);
    await grid.locator(`[data-date="${publication}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/#/cases/${caseId}`);

    // 8. Two days after the agreed instant (the engine refuses publishing inside the
    // embargo): TLP lowered for publication, refused until the analyst confirms.
    await page.clock.setSystemTime(start + 43 * DAY);
    await openTab(page, 'Decisions & publication');
    const tlp = section(page, 'TLP and policy profile');
    await tlp.getByLabel(/^TLP \(now TLP:AMBER\)/).selectOption('CLEAR');
    await tlp.getByLabel('Reason for the TLP change').fill('Advisory goes public');
    const change = tlp.getByRole('button', { name: 'Change the TLP' });
    await expect(change.isDisabled()).resolves.toBe(true);
    await tlp.getByLabel('I confirm lowering the TLP from AMBER to CLEAR').check();
    await expect.poll(() => change.isEnabled()).toBe(true);
    await change.click();
    await tlp.getByLabel(/^TLP \(now TLP:CLEAR\)/).waitFor();

    // 9. Published: the case stamps the instant.
    const publish = section(page, 'Publish the advisory');
    await publish
      .getByLabel('Public URL of the advisory')
      .fill('https://jvn.jp/en/jp/JVN00000001/');
    await publish.getByRole('button', { name: 'Publish now' }).click();
    await publish
      .getByTestId('published-at')
      .getByText(/^Published \d{4}-\d{2}-\d{2}/)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // 10. Every step is in the timeline.
    await openTab(page, 'Timeline');
    for (const step of [
      'Finder acknowledged',
      'Vendor contact attempted',
      'Vendor unreachable',
      'Release decided',
      'Vendor name published',
      'Deadline overridden',
      'Publication date agreed',
      'Case updated',
      'Published',
    ]) {
      await page
        .getByRole('listitem')
        .filter({ has: page.getByText(step, { exact: true }) })
        .first()
        .waitFor();
    }
    await page.getByText(/Sato \(chair\), Tanaka, Ito/).waitFor();
    await page.getByText(/Alpha Soft needs a firmware release cycle \(Kenji Mori\)/).waitFor();
    await page.getByText('TLP AMBER → CLEAR: Advisory goes public').waitFor();

    // 11. The audit chain verifies.
    await nav(page, 'Export & backup');
    await page.getByRole('button', { name: 'Verify log' }).click();
    await page
      .getByRole('status')
      .getByText(/The audit log is intact: \d+ entries\./)
      .waitFor();

    // 12. The new screens in Japanese: no key left untranslated (a missing key is also a
    // console error, which expectClean() fails on).
    await page.getByRole('banner').getByText('日本語', { exact: true }).click();
    await nav(page, 'カレンダー');
    await page.getByRole('grid', { name: /^カレンダー/ }).waitFor();
    await nav(page, '案件');
    await page
      .getByRole('grid', { name: /^案件一覧/ })
      .getByRole('row')
      .filter({ hasText: TITLE })
      .getByRole('link')
      .click();
    await openTab(page, '判定と公表');
    await page.getByRole('heading', { name: '公表判定委員会' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text.match(/\b(?:casePolicy|calendar|cases)\.[a-z][\w-]*(?:\.[\w-]+)*/g) ?? []).toEqual(
      [],
    );
    app.expectClean();
  });
});
