// Keys and contacts are one fact (issue 23 item 3), walked as a new analyst does it, with
// vendor keys made by real GnuPG: a fingerprint typed on a contact links the key imported
// before it (and, the other way round, a key imported after its contact); a reply signed by
// that key lands in the vendor's thread and moves the vendor's status with no manual
// linking; an unsigned reply is stored only through "Store as unverified"; a message not
// tied to a vendor is assigned to one; Reply fills the composer; a broken file is listed.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './harness';
import {
  ACCEPTABLE_CHECKLIST,
  createCaseFromIntake,
  createVault,
  enterReport,
  nav,
  openTab,
  vendorRow,
  generateOrgKey,
} from './flows';

const run = promisify(execFile);
const ALPHA = 'Alpha PSIRT';
const BETA = 'Beta PSIRT';
const uid = (name: string) => `${name} <psirt@${name.split(' ')[0]?.toLowerCase()}.example>`;

let app: AppSession | undefined;
let work: string | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
  if (work !== undefined) await rm(work, { recursive: true, force: true });
  work = undefined;
});

type Gpg = (args: string[]) => Promise<string>;
const gpgIn =
  (home: string): Gpg =>
  async (args) =>
    (
      await run('gpg', ['--homedir', home, '--batch', ...args], {
        env: { ...process.env, GNUPGHOME: home },
      })
    ).stdout;
const pass = ['--pinentry-mode', 'loopback', '--passphrase', ''];

/** A vendor key (ed25519 + cv25519 subkey) made by gpg, exported to `out`. */
async function vendorKey(gpg: Gpg, name: string, out: string): Promise<string> {
  await gpg([...pass, '--quick-gen-key', uid(name), 'ed25519', 'sign', '1y']);
  const listed = await gpg(['--with-colons', '--list-keys', uid(name)]);
  const fpr = /^fpr:+([0-9A-F]{40}):/m.exec(listed)?.[1];
  if (fpr === undefined) throw new Error(`no fingerprint in ${listed}`);
  await gpg([...pass, '--quick-add-key', fpr, 'cv25519', 'encr', '1y']);
  await gpg(['--armor', '--output', out, '--export', fpr]);
  return fpr;
}

async function pick(page: Page, button: string, paths: string | string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(paths);
}

