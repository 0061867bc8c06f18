// User flows shared by e2e tests, written as a user does them: labels and roles only.
import type { Page } from 'playwright-core';

/** A passphrase zxcvbn rates "very strong", so the create button enables. */
export const TEST_PASSPHRASE = 'correct horse battery staple airlock 2026';

export async function createVault(page: Page, passphrase = TEST_PASSPHRASE): Promise<void> {
  await page.getByRole('heading', { name: 'Create your vault' }).waitFor();
  await page.getByLabel(/^Passphrase/).fill(passphrase);
  await page.getByLabel(/^Confirm passphrase/).fill(passphrase);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor({ timeout: 30_000 });
}

export async function unlockVault(page: Page, passphrase = TEST_PASSPHRASE): Promise<void> {
  await page.getByRole('heading', { name: 'Unlock Airlock' }).waitFor();
  await page.getByLabel(/^Passphrase/).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor({ timeout: 30_000 });
}

export async function lockNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('heading', { name: 'Unlock Airlock' }).waitFor();
}
