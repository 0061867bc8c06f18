// Audit integrity in real Chromium (issue 17): the newest audit rows deleted from the
// profile's IndexedDB behind the app's back are reported at the next unlock, above the app.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { addContact, createVault, lockNow, unlockVault } from './flows';
import { launchApp, type AppSession } from './harness';

const sessions: AppSession[] = [];
afterAll(async () => {
  for (const s of sessions) await s.dispose();
});

/** Deletes the last `n` rows of the audit store with the raw IndexedDB API. */
const deleteLastAuditRows = (page: Page, n: number): Promise<number> =>
  page.evaluate(
    (count) =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('airlock');
        req.onerror = () => reject(new Error('open failed'));
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('audit', 'readwrite');
          const store = tx.objectStore('audit');
          const keys = store.getAllKeys();
          keys.onsuccess = () => {
            const last = (keys.result as number[]).sort((a, b) => a - b).slice(-count);
            for (const key of last) store.delete(key);
            tx.oncomplete = () => {
              db.close();
              resolve(last.length);
            };
          };
        };
      }),
    n,
  );

describe('audit anchor at unlock', () => {
  it('reports deleted audit entries when the vault is unlocked again', async () => {
    const app = await launchApp();
    sessions.push(app);
    const { page } = app;
    await page.goto(app.baseUrl);
    await createVault(page);
    await addContact(page, 'Example Vendor', '例示ベンダー');
    await addContact(page, 'Second Vendor', '第二ベンダー');
    await lockNow(page);
    expect(await deleteLastAuditRows(page, 1)).toBe(1);
    await unlockVault(page);
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'The audit log does not match the vault' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/records \d+ audit entries, but only \d+ are present/);

    await page
      .getByRole('navigation')
      .getByRole('link', { name: 'Export & backup', exact: true })
      .click();
    await page.getByRole('button', { name: 'Verify log' }).click();
    await page
      .getByText(
        /The audit log is broken at entry \d+ \(the newest entries recorded in the vault header are missing\)/,
      )
      .waitFor();
    app.expectClean();
  }, 180_000);
});
