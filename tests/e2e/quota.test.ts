// A full disk, as Chromium's storage quota for the app's origin (DevTools protocol
// Storage.overrideQuotaForOrigin) set 2 MB above what the vault already uses (issue 29 item
// 2): importing a bundle with a 6 MB attachment does not fit. The import says, in English and
// Japanese, that its cases, records and attachments were not saved; the case is not there;
// a write that fits is saved afterwards and the audit log verifies.
//
// Chromium applies the override to an origin's IndexedDB only when its storage is next
// opened: once a page of the origin has opened IndexedDB, the override is not enforced in
// that browser session (not even after the database is closed), so the vault is set up in
// one session and the quota set before the first page of a second session on the same
// profile loads.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { readKeysFrom } from '../../shared/crypto/pgp';
import { sealBundle, selectForExport } from '../../shared/exchange/bundle';
import { sampleCase } from '../../shared/exchange/bundle/testing/sample-case';
import { testKey } from '../../shared/exchange/bundle/testing/keys';
import { attachCapture } from './crash/bundle-fixture';
import {
  addContact,
  expectAuditIntact,
  createVault,
  generateOrgKey,
  importKeyFile,
  nav,
  unlockVault,
} from './flows';
import { launchApp, type AppSession } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'airlock-quota-e2e-'));
const sessions: AppSession[] = [];
afterAll(async () => {
  for (const s of sessions) await s.dispose();
});

const MB = 1024 * 1024;

/** The sample case (from a partner CERT) with a 6 MB attachment, sealed to `orgKeyFile`. */
async function bigBundle(orgKeyFile: string, partnerFile: string): Promise<string> {
  const partner = await testKey('Partner CERT');
  writeFileSync(partnerFile, partner.armoredPublic);
  const org = await readKeysFrom(new Uint8Array(readFileSync(orgKeyFile)));
  if (!org.ok) throw new Error(org.error.message);
  const kase = await sampleCase();
  await attachCapture(kase, 0, new Uint8Array(randomBytes(6 * MB)));
  const selection = selectForExport([kase], { kind: 'full' });
  if (!selection.ok) throw new Error(selection.error.message);
  const sealed = await sealBundle({
    selection: selection.value,
    signingKey: partner.secret,
    recipientKeys: org.value,
  });
  if (!sealed.ok) throw new Error(sealed.error.message);
  const file = join(dir, 'big.airlock');
  writeFileSync(file, sealed.value.bytes);
  return file;
}

/** A vault with the organisation key and the partner's key: returns the bundle file. */
async function setUp(page: Page): Promise<string> {
  await createVault(page);
  await generateOrgKey(page);
  await page
    .getByRole('button', { name: 'Details of Airlock CSIRT <csirt@airlock.example>' })
    .click();
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export public key' }).click();
  const orgFile = join(dir, 'org.asc');
  await (await exported).saveAs(orgFile);
  await page.getByRole('button', { name: 'Close details' }).click();
  const partnerFile = join(dir, 'partner.asc');
  const bundle = await bigBundle(orgFile, partnerFile);
  await importKeyFile(page, partnerFile);
  return bundle;
}

describe('a write that does not fit the quota', () => {
  it('is refused naming what was not saved (en, ja); the vault is unchanged and usable', async () => {
    const first = await launchApp();
    sessions.push(first);
    await first.page.goto(first.baseUrl);
    const bundle = await setUp(first.page);
    const origin = new URL(first.baseUrl).origin;
    const measure = await first.context.newCDPSession(first.page);
    const { usage } = await measure.send('Storage.getUsageAndQuota', { origin });
    first.expectClean();
    await first.close();

    const app = await launchApp({ profileDir: first.profileDir });
    sessions.push(app);
    const { page } = app;
    const cdp = await app.context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 2 * MB });
    await page.goto(app.baseUrl);
    await unlockVault(page);

    await nav(page, 'Import');
    await page.getByRole('tab', { name: 'Bundles' }).click();
    await page.getByLabel('Organisation key passphrase').fill('org key passphrase 2026');
    await page.getByRole('button', { name: 'Unlock key' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose .airlock file' }).click();
    await (await chooser).setFiles(bundle);
    await page.getByRole('heading', { name: 'What will change' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Import into the vault' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'not enough storage space' });
    await refusal.waitFor({ timeout: 60_000 });
    expect(await refusal.innerText()).toContain(
      'there is not enough storage space: the bundle\u2019s cases, records and attachments were not saved.',
    );
    await page.getByText('Nothing was written: the vault is unchanged.').waitFor();

    // The same refusal in Japanese (the screen re-renders it in the chosen language).
    await page.getByRole('banner').getByText('日本語', { exact: true }).click();
    await page
      .getByRole('alert')
      .getByText(/保存領域が足りません。バンドルのケース、記録、添付ファイルは保存されていません。/)
      .waitFor();
    await page.getByText('何も書き込まれていません。保管庫は変更されていません。').waitFor();
    await page.getByRole('banner').getByText('English', { exact: true }).click();

    // Unchanged: the case is not in the list; usable: a write that fits is saved, and the
    // audit log verifies over it.
    await nav(page, 'Cases');
    await expect.poll(() => page.getByText('AL-2026-0042').count()).toBe(0);
    await addContact(page, 'Example Vendor', 'サンプルベンダー');
    await expectAuditIntact(page);
    app.expectClean();
  }, 240_000);
});
