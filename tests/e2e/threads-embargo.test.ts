// Issue 13 in real Chromium: a vendor reply imported from a file lands unread in that
// vendor's thread and the unread counts go down when it is opened; the agreed publication
// moment shows the same instant in JST, UTC and a third zone chosen in Settings.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import { launchApp, type AppSession } from './harness';
import {
  ACCEPTABLE_CHECKLIST,
  editVendorDetails,
  addContact,
  createCaseFromIntake,
  createVault,
  enterReport,
  nav,
  openTab,
  pickFile,
  contactCaseVendor,
  recordVendorReply,
} from './flows';

const run = promisify(execFile);
const VENDOR = 'Vendor PSIRT';
const VENDOR_UID = `${VENDOR} <psirt@vendor.example>`;
const ORG_UID = 'Airlock CSIRT <csirt@airlock.example>';
const THIRD_ZONE = 'America/New_York';

let app: AppSession | undefined;
let work: string | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
  if (work !== undefined) await rm(work, { recursive: true, force: true });
  work = undefined;
});

const gpgIn =
  (home: string) =>
  async (args: string[]): Promise<string> =>
    (
      await run('gpg', ['--homedir', home, '--batch', ...args], {
        env: { ...process.env, GNUPGHOME: home },
      })
    ).stdout;

/** The wall clock of an instant in a zone, as the case screen writes it (`YYYY-MM-DD HH:mm`). */
const wall = (instant: string, zone: string): string => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
};

