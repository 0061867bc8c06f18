// Vendor messages end to end: the organisation key made in the keyring, a vendor key made by
// real GnuPG, a sealed message GnuPG opens and verifies, and GnuPG replies (signed, unsigned,
// tampered) opened on the Import screen.
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
  pickFile,
  generateOrgKey,
} from './flows';

const run = promisify(execFile);
const VENDOR_UID = 'Vendor PSIRT <psirt@vendor.example>';
const ORG_UID = 'Airlock CSIRT <csirt@airlock.example>';

let app: AppSession | undefined;
let work: string | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
  if (work !== undefined) await rm(work, { recursive: true, force: true });
  work = undefined;
});

type Gpg = (args: string[], input?: string) => Promise<{ stdout: string; stderr: string }>;

function gpgIn(home: string): Gpg {
  return async (args) => {
    const { stdout, stderr } = await run('gpg', ['--homedir', home, '--batch', ...args], {
      env: { ...process.env, GNUPGHOME: home },
    });
    return { stdout, stderr };
  };
}

async function vendorKey(gpg: Gpg, out: string): Promise<string> {
  await gpg(
    ['--pinentry-mode', 'loopback', '--passphrase', '', '--quick-gen-key', VENDOR_UID].concat([
      'ed25519',
      'sign',
      '1y',
    ]),
  );
  const listed = await gpg(['--with-colons', '--list-keys', 'psirt@vendor.example']);
  const fpr = /^fpr:+([0-9A-F]{40}):/m.exec(listed.stdout)?.[1];
  if (fpr === undefined) throw new Error(`no vendor fingerprint in ${listed.stdout}`);
  await gpg(
    ['--pinentry-mode', 'loopback', '--passphrase', '', '--quick-add-key', fpr].concat([
      'cv25519',
      'encr',
      '1y',
    ]),
  );
  await gpg(['--armor', '--output', out, '--export', fpr]);
  return fpr;
}

/** Opens a reply file on Import › Messages and returns its preview (or failure) region. */
async function openReply(page: Page, path: string) {
  await nav(page, 'Import');
  await page.getByRole('tab', { name: 'Messages' }).click();
  await pickFile(page, 'Choose reply files…', path);
}

async function caseMessageRows(page: Page, caseId: string) {
  // A hash change, not a reload: a reload locks the vault and forgets the organisation key.
  await page.evaluate((id) => {
    window.location.hash = `#/cases/${id}`;
  }, caseId);
  // The case's own tab: until the route has rendered, Import's "Messages" tab is the one
  // on screen, and clicking it would leave the case on its first tab.
  await page
    .getByRole('tablist', { name: 'Case sections' })
    .getByRole('tab', { name: 'Messages' })
    .click();
  await page.getByRole('heading', { name: 'New message' }).waitFor();
  // The case's messages are a virtualised list of vendor threads (issue 13).
  return page.getByRole('listbox', { name: 'Messages in All threads' }).getByRole('option');
}

/** Changes one base64 character in the middle of an armored message body. */
function tamper(armored: string): string {
  const lines = armored.split('\n');
  const body = lines.map((l, i) => ({ l, i })).filter(({ l }) => /^[A-Za-z0-9+/]{40,}$/.test(l));
  const target = body[Math.floor(body.length * 0.6)];
  if (target === undefined) throw new Error('no base64 body line');
  const at = Math.floor(target.l.length / 2);
  const flipped = target.l[at] === 'A' ? 'B' : 'A';
  lines[target.i] = target.l.slice(0, at) + flipped + target.l.slice(at + 1);
  return lines.join('\n');
}

