import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import { launchApp, type AppSession } from './harness';
import { createVault, nav } from './flows';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

describe('settings and contacts in real Chromium', () => {
  it('validates and keeps the organisation profile, and registers and finds a contact', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await createVault(page);

    await nav(page, 'Settings');
    await page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor();
    await page.getByLabel('Organisation name (English)', { exact: true }).fill('Example CSIRT');
    await page.getByLabel('CNA orgId (UUID) for CVE records', { exact: true }).fill('not-a-uuid');
    await expect(
      page.locator('main').getByLabel('Language', { exact: true }).inputValue(),
    ).resolves.toBe('en');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved in the vault.').count()).resolves.toBe(0);
    await page
      .getByLabel('CNA orgId (UUID) for CVE records', { exact: true })
      .fill('2f1d6a4e-8f1b-4c5e-9a7d-3b2c1d0e9f8a');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved in the vault.').waitFor();
    expect(
      await seriousViolations(page, {
        include: 'main',
        exclude: 'section[aria-labelledby="settings-security"]',
      }),
    ).toEqual([]);

    await nav(page, 'Contacts');
    await page.getByRole('link', { name: 'Add a contact' }).click();
    await page.getByLabel('Name (English)', { exact: true }).fill('Example Soft K.K.');
    await page.getByLabel('Name (Japanese)', { exact: true }).fill('株式会社エグザンプルソフト');
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Person name', { exact: true }).fill('Hanako Suzuki');
    await page.getByLabel('E-mail', { exact: true }).fill('psirt@soft.example.jp');
    await page
      .getByLabel('PGP key fingerprints (one per line)', { exact: true })
      .fill('0123 4567 89ab cdef 0123  4567 89ab cdef 0123 4567');
    await page.getByLabel('Agrees to be listed publicly', { exact: true }).check();
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByText('Contact saved.').waitFor();
    await page.getByRole('heading', { name: 'Contact: Example Soft K.K.' }).waitFor();
    expect(
      await seriousViolations(page, {
        include: 'main',
        exclude: 'section[aria-labelledby="settings-security"]',
      }),
    ).toEqual([]);

    await nav(page, 'Contacts');
    await page.getByLabel('Search contacts', { exact: true }).fill('suzuki');
    await page.getByRole('link', { name: 'Example Soft K.K.' }).waitFor();
    await page.getByLabel('Search contacts', { exact: true }).fill('nobody');
    await page.getByText('No contact matches.').waitFor();
    expect(
      await seriousViolations(page, {
        include: 'main',
        exclude: 'section[aria-labelledby="settings-security"]',
      }),
    ).toEqual([]);

    await nav(page, 'Settings');
    await expect(
      page.getByLabel('Organisation name (English)', { exact: true }).inputValue(),
    ).resolves.toBe('Example CSIRT');
    app.expectClean();
  });
});