describe('threads, unread replies and the embargo moment in real Chromium', () => {
  it('a reply lands unread in its vendor thread; the embargo end reads the same in three zones', async () => {
    work = await mkdtemp(join(tmpdir(), 'airlock-threads-'));
    const home = join(work, 'gnupg');
    await run('mkdir', ['-m', '700', home]);
    const gpg = gpgIn(home);
    const pass = ['--pinentry-mode', 'loopback', '--passphrase', ''];
    await gpg([...pass, '--quick-gen-key', VENDOR_UID, 'ed25519', 'sign', '1y']);
    const vendorFpr = /^fpr:+([0-9A-F]{40}):/m.exec(
      await gpg(['--with-colons', '--list-keys', 'psirt@vendor.example']),
    )?.[1];
    if (vendorFpr === undefined) throw new Error('no vendor key');
    await gpg([...pass, '--quick-add-key', vendorFpr, 'cv25519', 'encr', '1y']);
    const vendorFile = join(work, 'vendor.asc');
    await gpg(['--armor', '--output', vendorFile, '--export', vendorFpr]);

    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(45_000);
    await page.goto(app.baseUrl);
    await createVault(page);

    // The organisation key, exported to the vendor's GnuPG.
    await nav(page, 'Keyring');
    await page.getByLabel(/^Name/).fill('Airlock CSIRT');
    await page.getByLabel(/^E-mail/).fill('csirt@airlock.example');
    await page.getByLabel(/^Key passphrase/).fill('org key passphrase 2026');
    await page.getByLabel(/^Confirm key passphrase/).fill('org key passphrase 2026');
    await page.getByRole('button', { name: 'Generate organisation key' }).click();
    await page.getByText(/^Organisation key generated: /).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: `Details of ${ORG_UID}` }).click();
    const exported = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export public key' }).click();
    const orgFile = join(work, 'org.asc');
    await (await exported).saveAs(orgFile);
    await gpg(['--import', orgFile]);
    const orgFpr = /^fpr:+([0-9A-F]{40}):/m.exec(
      await gpg(['--with-colons', '--list-keys', 'csirt@airlock.example']),
    )?.[1];

    // The vendor's key, linked to its contact (that is how a reply finds its thread).
    await addContact(page, VENDOR, 'ベンダー PSIRT');
    await nav(page, 'Keyring');
    await pickFile(page, 'Import key files…', vendorFile);
    await page.getByRole('status').filter({ hasText: 'Imported 1 key(s)' }).waitFor();
    await page.getByRole('button', { name: `Details of ${VENDOR_UID}` }).click();
    await page.getByRole('combobox', { name: 'Link to contact' }).click();
    await page.getByRole('option', { name: VENDOR, exact: true }).click();

    // The third zone, chosen in Settings.
    await nav(page, 'Settings');
    await page.getByLabel('Your time zone').selectOption(THIRD_ZONE);
    // The key generation stored the settings with the default language; keep the UI in English.
    await page.getByRole('main').getByLabel('Language', { exact: true }).selectOption('en');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved in the vault.').waitFor();

    await enterReport(page, {
      title: 'Command injection in Vendor Router diagnostics',
      reporterName: 'Hanako Suzuki',
      reporterContact: 'hanako@example.jp',
      productName: 'Vendor Router',
      vendorName: VENDOR,
      version: '3.1',
      url: 'https://vendor.example/router',
      poc: 'ping=;id',
      impact: 'Remote command execution as root.',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    const caseId = await createCaseFromIntake(page);
    const ref = (await page.getByTestId('case-ref').textContent()) ?? '';
    // The vendor is contacted and answers before any date is agreed with it.
    await contactCaseVendor(page, VENDOR);
    await recordVendorReply(page, VENDOR);
    await openTab(page, 'Overview');

    // Embargo: a date alone is refused with a reason; with 10:00 JST it is agreed.
    const day = wall(new Date(Date.now() + 20 * 86_400_000).toISOString(), 'Asia/Tokyo').slice(
      0,
      10,
    );
    await page.getByLabel('Publication date', { exact: true }).fill(day);
    await page.getByLabel('Time', { exact: true }).fill('');
    await page
      .getByTestId('embargo-refusal')
      .getByText(/Enter the publication time/)
      .waitFor();
    const propose = page.getByRole('button', { name: 'Propose', exact: true });
    await expect(propose.isDisabled()).resolves.toBe(true);
    await page.getByLabel('Time', { exact: true }).fill('10:00');
    await expect.poll(() => propose.isEnabled()).toBe(true);
    await propose.click();
    const agree = page.getByRole('button', { name: 'Agree', exact: true });
    await expect.poll(() => agree.isEnabled()).toBe(true);
    await agree.click();
    const moment = page.getByTestId('agreed-moment');
    await moment.waitFor();
    const instant = new Date(`${day}T10:00:00+09:00`).toISOString();
    for (const zone of ['Asia/Tokyo', 'UTC', THIRD_ZONE]) {
      await moment.locator(`[data-zone="${zone}"]`).getByText(wall(instant, zone)).waitFor();
    }
    await moment.getByText(`${THIRD_ZONE} (your zone)`).waitFor();
    expect(wall(instant, 'UTC')).toBe(`${day} 01:00`);
    expect(await seriousViolations(page)).toEqual([]);

    // A signed reply from the vendor, imported from its file.
    const input = join(work, 'reply.txt');
    await writeFile(input, `[${ref}] Re: report\n\nWe reproduced it; a fix is coming.\n`);
    const replyFile = join(work, 'reply.asc');
    await gpg([
      ...pass,
      ...['--yes', '--trust-model', 'always', '-u', vendorFpr, '--sign'],
      ...['-r', orgFpr ?? '', '--encrypt', '--armor', '--output', replyFile, input],
    ]);
    await nav(page, 'Import');
    await page.getByRole('tab', { name: 'Messages' }).click();
    await pickFile(page, 'Choose reply files…', replyFile);
    const preview = page.getByRole('article', { name: 'reply.asc' });
    await preview.getByRole('button', { name: 'Store in case' }).click();
    await preview
      .getByRole('status')
      .filter({ hasText: `Stored in case ${ref}.` })
      .waitFor();

    // Unread everywhere: dashboard, case list, case header, its thread.
    await nav(page, 'Dashboard');
    await page.getByTestId('dashboard-unread-total').getByText('1 unread').waitFor();
    await nav(page, 'Cases');
    const row = page
      .getByRole('grid', { name: /^Cases/ })
      .getByRole('row')
      .filter({ hasText: ref });
    await row.getByText('1 unread').waitFor();
    await page.evaluate((id) => {
      window.location.hash = `#/cases/${id}`;
    }, caseId);
    await page.getByTestId('case-unread').getByText('1 unread').waitFor();
    await page.getByRole('tab', { name: 'Messages' }).click();
    await page.getByLabel('Threads of this case').selectOption({ label: `${VENDOR} (1 unread)` });
    const list = page.getByRole('listbox', { name: `Messages in ${VENDOR}` });
    const option = list.getByRole('option').filter({ hasText: `[${ref}] Re: report` });
    await expect(option.getAttribute('data-unread')).resolves.toBe('true');
    expect(await seriousViolations(page)).toEqual([]);

    // Opening it with "u" (next unread) reads it: every count goes down.
    await list.focus();
    await page.keyboard.press('u');
    await page
      .getByTestId('open-message')
      .getByText('We reproduced it; a fix is coming.')
      .waitFor();
    await expect.poll(() => option.getAttribute('data-unread')).toBe('false');
    await page.getByTestId('case-unread').waitFor({ state: 'detached' });
    await nav(page, 'Dashboard');
    await page.getByTestId('dashboard-unread-total').getByText('No unread message.').waitFor();

    // The vendor works on a product of the case; the reply, tied to that product, moves
    // from the vendor's main thread to the vendor+product thread.
    await page.evaluate((id) => {
      window.location.hash = `#/cases/${id}`;
    }, caseId);
    await openTab(page, 'Vendors');
    const details = await editVendorDetails(page, VENDOR);
    await details.getByRole('button', { name: 'Add product' }).click();
    await details.getByLabel('Product 1 name').fill('Vendor Router');
    await details.getByLabel('Product 1 versions').fill('3.1');
    await details.getByLabel('Product 1 status').selectOption({ label: 'Affected' });
    await details.getByRole('button', { name: 'Save vendor details' }).click();
    await details.waitFor({ state: 'hidden' });
    await openTab(page, 'Messages');
    const threadPicker = page.getByLabel('Threads of this case');
    await threadPicker.selectOption({ label: VENDOR });
    await list
      .getByRole('option')
      .filter({ hasText: `[${ref}] Re: report` })
      .click();
    const productThread = page.getByTestId('open-message').getByLabel('Product thread');
    await productThread.selectOption({ label: 'Vendor Router' });
    const tiedThread = `${VENDOR} · Vendor Router`;
    await threadPicker.selectOption({ label: tiedThread });
    await page
      .getByRole('listbox', { name: `Messages in ${tiedThread}` })
      .getByRole('option')
      .filter({ hasText: `[${ref}] Re: report` })
      .waitFor();
    // Its only message moved: the vendor's main thread is gone from the picker.
    await expect
      .poll(() => threadPicker.locator('option').allTextContents())
      .toEqual(['All threads', tiedThread]);
    expect(await seriousViolations(page)).toEqual([]);

    app.expectClean();
  });
});
