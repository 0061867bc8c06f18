import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import { launchApp, type AppSession } from './harness';
import {
  ACCEPTABLE_CHECKLIST,
  createCaseFromIntake,
  createVault,
  enterReport,
  nav,
  openTab,
} from './flows';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

describe('intake in real Chromium', () => {
  it('accepts one report and declines a low-impact XSS; the dashboard shows both', async () => {
    app = await launchApp();
    const { page } = app;
    await page.goto(app.baseUrl);
    page.setDefaultTimeout(30_000);
    await createVault(page);

    await enterReport(page, {
      title: 'SQL injection in Example CMS login',
      reporterName: 'Taro Yamada',
      reporterContact: 'taro@example.jp',
      productName: 'Example CMS',
      vendorName: 'Example Soft K.K.',
      version: '4.2.1',
      url: 'https://cms.example.jp/',
      poc: "' OR 1=1 -- in the user field",
      impact: 'Any visitor can read every account.',
      checklist: { ...ACCEPTABLE_CHECKLIST, 'Large user base': 'yes' },
    });
    expect(await seriousViolations(page)).toEqual([]);
    const verdict = page.getByTestId('intake-verdict');
    await expect(verdict.textContent()).resolves.toBe('Accept: coordinate this report');
    await expect(page.getByTestId('intake-priority').textContent()).resolves.toBe('High');
    // The engine's priority reason (the checklist's own label has no full stop).
    await page.getByText('Large user base.', { exact: true }).waitFor();
    await page.getByText('Software: contact the developer(s).').waitFor();
    const letter = page.getByLabel('Letter to the reporter', { exact: true });
    await expect(letter.inputValue()).resolves.toContain('Taro Yamada 様');
    // Accepted is said as accepted, not "we will tell you later whether we take it".
    await expect(letter.inputValue()).resolves.toContain('受理いたしました');

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Add attachment files' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'poc.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('curl -d "user=\' OR 1=1 --"'),
    });
    await page.getByText('poc.txt').waitFor();
    const accepted = await createCaseFromIntake(page);

    await enterReport(page, {
      title: 'Reflected XSS in shop search',
      kind: 'website',
      reporterName: 'Hanako',
      reporterContact: 'hanako@example.jp',
      productName: 'Example Shop',
      checklist: {
        ...ACCEPTABLE_CHECKLIST,
        'Cross-site scripting': 'yes',
        'XSS with significant impact demonstrated': 'no',
        'Impact on users in Japan': 'minimal',
      },
    });
    await expect(verdict.textContent()).resolves.toBe('Decline: not coordinated');
    await page
      .getByText('It is a cross-site scripting issue and no significant impact was demonstrated.')
      .first()
      .waitFor();
    await page.getByText('Website: contact the site operator.').waitFor();
    // The decline letter quotes the engine's reasons.
    await expect(letter.inputValue()).resolves.toContain('Hanako 様');
    await expect(letter.inputValue()).resolves.toContain(
      'クロスサイトスクリプティングであり、重大な影響が示されていません。',
    );
    await page
      .getByRole('radio', { name: 'English' })
      .check({ force: true })
      .catch(() => undefined);
    const declined = await createCaseFromIntake(page);
    expect(declined).not.toBe(accepted);
    // Declining is no answer to the finder: the deadline stays open until the reply is sent
    // from the Finder tab, where the letter kept at intake waits (no organisation name yet:
    // the seal refuses the field left, as for a vendor letter).
    const ackDeadline = page.getByTestId('deadline-jpcert.acknowledge-finder');
    await ackDeadline.getByText('Acknowledge the finder').waitFor();
    await expect(ackDeadline.getByText(/^Met /).count()).resolves.toBe(0);
    // The dashboard says the same: the closed report still owes its finder an answer, and
    // its link leads back to the case.
    await nav(page, 'Dashboard');
    const owed = page.getByRole('region', { name: 'Unacknowledged reports' });
    await owed.getByText('Reflected XSS', { exact: false }).waitFor();
    await owed.getByRole('link', { name: /AL-\d{4}-0002/ }).click();
    await page.waitForURL(`**/#/cases/${declined}`);
    await openTab(page, 'Finder');
    const reply = page.getByRole('region', { name: 'Reply to the report' });
    const replyText = reply.getByLabel('Letter to the finder', { exact: true });
    await reply.getByText('日本語', { exact: true }).click();
    await expect.poll(() => replyText.inputValue()).toContain('Hanako 様');
    await expect(replyText.inputValue()).resolves.toContain('調整を行わないことといたしました');
    const save = reply.getByRole('button', { name: 'Save as a plaintext letter file' });
    await save.click();
    await reply.getByText(/still holds the field \{\{organisationName\}\}/).waitFor();
    await replyText.fill(
      (await replyText.inputValue()).replace('{{organisationName}}', 'Airlock CSIRT'),
    );
    const download = page.waitForEvent('download');
    await save.click();
    await download;
    await openTab(page, 'Overview');
    await ackDeadline.getByText(/^Met /).waitFor();

    await nav(page, 'Dashboard');
    await page.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor();
    await expect(page.getByTestId('count-accepted').textContent()).resolves.toBe('1');
    await expect(page.getByTestId('count-closed').textContent()).resolves.toBe('1');
    expect(await seriousViolations(page)).toEqual([]);
    const unack = page.getByRole('region', { name: 'Unacknowledged reports' });
    await unack.getByText('SQL injection in Example CMS login', { exact: false }).waitFor();
    await expect(unack.getByText('Reflected XSS', { exact: false }).count()).resolves.toBe(0);
    // Received today: the acknowledgement (5 business days) is not yet within 7 days.
    await unack.getByRole('link', { name: /AL-\d{4}-0001/ }).click();
    await page.waitForURL(`**/#/cases/${accepted}`);
    app.expectClean();
  });
});
