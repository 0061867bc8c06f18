// Accessibility of the keyring and Import screens (axe-core on the screen's own content).
import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import { launchApp, type AppSession } from './harness';
import { createVault, nav } from './flows';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

describe('keyring and Import screens in real Chromium', () => {
  it('have no serious or critical axe violations, with a key present', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await createVault(page);

    await nav(page, 'Keyring');
    await page.getByRole('heading', { name: 'Keyring', level: 2 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel(/^Name/).fill('Airlock CSIRT');
    await page.getByLabel(/^E-mail/).fill('csirt@airlock.example');
    await page.getByLabel(/^Key passphrase/).fill('org key passphrase 2026');
    await page.getByLabel(/^Confirm key passphrase/).fill('org key passphrase 2026');
    await page.getByRole('button', { name: 'Generate organisation key' }).click();
    await page.getByText(/^Organisation key generated: /).waitFor({ timeout: 60_000 });
    await page
      .getByRole('table', { name: 'Keys' })
      .getByRole('cell', { name: 'Airlock CSIRT <csirt@airlock.example>', exact: true })
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page
      .getByRole('button', { name: 'Details of Airlock CSIRT <csirt@airlock.example>' })
      .click();
    await page.getByRole('button', { name: 'Export public key' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await nav(page, 'Import');
    await page.getByRole('button', { name: 'Choose reply files…' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    app.expectClean();
  });
});
