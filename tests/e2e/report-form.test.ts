// Issue 27 items 5 and 6 in real Chromium, in one lean session: a vendor key that expired
// (made by GnuPG under --faked-system-time) refuses sealing, naming the key.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './harness';
import {
  ACCEPTABLE_CHECKLIST,
  createCaseFromIntake,
  createVault,
  enterReport,
  generateOrgKey,
  importKeyFile,
} from './flows';

const run = promisify(execFile);
const EXPIRED_UID = 'Expired Vendor <psirt@expired.example>';

let app: AppSession | undefined;
let work: string | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
  if (work !== undefined) await rm(work, { recursive: true, force: true });
  work = undefined;
});

/** A GnuPG key made on 2020-01-01 that expired a year later, exported to `out`. */
async function expiredVendorKey(home: string, out: string): Promise<string> {
  const gpg = (args: string[]) =>
    run('gpg', ['--homedir', home, '--batch', '--pinentry-mode', 'loopback', ...args]);
  await gpg(
    ['--faked-system-time', '20200101T000000', '--passphrase', ''].concat([
      '--quick-gen-key',
      EXPIRED_UID,
      'future-default',
      'default',
      '1y',
    ]),
  );
  const listed = await gpg(['--with-colons', '--list-keys', 'psirt@expired.example']);
  const fpr = /^fpr:+([0-9A-F]{40}):/m.exec(listed.stdout)?.[1];
  if (fpr === undefined) throw new Error('no fingerprint');
  await gpg(['--armor', '--output', out, '--export', fpr]);
  return fpr;
}

describe('key health and the finder report form in real Chromium', () => {
  it('refuses to seal to an expired vendor key, naming it', async () => {
    work = await mkdtemp(join(tmpdir(), 'airlock-report-form-'));
    const home = join(work, 'gnupg');
    await run('mkdir', ['-m', '700', home]);
    const expiredFile = join(work, 'expired.asc');
    const fpr = await expiredVendorKey(home, expiredFile);

    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await createVault(page);
    await generateOrgKey(page);
    await importKeyFile(page, expiredFile);
    // The keyring lists the unusable key first and says why.
    const keys = page.getByRole('table', { name: 'Keys' });
    await keys.getByRole('row').nth(1).getByText('Unusable').waitFor();
    await expect(keys.getByRole('row').nth(1).textContent()).resolves.toContain(EXPIRED_UID);

    await enterReport(page, {
      title: 'Buffer overflow in Expired Router',
      reporterName: 'Taro Yamada',
      reporterContact: 'taro@example.jp',
      productName: 'Expired Router',
      version: '1.0',
      url: 'https://expired.example/router',
      poc: 'send 5000 bytes',
      impact: 'Remote code execution.',
      checklist: ACCEPTABLE_CHECKLIST,
    });
    await createCaseFromIntake(page);
    await page.getByRole('tab', { name: 'Messages' }).click();
    await page.getByRole('checkbox', { name: EXPIRED_UID }).check();
    const refusal = page.getByTestId('key-health').getByRole('alert');
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    expect(text).toContain('Not sealed: a recipient key cannot be used.');
    expect(text).toContain(`${EXPIRED_UID} (${fpr}): expired on 2020-12-31`);
    const seal = page.getByRole('button', { name: 'Seal and save' });
    await expect(seal.isDisabled()).resolves.toBe(true);
  }, 180_000);
});