async function newContact(page: Page, name: string, fingerprint: string): Promise<void> {
  await nav(page, 'Contacts');
  await page.getByRole('link', { name: 'Add a contact' }).click();
  await page.getByLabel('Name (English)').fill(name);
  // As people copy it: lower case, in groups of four.
  const grouped = fingerprint
    .toLowerCase()
    .replace(/(.{4})/g, '$1 ')
    .trim();
  await page.getByLabel('PGP key fingerprints (one per line)').fill(grouped);
  await page.getByRole('button', { name: 'Save contact' }).click();
  await page.waitForURL(/#\/contacts\/[0-9a-f-]{36}$/);
}

describe('keys and contacts are one fact, in real Chromium with GnuPG vendors', () => {
  it('links by fingerprint both ways, files replies under their vendor, refuses one-click unverified', async () => {
    work = await mkdtemp(join(tmpdir(), 'airlock-link-'));
    const home = join(work, 'gnupg');
    await run('mkdir', ['-m', '700', home]);
    const gpg = gpgIn(home);
    const alphaFile = join(work, 'alpha.asc');
    const betaFile = join(work, 'beta.asc');
    const alphaFpr = await vendorKey(gpg, ALPHA, alphaFile);
    const betaFpr = await vendorKey(gpg, BETA, betaFile);

    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await createVault(page);

    // The organisation key, and its public key for the vendors to encrypt to.
    await generateOrgKey(page);
    await page
      .getByRole('button', { name: 'Details of Airlock CSIRT <csirt@airlock.example>' })
      .click();
    const exported = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export public key' }).click();
    const orgFile = join(work, 'org.asc');
    await (await exported).saveAs(orgFile);
    await gpg(['--import', orgFile]);
    const orgFpr = /^fpr:+([0-9A-F]{40}):/m.exec(
      await gpg(['--with-colons', '--list-keys', 'csirt@airlock.example']),
    )?.[1];
    if (orgFpr === undefined) throw new Error('org key not in gpg');

    // Key first, contact second: the contact form says the key is linked.
    await pick(page, 'Import key files…', alphaFile);
    await page.getByRole('status').filter({ hasText: 'Imported 1 key(s)' }).waitFor();
    await newContact(page, ALPHA, alphaFpr);
    const alphaLinks = page.getByRole('list', { name: 'Keys of this contact' });
    await alphaLinks.getByText(`Linked to key ${uid(ALPHA)}`).waitFor();

    // Contact first, key second: "no key yet", then the import links it.
    await newContact(page, BETA, betaFpr);
    const betaUrl = page.url();
    await page
      .getByRole('list', { name: 'Keys of this contact' })
      .getByText(/No key with this fingerprint in the keyring yet/)
      .waitFor();
    await nav(page, 'Keyring');
    await pick(page, 'Import key files…', betaFile);
    await page
      .getByRole('status')
      .filter({ hasText: `${uid(BETA)} is linked to ${BETA}` })
      .waitFor();
    // A hash change, not a reload: a reload locks the vault and forgets the organisation key.
    const go = (url: string) =>
      page.evaluate((hash) => {
        window.location.hash = hash;
      }, new URL(url).hash);
    await go(betaUrl);
    await page
      .getByRole('list', { name: 'Keys of this contact' })
      .getByText(`Linked to key ${uid(BETA)}`)
      .waitFor();

    // A case with both vendors, neither contacted yet.
    await enterReport(page, {
      title: 'Path traversal in Alpha Gateway',
      reporterName: 'Taro Yamada',
      reporterContact: 'taro@example.jp',
      productName: 'Alpha Gateway',
      vendorName: ALPHA,
      version: '1.2',
      url: 'https://alpha.example/gateway',
      poc: 'GET /../../etc/passwd',
      impact: 'Reads any file on the gateway.',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    const caseId = await createCaseFromIntake(page);
    const ref = (await page.getByTestId('case-ref').textContent()) ?? '';
    const caseUrl = page.url();
    await openTab(page, 'Vendors');
    for (const name of [ALPHA, BETA]) {
      await page.getByLabel('Vendor from the contacts registry').selectOption({ label: name });
      await page.getByRole('button', { name: 'Add vendor' }).click();
      await vendorRow(page, name).getByText('Not contacted', { exact: true }).waitFor();
    }

    // Alpha's signed reply: verified, filed under Alpha, Alpha's status moves.
    const reply = async (name: string, signer: string | null) => {
      const input = join(work ?? '', `${name}.txt`);
      await writeFile(input, `[${ref}] Re: report\n\nReply from ${name}.\n`);
      const out = join(work ?? '', `${name}.asc`);
      await gpg([
        ...pass,
        ...['--yes', '--trust-model', 'always'],
        ...(signer === null ? [] : ['-u', signer, '--sign']),
        ...['-r', orgFpr, '--encrypt', '--armor', '--output', out, input],
      ]);
      return out;
    };
    await nav(page, 'Import');
    await page.getByRole('tab', { name: 'Messages' }).click();
    await pick(page, 'Choose reply files…', await reply('alpha-reply', alphaFpr));
    const signed = page.getByRole('article', { name: 'alpha-reply.asc' });
    await signed.getByText(`Valid signature by ${ALPHA} (${uid(ALPHA)})`).waitFor();
    await signed.getByRole('button', { name: 'Store in case' }).click();
    await signed
      .getByRole('status')
      .filter({ hasText: `Stored in case ${ref}.` })
      .waitFor();

    // An unsigned reply: no one-click store; stored only as unverified, with its reason.
    await pick(page, 'Choose reply files…', await reply('unsigned-reply', null));
    const unsigned = page.getByRole('article', { name: 'unsigned-reply.asc' });
    await unsigned.getByText(/Why: the reply carries no signature/).waitFor();
    await expect(unsigned.getByRole('button', { name: 'Store in case' }).count()).resolves.toBe(0);
    const asUnverified = unsigned.getByRole('button', { name: 'Store as unverified' });
    await expect(asUnverified.isDisabled()).resolves.toBe(true);
    await unsigned.getByRole('checkbox', { name: /I checked where this reply came from/ }).check();
    await asUnverified.click();
    await unsigned
      .getByRole('status')
      .filter({ hasText: `Stored in case ${ref}.` })
      .waitFor();

    // The dashboard counts Alpha's reply as a vendor reply, the unverified one apart.
    await nav(page, 'Dashboard');
    await page.getByTestId('dashboard-unread-total').getByText('1 unread').waitFor();
    await page
      .getByTestId('dashboard-unassigned-total')
      .getByText(/1 unread message tied to no vendor/)
      .waitFor();

    // Alpha's thread holds its reply; Alpha has replied; Beta is still not contacted.
    await go(caseUrl);
    await openTab(page, 'Vendors');
    await vendorRow(page, ALPHA).getByText('Acknowledged', { exact: true }).waitFor();
    await vendorRow(page, BETA).getByText('Not contacted', { exact: true }).waitFor();
    await openTab(page, 'Messages');
    const threads = page.getByLabel('Threads of this case');
    await threads.selectOption({ label: `${ALPHA} (1 unread)` });
    await page
      .getByRole('listbox', { name: `Messages in ${ALPHA}` })
      .getByRole('option')
      .filter({ hasText: `[${ref}] Re: report` })
      .click();
    const open = page.getByTestId('open-message');
    await open.getByText(`Reply from alpha-reply.`).waitFor();

    // Reply fills the composer: Alpha's key, "Re: [ref] …", its thread.
    await open.getByRole('button', { name: 'Reply' }).click();
    await expect
      .poll(() => page.getByLabel('Subject', { exact: true }).inputValue())
      .toBe(`Re: [${ref}] report`);
    await expect(page.getByRole('checkbox', { name: uid(ALPHA) }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: uid(BETA) }).isChecked()).resolves.toBe(false);

    // The unverified reply is not tied to a vendor. Nothing shows it is Beta's: choosing Beta
    // warns so, and Assign waits for what the analyst checked; then it moves to Beta's
    // thread and Beta's status moves.
    await threads.selectOption({ label: 'Not tied to a vendor (1 unread)' });
    await page
      .getByRole('listbox', { name: 'Messages in Not tied to a vendor' })
      .getByRole('option')
      .first()
      .click();
    await open.getByText('Reply from unsigned-reply.').waitFor();
    await open.getByText(/Received · sender not tied to a vendor/).waitFor();
    await open.getByLabel('Assign to a vendor').selectOption({ label: BETA });
    await open.getByText(/no valid signature by a key linked to this vendor/).waitFor();
    const assign = open.getByRole('button', { name: 'Assign', exact: true });
    await expect(assign.isDisabled()).resolves.toBe(true);
    await open
      .getByLabel('What did you check to know it comes from this vendor?')
      .fill('Phoned Beta’s PSIRT: they sent it today');
    await assign.click();
    await page.getByRole('listbox', { name: `Messages in ${BETA}` }).waitFor();
    await expect(
      threads.locator('option').filter({ hasText: 'Not tied to a vendor' }).count(),
    ).resolves.toBe(0);
    await openTab(page, 'Vendors');
    await vendorRow(page, BETA).getByText('Acknowledged', { exact: true }).waitFor();

    // Files that cannot be opened are listed with their reason, beside those that can.
    const broken = join(work, 'notes.txt');
    await writeFile(broken, 'not an OpenPGP message at all\n');
    const truncatedFile = join(work, 'truncated.asc');
    const whole = await readFile(join(work, 'alpha-reply.asc'), 'utf8');
    await writeFile(truncatedFile, whole.slice(0, Math.floor(whole.length / 2)));
    await nav(page, 'Import');
    await page.getByRole('tab', { name: 'Messages' }).click();
    await pick(page, 'Choose reply files…', [join(work, 'alpha-reply.asc'), broken, truncatedFile]);
    await page.getByRole('status').filter({ hasText: '1 file(s) opened, 2 failed.' }).waitFor();
    for (const name of ['notes.txt', 'truncated.asc']) {
      const alert = page.getByRole('alert').filter({ hasText: `${name} could not be opened` });
      await expect(alert.textContent()).resolves.toMatch(/\.\s*Nothing was opened or stored\./);
    }
    expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
    app.expectClean();
  });
});
