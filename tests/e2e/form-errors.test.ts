// Errors an analyst can act on, in real Chromium and in the UI's language: a form stays
// clean until it is submitted (a title or name of spaces is no title or name, a received
// day after today is refused), then each message names its field and says what to enter
// (never zod's own text or a value's path), and a case created from the foot of the intake
// form opens at its top.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import { ACCEPTABLE_CHECKLIST, createCaseFromIntake, createVault, enterReport, nav } from './flows';
import { launchApp, type AppSession } from './harness';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

/** Fields the form marks invalid (Mantine sets aria-invalid on a field with an error). */
const invalidFields = (page: Page) => page.locator('main [aria-invalid="true"]').count();

const RAW_VALIDATOR_TEXT = /Too small|Too big|Invalid input|expected string|>=1|reporter\.name/;

describe('form errors in real Chromium', () => {
  it('shows nothing red before submit, then names each field in Japanese', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    // 2026-12-08 05:01 JST: "today" for the received date.
    await page.clock.setFixedTime(new Date('2026-12-07T20:01:00.000Z'));
    await page.goto(app.baseUrl);
    await createVault(page);
    await page.getByRole('banner').getByText('日本語').click();
    await nav(page, '新規届出');
    await page.getByRole('heading', { name: '新規届出', level: 2 }).waitFor();

    // Untouched, and after typing into one box and leaving another: nothing is red yet.
    expect(await invalidFields(page)).toBe(0);
    await page.getByLabel('届出者名', { exact: true }).fill('山田 太郎');
    await page.getByLabel('届出者名', { exact: true }).fill('');
    await page.getByLabel('製品名', { exact: true }).focus();
    await page.getByLabel('案件名', { exact: true }).focus();
    expect(await invalidFields(page)).toBe(0);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);

    // A newcomer's first try: spaces for the title and the name, a received day years ahead.
    await page.getByLabel('案件名', { exact: true }).fill('    ');
    await page.getByLabel('届出者名', { exact: true }).fill('   ');
    await page.getByLabel('受付日（JST）', { exact: true }).fill('2030-01-01');
    await page.getByRole('button', { name: '案件を作成' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '確認が必要な項目があります' });
    await summary.waitFor();
    for (const message of [
      '「案件名」を入力してください。',
      '「届出者名」を入力してください。',
      '「届出者の連絡先（メール、電話または住所）」を入力してください。',
      '「製品名」を入力してください。',
      '「受付日（JST）」が今日より後の日付です。今日以前の受付日を入力してください。',
    ]) {
      // Beside its field, and in the summary by the button.
      await expect(page.getByText(message, { exact: true }).count()).resolves.toBe(2);
    }
    expect(await invalidFields(page)).toBe(5);
    await expect(page.locator('main').textContent()).resolves.not.toMatch(RAW_VALIDATOR_TEXT);
    // The messages themselves meet WCAG AA (Mantine's error red did not).
    expect(await seriousViolations(page)).toEqual([]);

    // Correcting a field clears its message as the analyst types.
    await page.getByLabel('案件名', { exact: true }).fill('ログイン画面の SQL インジェクション');
    await expect
      .poll(() => page.getByText('「案件名」を入力してください。', { exact: true }).count())
      .toBe(0);
    await page.getByLabel('受付日（JST）', { exact: true }).fill('2026-12-08');
    await expect.poll(() => invalidFields(page)).toBe(3);
    app.expectClean();
  });

  it('opens a case created from the foot of the intake form at its top', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await createVault(page);
    await enterReport(page, {
      title: 'Path traversal in Example Files',
      reporterName: 'Hanako Suzuki',
      reporterContact: 'hanako@example.jp',
      productName: 'Example Files',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    await page.getByRole('button', { name: 'Create case' }).scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await createCaseFromIntake(page);
    await page.getByRole('tab', { name: 'Overview', selected: true }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    app.expectClean();
  });
});
