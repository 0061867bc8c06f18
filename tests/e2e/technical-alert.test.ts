// A technical alert (JVNTA#, issue 18) in real Chromium: its own intake with field-named
// errors, its case screen without vendors or embargo, the review round trip, the
// publication moment and publishing.
import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import {
  createCaseFromIntake,
  createVault,
  fillTechnicalAlert,
  nav,
  section,
  startTechnicalAlert,
  type TechnicalAlertIntake,
} from './flows';
import { launchApp, type AppSession } from './harness';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const ALERT: TechnicalAlertIntake = {
  title: 'TLS certificate validation disabled in embedded SDKs',
  vulnerabilityClass: {
    ja: '組込み機器向け TLS ライブラリにおける証明書検証不備',
    en: 'Improper certificate validation in embedded TLS libraries',
  },
  cwes: 'CWE-295, CWE-297',
  summary: {
    ja: '複数の組込み機器が TLS サーバ証明書を検証していません。',
    en: 'Many embedded devices do not validate TLS server certificates.',
  },
  productFamilies: {
    ja: ['XYZ SDK を用いた家庭用ルータ', 'ネットワークカメラ'],
    en: ['Home routers built on the XYZ SDK', 'Network cameras'],
  },
  mitigations: { ja: ['証明書検証を有効にする'], en: ['Enable certificate validation'] },
};

describe('technical alert in real Chromium', () => {
  it('goes from its own intake through review to published', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await createVault(page);

    // 1. Intake: the alert's own form; an empty form is refused field by field.
    await startTechnicalAlert(page);
    await page.getByRole('button', { name: 'Create technical alert' }).click();
    for (const message of [
      'Enter the case title (up to 300 characters).',
      'Name the class of vulnerability in Japanese or English.',
      'Write the summary in Japanese or English.',
      'Name at least one affected product family in Japanese or English (at most 200).',
    ]) {
      await page.getByText(message, { exact: true }).waitFor();
    }
    await page.getByLabel('CWE', { exact: true }).fill('CWE-295, TLS');
    await page.getByRole('button', { name: 'Create technical alert' }).click();
    await page
      .getByText('Enter CWE identifiers such as CWE-295, separated by commas (at most 20).')
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await fillTechnicalAlert(page, ALERT);
    await createCaseFromIntake(page, 'Create technical alert');

    // 2. The case screen: an alert, drafting, without vendor tabs or an embargo panel.
    await page.getByTestId('case-kind').filter({ hasText: 'Technical alert' }).waitFor();
    const stage = page.getByTestId('alert-stage');
    await expect(stage.textContent()).resolves.toBe('Drafting');
    await expect(page.getByRole('tab', { name: 'Vendors' }).count()).resolves.toBe(0);
    await expect(
      page.getByRole('heading', { name: 'Publication date (embargo)' }).count(),
    ).resolves.toBe(0);
    const content = page.getByTestId('alert-content');
    await content.getByText('Network cameras', { exact: false }).waitFor();
    await content.getByText('CWE-295, CWE-297').waitFor();
    const review = section(page, 'Review and publication');
    // Approving before any review is refused by the engine, and the button says so.
    await expect(review.getByRole('button', { name: 'Approve' }).isDisabled()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // 3. Review round trip: sent back with a reason, redrafted, approved.
    await review.getByRole('button', { name: 'Submit for review' }).click();
    await expect.poll(() => stage.textContent()).toBe('In review');
    await review.getByLabel('What needs to change').fill('Name the SDK versions in the summary.');
    await review.getByRole('button', { name: 'Request changes' }).click();
    await expect.poll(() => stage.textContent()).toBe('Changes requested');
    await page
      .getByTestId('alert-review')
      .getByText(/Name the SDK versions/)
      .waitFor();
    const alertCard = section(page, 'Technical alert');
    await alertCard.getByRole('button', { name: 'Edit the alert' }).click();
    await alertCard
      .getByLabel('Summary (English)', { exact: true })
      .fill('Devices built on XYZ SDK 2.0 to 2.4 do not validate TLS server certificates.');
    await alertCard.getByRole('button', { name: 'Save the alert' }).click();
    await content.getByText(/XYZ SDK 2\.0 to 2\.4/).waitFor();
    await expect.poll(() => stage.textContent()).toBe('Drafting');
    await review.getByRole('button', { name: 'Submit for review' }).click();
    await expect.poll(() => stage.textContent()).toBe('In review');
    await review.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => stage.textContent()).toBe('Approved');

    // 4. Publication: a date without an hour is refused; with one, it is set, then published.
    const when = section(page, 'Publication date and time');
    // A week from now in Japan: a moment already past is refused by the engine.
    const day = new Date(Date.now() + 9 * 3_600_000 + 7 * 86_400_000).toISOString().slice(0, 10);
    await when.getByLabel('Publication date', { exact: true }).fill(day);
    await when.getByText(/Enter the publication time/).waitFor();
    await when.getByLabel('Time', { exact: true }).fill('10:00');
    await when.getByRole('button', { name: 'Set publication date and time' }).click();
    await when
      .getByTestId('alert-publication-moment-time')
      .filter({ hasText: `${day} 10:00` })
      .first()
      .waitFor();
    const publish = section(page, 'Publish the advisory');
    await publish.getByRole('button', { name: 'Publish now' }).click();
    await publish.getByTestId('published-at').waitFor();
    await expect.poll(() => stage.textContent()).toBe('Published');

    // 5. The case list marks it as an alert.
    await nav(page, 'Cases');
    await page
      .getByRole('row', { name: new RegExp(ALERT.title) })
      .getByText('Technical alert')
      .waitFor();
    app.expectClean();
  });
});