describe('vendor messages in real Chromium with GnuPG on the other side', () => {
  it('seals to a GnuPG vendor key and opens signed, unsigned and tampered replies', async () => {
    work = await mkdtemp(join(tmpdir(), 'airlock-msg-'));
    const home = join(work, 'gnupg');
    await run('mkdir', ['-m', '700', home]);
    const gpg = gpgIn(home);
    const vendorFile = join(work, 'vendor.asc');
    const vendorFpr = await vendorKey(gpg, vendorFile);

    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await createVault(page);

    // 1. The organisation key, generated in the keyring, and its public key exported.
    await generateOrgKey(page);
    const revocation = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save revocation certificate' }).click();
    const revocationFile = join(work, 'revocation.asc');
    await (await revocation).saveAs(revocationFile);
    expect(await readFile(revocationFile, 'utf8')).toContain(
      '-----BEGIN PGP PUBLIC KEY BLOCK-----',
    );
    await page.getByRole('button', { name: `Details of ${ORG_UID}` }).click();
    const exported = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export public key' }).click();
    const orgFile = join(work, 'org.asc');
    await (await exported).saveAs(orgFile);
    expect(await readFile(orgFile, 'utf8')).toContain('-----BEGIN PGP PUBLIC KEY BLOCK-----');
    expect(await readFile(orgFile, 'utf8')).not.toContain('PRIVATE KEY');
    await gpg(['--import', orgFile]);
    const orgListed = await gpg(['--with-colons', '--list-keys', 'csirt@airlock.example']);
    const orgFpr = /^fpr:+([0-9A-F]{40}):/m.exec(orgListed.stdout)?.[1];
    expect(orgFpr).toMatch(/^[0-9A-F]{40}$/);

    // 2. The vendor's GnuPG key, imported from its file.
    await pickFile(page, 'Import key files…', vendorFile);
    await page
      .getByRole('status')
      .filter({ hasText: `Imported 1 key(s): ${VENDOR_UID}` })
      .waitFor();
    await page
      .getByRole('table', { name: 'Keys' })
      .getByRole('cell', { name: VENDOR_UID, exact: true })
      .waitFor();

    // 3. A case from the intake wizard.
    await enterReport(page, {
      title: 'Stored XSS in Vendor Router admin',
      reporterName: 'Taro Yamada',
      reporterContact: 'taro@example.jp',
      productName: 'Vendor Router',
      vendorName: 'Vendor PSIRT',
      version: '2.0.1',
      url: 'https://vendor.example/router',
      poc: 'POST /admin/name with <script>',
      impact: 'An attacker can run script in the administrator session.',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    const caseId = await createCaseFromIntake(page);
    const ref = (await page.getByTestId('case-ref').textContent()) ?? '';
    expect(ref).toMatch(/^[A-Z]+-\d{4}-\d{4}$/);

    // 4. Seal a message to the vendor's key and save it; GnuPG opens and verifies it.
    await page.getByRole('tab', { name: 'Messages' }).click();
    await page.getByRole('checkbox', { name: VENDOR_UID }).check();
    await page.getByRole('checkbox', { name: 'Use the unverified key anyway' }).check();
    await page.getByLabel('Subject', { exact: true }).fill('Vulnerability report');
    await page
      .getByLabel('Message', { exact: true })
      .fill('We found a stored XSS.\nDetails follow.');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Seal and save' }).click();
    const sealedFile = join(work, 'sealed.asc');
    await (await download).saveAs(sealedFile);
    await page.getByRole('status').filter({ hasText: 'Sealed and saved' }).waitFor();
    const plainFile = join(work, 'plain.txt');
    const opened = await gpg([
      ...['--pinentry-mode', 'loopback', '--passphrase', '', '--status-fd', '1'],
      ...['--output', plainFile, '--decrypt', sealedFile],
    ]);
    expect(opened.stdout).toMatch(new RegExp(`\\[GNUPG:\\] GOODSIG [0-9A-F]+ ${'Airlock CSIRT'}`));
    expect(opened.stdout).toContain(`[GNUPG:] VALIDSIG`);
    expect(opened.stdout).toContain(orgFpr ?? 'missing');
    const plain = await readFile(plainFile, 'utf8');
    expect(plain.split('\n')[0]).toContain(ref);
    expect(plain).toContain('We found a stored XSS.');
    const rows = await caseMessageRows(page, caseId);
    await expect(rows.count()).resolves.toBe(1);
    await rows.first().getByText('Sent').waitFor();

    // 4b. Our own sealed letter picked as a "reply" (it opens: it is encrypted to us too) is
    // named as our own copy and cannot be stored; no screen counts it as a vendor's reply.
    await openReply(page, sealedFile);
    const ownCopy = page.getByRole('article', { name: 'sealed.asc' });
    await ownCopy.getByText('Our own letter, not a vendor’s reply').waitFor();
    await ownCopy.getByText(/signed by our own organisation key/).waitFor();
    await expect(ownCopy.getByRole('button', { name: /^Store/ }).count()).resolves.toBe(0);
    await nav(page, 'Dashboard');
    await page.getByTestId('dashboard-unread-total').getByText('No unread message.').waitFor();

    // 5. A signed and encrypted reply: matched to the case, valid signature, stored.
    const reply = async (name: string, sign: boolean) => {
      const input = join(work ?? '', `${name}.txt`);
      await writeFile(input, `[${ref}] Re: Vulnerability report\n\nConfirmed; a fix is planned.\n`);
      const out = join(work ?? '', `${name}.asc`);
      await gpg([
        ...['--pinentry-mode', 'loopback', '--passphrase', '', '--yes', '--trust-model', 'always'],
        ...(sign ? ['-u', vendorFpr, '--sign'] : []),
        ...['-r', orgFpr ?? '', '--encrypt', '--armor', '--output', out, input],
      ]);
      return out;
    };
    const signed = await reply('reply-signed', true);
    await openReply(page, signed);
    const preview = page.getByRole('article', { name: 'reply-signed.asc' });
    await preview.getByText(`Valid signature by ${VENDOR_UID}`).waitFor();
    await preview.getByText(`Proposed case: ${ref}`).waitFor();
    await preview.getByText('Confirmed; a fix is planned.').waitFor();
    await preview.getByRole('button', { name: 'Store in case' }).click();
    await preview
      .getByRole('status')
      .filter({ hasText: `Stored in case ${ref}.` })
      .waitFor();
    const afterReply = await caseMessageRows(page, caseId);
    await expect(afterReply.count()).resolves.toBe(2);
    await afterReply.filter({ hasText: 'Received' }).click();
    await page.getByTestId('open-message').getByText(`Valid signature by ${VENDOR_UID}`).waitFor();

    // 5b. The same file taken in again: the preview says where it already is; no second copy.
    await openReply(page, signed);
    const again = page.getByRole('article', { name: 'reply-signed.asc' });
    await again.getByText(new RegExp(`already stored in case ${ref} on `)).waitFor();
    await expect(again.getByRole('button', { name: /^Store/ }).count()).resolves.toBe(0);
    await expect((await caseMessageRows(page, caseId)).count()).resolves.toBe(2);

    // 6. An encrypted-only reply says plainly that it is unsigned.
    const unsigned = await reply('reply-unsigned', false);
    await openReply(page, unsigned);
    const unsignedPreview = page.getByRole('article', { name: 'reply-unsigned.asc' });
    await unsignedPreview.getByText('Unsigned: this message carries no signature').waitFor();
    await expect(unsignedPreview.getByText(/Valid signature/).count()).resolves.toBe(0);

    // 7. A modified or truncated reply is refused with its reason; nothing is stored.
    const armored = await readFile(signed, 'utf8');
    const tampered = join(work, 'reply-tampered.asc');
    await writeFile(tampered, tamper(armored));
    await openReply(page, tampered);
    const refused = page
      .getByRole('alert')
      .filter({ hasText: 'reply-tampered.asc could not be opened' });
    await expect(refused.textContent()).resolves.toMatch(
      /(damaged or was modified|truncated|not an OpenPGP message).*Nothing was opened or stored\./,
    );
    await expect(page.getByRole('button', { name: 'Store in case' }).count()).resolves.toBe(0);
    const truncated = join(work, 'reply-truncated.asc');
    await writeFile(truncated, armored.slice(0, Math.floor(armored.length / 2)));
    await openReply(page, truncated);
    await page
      .getByRole('alert')
      .filter({ hasText: 'reply-truncated.asc could not be opened' })
      .getByText(/Nothing was opened or stored\./)
      .waitFor();
    const finalRows = await caseMessageRows(page, caseId);
    await expect(finalRows.count()).resolves.toBe(2);

    app.expectClean();
  });
});
