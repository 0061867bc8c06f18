// A new analyst's first minutes, in real Chromium and in Japanese, by the screens alone:
// an empty vault, the language switched on the create screen, the first-run setup
// (organisation name, organisation key, first backup), then Settings shows the name; after
// locking, the unlock screen speaks Japanese and the setup is not offered again.
import { readFile } from 'node:fs/promises';
import type { Download } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import { launchApp, type AppSession } from './harness';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const PASSPHRASE = 'correct horse battery staple airlock 2026';
const wholePage = { include: 'body' };

describe('first run in real Chromium', () => {
  it('switches to Japanese, creates the vault and walks the setup to a named organisation', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(45_000);
    await page.goto(app.baseUrl);

    // The create screen, switched to Japanese before anything is typed.
    await page.getByRole('heading', { name: 'Create your vault' }).waitFor({ timeout: 60_000 });
    expect(await seriousViolations(page, wholePage)).toEqual([]);
    await page.getByText('日本語', { exact: true }).click();
    await page.getByRole('heading', { name: '保管庫の作成' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ja');
    await expect(page.getByRole('button', { name: 'Create vault' }).count()).resolves.toBe(0);
    await page.getByRole('textbox', { name: 'パスフレーズ', exact: true }).fill(PASSPHRASE);
    await page.getByRole('textbox', { name: 'パスフレーズ(確認)', exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: '保管庫を作成' }).click();

    // The setup opens by itself, in Japanese, each step saying what skipping it costs.
    await page.getByRole('heading', { name: '初期設定', level: 2 }).waitFor({ timeout: 60_000 });
    await page.getByText(/飛ばした場合: .*［組織名］/).waitFor();
    expect(await seriousViolations(page, wholePage)).toEqual([]);

    // 1. The organisation's name: the save button says why it waits for both languages.
    const save = page.getByRole('button', { name: '組織名を保存' });
    await expect(save.isDisabled()).resolves.toBe(true);
    await page.getByText('先に日本語と英語の組織名を入力してください。').waitFor();
    await page.getByLabel('組織名（日本語）', { exact: true }).fill('エグザンプル CSIRT');
    await page.getByLabel('組織名（英語）', { exact: true }).fill('Example CSIRT');
    await save.click();
    await page.getByText('保存しました: エグザンプル CSIRT / Example CSIRT').waitFor();

    // 2. The organisation key, generated.
    await page.getByLabel(/^名前/).fill('Example CSIRT');
    await page.getByLabel(/^メールアドレス/).fill('csirt@example.jp');
    await page
      .getByRole('textbox', { name: '鍵のパスフレーズ', exact: true })
      .fill('org key passphrase 2026');
    await page
      .getByRole('textbox', { name: '鍵のパスフレーズ（確認）', exact: true })
      .fill('org key passphrase 2026');
    await page.getByRole('button', { name: '組織の鍵を生成' }).click();
    await page.getByText(/^組織の鍵は [0-9A-F ]+ です。$/).waitFor({ timeout: 60_000 });

    // 3. The first backup: the web shell downloads it.
    const download = new Promise<Download>((resolve) => page.once('download', resolve));
    await page.getByRole('button', { name: 'バックアップを保存' }).click();
    const file = await download;
    // Named on the clock the screens show (JST under the default profile), with its zone.
    expect(file.suggestedFilename()).toMatch(
      /^airlock-backup-\d{4}-\d\d-\d\d-\d{6}-JST\.airlock-backup$/,
    );
    const bytes = await readFile(await file.path());
    expect(bytes.length).toBeGreaterThan(100);
    await page.getByText('バックアップを保存しました。', { exact: true }).waitFor();
    await expect(page.getByText('完了', { exact: true }).count()).resolves.toBe(3);
    expect(await seriousViolations(page, wholePage)).toEqual([]);

    await page.getByRole('button', { name: 'ダッシュボードへ進む' }).click();
    await page.waitForURL('**/#/dashboard');

    // Settings keeps the name, editable.
    await page.getByRole('navigation').getByRole('link', { name: '設定', exact: true }).click();
    await expect(page.getByLabel('組織名（英語）', { exact: true }).inputValue()).resolves.toBe(
      'Example CSIRT',
    );
    await expect(page.getByLabel('組織名（日本語）', { exact: true }).inputValue()).resolves.toBe(
      'エグザンプル CSIRT',
    );

    // Locked and unlocked again: the unlock screen in Japanese; the start page is now the
    // dashboard, the setup is not offered again.
    await page.getByRole('button', { name: '今すぐロック' }).click();
    await page.getByRole('heading', { name: 'Airlock のロック解除' }).waitFor({ timeout: 60_000 });
    expect(await seriousViolations(page, wholePage)).toEqual([]);
    await page.getByRole('textbox', { name: 'パスフレーズ', exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'ロック解除' }).click();
    await page.getByRole('navigation').waitFor({ timeout: 60_000 });
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await page.waitForURL('**/#/dashboard');
    await expect(page.getByRole('heading', { name: '初期設定' }).count()).resolves.toBe(0);
    app.expectClean();
  });

  it('leaves the setup at once for Settings and loses nothing typed there', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(45_000);
    await page.goto(app.baseUrl);
    await page.getByRole('heading', { name: 'Create your vault' }).waitFor({ timeout: 60_000 });
    await page.getByLabel(/^Passphrase/).fill(PASSPHRASE);
    await page.getByLabel(/^Confirm passphrase/).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create vault' }).click();
    await page.getByRole('heading', { name: 'First-run setup', level: 2 }).waitFor({
      timeout: 60_000,
    });
    // Straight to Settings (leaving the setup records it as offered while the analyst
    // types): the name typed there, saved.
    await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
    // (The setup has fields of the same names: the analyst types once Settings is shown.)
    await page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor();
    await page
      .getByLabel('Organisation name (Japanese)', { exact: true })
      .fill('エグザンプル CSIRT');
    await page.getByLabel('Organisation name (English)', { exact: true }).fill('Example CSIRT');
    await page.getByRole('button', { name: 'Save settings' }).click();
    // Locking drops a write still in flight; the save has said it is done first.
    await page.getByText('Settings saved in the vault.').waitFor();
    await page.getByRole('button', { name: 'Lock now' }).click();

    // Unlocked again: the dashboard, not the setup, and Settings kept what was typed.
    await page.getByRole('heading', { name: 'Unlock Airlock' }).waitFor({ timeout: 60_000 });
    await page.getByLabel(/^Passphrase/).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('navigation').waitFor({ timeout: 60_000 });
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await page.waitForURL('**/#/dashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(
      page.getByLabel('Organisation name (English)', { exact: true }).inputValue(),
    ).resolves.toBe('Example CSIRT');
    await expect(
      page.getByLabel('Organisation name (Japanese)', { exact: true }).inputValue(),
    ).resolves.toBe('エグザンプル CSIRT');
    app.expectClean();
  });

  it('lets each step be skipped, saying what that means', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(45_000);
    await page.goto(app.baseUrl);
    await page.getByRole('heading', { name: 'Create your vault' }).waitFor({ timeout: 60_000 });
    await page.getByLabel(/^Passphrase/).fill(PASSPHRASE);
    await page.getByLabel(/^Confirm passphrase/).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create vault' }).click();
    await page.getByRole('heading', { name: 'First-run setup', level: 2 }).waitFor({
      timeout: 60_000,
    });
    for (let i = 0; i < 3; i += 1) {
      await page.getByRole('button', { name: 'Skip this step' }).first().click();
    }
    await page.getByText(/^Skipped\. letters show “\[your organisation\]”/).waitFor();
    await page.getByText(/^Skipped\. messages and case bundles cannot be sealed/).waitFor();
    await page.getByText(/^Skipped\. if this computer is lost or broken/).waitFor();
    expect(await seriousViolations(page, wholePage)).toEqual([]);
    app.expectClean();
  });
});
