// A technical alert (JVNTA#, issue 18) in real Chromium: its own intake with field-named
// errors, its case screen without vendors or embargo, the review round trip, the
// publication moment, its JVNTA# advisory in both languages, publishing, and the exports
// (HTML and Markdown in Japanese and English, CSAF informational advisories that
// csaf-validator-lib accepts).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateCsaf } from '../../cli/commands/advisory-validators';
import { seriousViolations } from './a11y';
import {
  createCaseFromIntake,
  createOrganisationVault,
  exportFiles,
  fillBoth,
  fillTechnicalAlert,
  nav,
  openTab,
  section,
  startTechnicalAlert,
  type TechnicalAlertIntake,
} from './flows';
import { launchApp, type AppSession } from './harness';

// The browser's clock (never the machine's): the scheduled day is the same on every run.
const START = new Date('2026-12-07T10:00:00+09:00');

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
  it('goes from its own intake through review to a published JVNTA# advisory, exported', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.clock.install({ time: START });
    await page.goto(app.baseUrl);
    await createOrganisationVault(page);

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
    const day = new Date(START.getTime() + 9 * 3_600_000 + 7 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await when.getByLabel('Publication date', { exact: true }).fill(day);
    await when.getByText(/Enter the publication time/).waitFor();
    await when.getByLabel('Time', { exact: true }).fill('10:00');
    // The Saturday before is said to be one before the click: JVN publishes on business days.
    await when.getByLabel('Publication date', { exact: true }).fill('2026-12-12');
    await when
      .getByRole('status', { name: 'About this date' })
      .getByText('2026-12-12 is a Saturday (Asia/Tokyo).')
      .waitFor();
    await when.getByLabel('Publication date', { exact: true }).fill(day);
    await expect.poll(() => when.getByText(/is a Saturday/).count()).toBe(0);
    await when.getByRole('button', { name: 'Set publication date and time' }).click();
    await when
      .getByTestId('alert-publication-moment-time')
      .filter({ hasText: `${day} 10:00` })
      .first()
      .waitFor();

    // 5. The JVNTA# advisory: drafted from the alert in both languages, no CVE export.
    await openTab(page, 'Advisory');
    await page.getByRole('button', { name: 'Create advisory draft' }).click();
    await page.getByRole('heading', { name: 'Advisory draft' }).waitFor();
    const advisoryId = await page.getByLabel('Advisory ID', { exact: true }).inputValue();
    expect(advisoryId).toMatch(/^JVNTA#\d{8}$/);
    await expect(page.getByLabel('Title (Japanese)', { exact: true }).inputValue()).resolves.toBe(
      ALERT.vulnerabilityClass.ja,
    );
    await expect(page.getByLabel('Title (English)', { exact: true }).inputValue()).resolves.toBe(
      ALERT.vulnerabilityClass.en,
    );
    // The draft's texts can be taken from the alert again (it may be redrafted meanwhile).
    const overviewEn = page.getByLabel('Overview (English)', { exact: true });
    await overviewEn.fill('An overview written before the alert changed.');
    await page.getByRole('button', { name: /Take the alert’s current content/ }).click();
    await expect(overviewEn.inputValue()).resolves.toBe(
      'Devices built on XYZ SDK 2.0 to 2.4 do not validate TLS server certificates.',
    );
    const facts = page.getByTestId('advisory-alert');
    await facts.getByText(/Network cameras/).waitFor();
    await facts.getByText(/Enable certificate validation/).waitFor();
    await expect(page.getByRole('button', { name: 'Export CVE JSON' }).count()).resolves.toBe(0);
    await page.getByTestId('advisory-no-cve').waitFor();
    await fillBoth(page, 'Publisher name', 'テスト調整機関', 'Test Coordination Center');
    await fillBoth(
      page,
      'Description',
      'XYZ SDK 2.0 から 2.4 は既定で証明書を検証しません。',
      'XYZ SDK 2.0 to 2.4 disable certificate validation by default.',
    );
    await fillBoth(
      page,
      'Impact',
      '中間者攻撃により通信を盗聴、改ざんされる可能性があります。',
      'A man-in-the-middle attacker may read or alter the traffic.',
    );
    await fillBoth(
      page,
      'Solution',
      '開発者が提供する情報をもとに更新してください。',
      'Apply the updates the developers provide.',
    );
    expect(await seriousViolations(page, { include: '[role="tabpanel"]' })).toEqual([]);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    await page.getByText(`Advisory ID: ${advisoryId}`).waitFor();
    await page.getByRole('button', { name: 'Mark as final' }).click();
    await page.getByText('The advisory is final; revision 1 was recorded.').waitFor();

    // 6. Published under its JVNTA# id.
    await openTab(page, 'Overview');
    const publish = section(page, 'Publish the advisory');
    await publish.getByRole('button', { name: 'Publish now' }).click();
    await publish.getByTestId('published-at').waitFor();
    await expect.poll(() => stage.textContent()).toBe('Published');

    // 7. Exports: the page and Markdown in Japanese and English, CSAF in both languages.
    await openTab(page, 'Advisory');
    const dir = mkdtempSync(join(tmpdir(), 'airlock-ta-'));
    const htmls = (await exportFiles(page, 'Export HTML', 2, dir)).map((p) =>
      readFileSync(p, 'utf8'),
    );
    const ja = htmls.find((h) => h.includes('<html lang="ja">')) ?? '';
    const en = htmls.find((h) => h.includes('<html lang="en">')) ?? '';
    for (const [html, title] of [
      [ja, ALERT.vulnerabilityClass.ja],
      [en, ALERT.vulnerabilityClass.en],
    ] as const) {
      expect(html).toContain(advisoryId);
      expect(html).toContain(title);
      expect(html).toContain('CWE-295');
    }
    for (const md of await exportFiles(page, 'Export Markdown', 2, dir)) {
      expect(readFileSync(md, 'utf8')).toContain(advisoryId);
    }
    for (const lang of ['en', 'ja'] as const) {
      await page.getByLabel('CSAF document language', { exact: true }).selectOption(lang);
      const [csafPath] = await exportFiles(page, 'Export CSAF', 1, dir);
      const csaf: unknown = JSON.parse(readFileSync(csafPath ?? '', 'utf8'));
      expect(csaf).toMatchObject({
        document: {
          category: 'csaf_informational_advisory',
          lang,
          tracking: { id: advisoryId, status: 'final' },
        },
      });
      const report = await validateCsaf(csaf);
      expect(report.errors, JSON.stringify(report.errors)).toEqual([]);
      expect(report.valid).toBe(true);
    }

    // 8. The case list marks it as an alert.
    await nav(page, 'Cases');
    await page
      .getByRole('row', { name: new RegExp(ALERT.title) })
      .getByText('Technical alert')
      .waitFor();
    app.expectClean();
  });
});
