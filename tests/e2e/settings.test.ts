import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import { launchApp, type AppSession } from './harness';
import {
  TEST_PASSPHRASE,
  createVault,
  expectAuditIntact,
  lockNow,
  nav,
  unlockVault,
} from './flows';

const dir = mkdtempSync(join(tmpdir(), 'airlock-settings-e2e-'));
/** The walk starts 2026-06-01 09:00 JST (the page's clock); the reminder is checked later. */
const START = Date.parse('2026-06-01T00:00:00Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

describe('settings and contacts in real Chromium', () => {
  it('validates and keeps the organisation profile, registers and finds a contact, verifies a backup, reminds of an old one and rotates the master key', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.clock.install({ time: START });
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
    await page.getByLabel('Remind me to back up after (days)', { exact: true }).fill('10');
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

    // The vault's safety, as a new analyst meets it. The dashboard asks for a verified backup
    // and links to where it is made.
    await nav(page, 'Dashboard');
    const reminder = page.getByRole('status').filter({ hasText: 'Time to back up' });
    await reminder.getByText(/^No backup of this vault has been verified yet\./).waitFor();
    await reminder.getByRole('link', { name: 'Backup and verify' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save backup', exact: true }).click();
    const backup = join(dir, 'vault.airlock-backup');
    await (await download).saveAs(backup);
    const tampered = join(dir, 'tampered.airlock-backup');
    const bytes = readFileSync(backup);
    const middle = bytes.length >> 1;
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0x01, middle);
    writeFileSync(tampered, bytes);

    // "Verify backup" on the file just made: every row and the chain check out, it is this
    // vault's, at this vault's audit sequence; the panel remembers it.
    const verify = page.getByRole('form', { name: 'Verify a backup' });
    const verifyFile = async (file: string) => {
      const chooser = page.waitForEvent('filechooser');
      await verify.getByRole('button', { name: 'Choose backup file' }).click();
      await (await chooser).setFiles(file);
      await verify.getByLabel('Backup passphrase').fill(TEST_PASSPHRASE);
      await verify.getByRole('button', { name: 'Verify backup' }).click();
    };
    await verifyFile(backup);
    const report = verify
      .getByRole('status')
      .filter({ hasText: 'The backup opens and checks out' });
    await report.waitFor({ timeout: 60_000 });
    expect(await report.innerText()).toMatch(
      /rows decrypted and valid, audit log of \d+ entries intact\.[\s\S]*Made on 2026-06-01 09:\d\d JST[\s\S]*A backup of this vault\.[\s\S]*Audit sequence (\d+) in the backup, \1 in this vault: the same history\./,
    );
    await verify.getByText(/^Last verified backup: made 2026-06-01 09:\d\d JST/).waitFor();

    // One bit flipped in the middle of the same file: refused, and not remembered.
    await verifyFile(tampered);
    await verify
      .getByRole('alert')
      .getByText('The backup file is damaged or was altered')
      .waitFor();
    await expect(report.count()).resolves.toBe(0);
    await verify.getByText(/^Last verified backup: made 2026-06-01 09:\d\d JST/).waitFor();

    // Settings: rotate the master key. The form says what it means for older backups; after
    // it the vault unlocks with the same passphrase and everything is there.
    await nav(page, 'Settings');
    const rotate = page.getByRole('form', { name: 'Rotate the master key' });
    await rotate
      .getByText(/^Backups made before keep the old key and the passphrase they were made with/)
      .waitFor();
    await rotate.getByLabel('Vault passphrase').fill(TEST_PASSPHRASE);
    await rotate.getByRole('button', { name: 'Rotate master key' }).click();
    await rotate
      .getByText(/^Master key rotated: \d+ records and \d+ attachment chunks encrypted again\./)
      .waitFor({ timeout: 60_000 });
    await lockNow(page);
    await unlockVault(page);
    await nav(page, 'Contacts');
    await page.getByRole('link', { name: 'Example Soft K.K.' }).waitFor();
    await expectAuditIntact(page);

    // The reminder follows the threshold set above (10 days): 9 days after the verified
    // backup was made, nothing; 11 days after, it names its age and date.
    const dashboardAt = async (time: number, asOf: RegExp) => {
      await page.clock.setSystemTime(time);
      await nav(page, 'Cases');
      await nav(page, 'Dashboard');
      await page.getByText(asOf).waitFor();
    };
    await dashboardAt(START + 9 * DAY + HOUR, /^As of 2026-06-10 10:\d\d JST$/);
    await expect(reminder.count()).resolves.toBe(0);
    await dashboardAt(START + 11 * DAY + HOUR, /^As of 2026-06-12 10:\d\d JST$/);
    await reminder
      .getByText(
        /^The last verified backup was made 11 days ago \(2026-06-01 09:\d\d JST\)\. Save a new one and verify it\./,
      )
      .waitFor();
    app.expectClean();
  });
});
