// A Japanese vendor's reply as Windows mail clients save it: Shift_JIS text clearsigned by
// real GnuPG, inside an .eml with quoted-printable transfer encoding. Imported through the
// Import screen it must show a valid signature and the Japanese text without mojibake.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeAs, textEml } from '../interop/japanese-mail';
import { createVault, generateOrgKey, nav } from './flows';
import { launchApp, type AppSession } from './harness';

const run = promisify(execFile);
const VENDOR_UID = 'Vendor PSIRT <psirt@vendor.example>';
const KEY_PASSPHRASE = 'org key passphrase for the japanese e2e 2026';
// "ソ" and "表" end in 0x5C in Shift_JIS; line 1 ends in spaces that are not signed.
const LINES = [
  '[AL-2026-0042] 脆弱性の件、修正版 2.0.1 を公開しました。  ',
  '対象：ソフトウェア一覧表をご覧ください',
];
const SHOWN = LINES.map((l) => l.trimEnd()).join('\n');

let app: AppSession | undefined;
let work: string | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
  if (work !== undefined) await rm(work, { recursive: true, force: true });
  work = undefined;
});

/** A vendor signing key in a throw-away GNUPGHOME; the reply .eml and the key file. */
async function vendorReply(dir: string): Promise<{ eml: string; key: string }> {
  const home = join(dir, 'gnupg');
  await run('mkdir', ['-m', '700', home]);
  const gpg = (args: string[]) =>
    run('gpg', ['--homedir', home, '--batch', '--pinentry-mode', 'loopback', ...args], {
      env: { ...process.env, GNUPGHOME: home },
    });
  await gpg(['--passphrase', '', '--quick-gen-key', VENDOR_UID, 'ed25519', 'sign', '1y']);
  const key = join(dir, 'vendor.asc');
  await gpg(['--armor', '--output', key, '--export', 'psirt@vendor.example']);
  const text = join(dir, 'reply.txt');
  await writeFile(text, await encodeAs(LINES.join('\n'), 'shift_jis'));
  const signed = join(dir, 'reply.txt.asc');
  await gpg(['--passphrase', '', '--output', signed, '--clearsign', text]);
  const eml = join(dir, 'reply-sjis.eml');
  const body = await readFile(signed);
  await writeFile(eml, textEml({ charset: 'Shift_JIS', encoding: 'quoted-printable', body }));
  return { eml, key };
}

describe('a Shift_JIS clearsigned .eml on the Import screen', () => {
  it('shows a valid signature and the Japanese text', async () => {
    work = await mkdtemp(join(tmpdir(), 'airlock-sjis-'));
    const { eml, key } = await vendorReply(work);

    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await createVault(page);

    await generateOrgKey(page, undefined, KEY_PASSPHRASE);
    const keyChooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import key files…' }).click();
    await (await keyChooser).setFiles(key);
    await page.getByText(`Imported 1 key(s): ${VENDOR_UID}`).waitFor();

    await nav(page, 'Import');
    await page.getByRole('tab', { name: 'Messages' }).click();
    const replyChooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose reply files…' }).click();
    await (await replyChooser).setFiles(eml);
    const preview = page.getByRole('article', { name: 'reply-sjis.eml' });
    await preview.getByText(`Valid signature by ${VENDOR_UID}`).waitFor();
    const shown = await preview.getByLabel('Message text').innerText();
    expect(shown.trimEnd()).toBe(SHOWN);

    app.expectClean();
  });
});
