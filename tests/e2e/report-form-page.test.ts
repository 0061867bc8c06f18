// The finder's offline report form (issue 27 item 6) end to end in real Chromium: the HTML
// `airlock report-form` writes for the app's own organisation key, opened from file:// with
// the harness's egress check (every request but the file itself fails the test; a CSP
// violation is a console error and fails it too), filled in and saved; GnuPG decrypts the
// download with the organisation's exported secret key; imported in the app it opens intake
// with every field filled and the finder's checklist items answered. A tampered copy is
// refused with the reason.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Download, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createVault, generateOrgKey, nav } from './flows';
import { gpgHome } from './gpg';
import { launchApp, type AppSession } from './harness';

const run = promisify(execFile);
const EXPORT_PASSPHRASE = 'exported org key passphrase 2026';

let app: AppSession | undefined;
let work: string | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
  if (work !== undefined) await rm(work, { recursive: true, force: true });
  work = undefined;
});

/** The organisation key's public and secret halves, exported from the Keyring's details. */
async function exportOrgKey(page: Page, dir: string): Promise<{ pub: string; sec: string }> {
  await page
    .getByRole('button', { name: /^Details of Airlock CSIRT/ })
    .first()
    .click();
  const save = async (click: () => Promise<void>, file: string) => {
    const download = page.waitForEvent('download');
    await click();
    await (await download).saveAs(join(dir, file));
    return join(dir, file);
  };
  const pub = await save(
    () => page.getByRole('button', { name: 'Export public key' }).click(),
    'org.pub.asc',
  );
  await page.getByRole('button', { name: 'Export secret key…' }).click();
  await page.getByLabel('Export passphrase').fill(EXPORT_PASSPHRASE);
  await page.getByLabel('I understand and want to export the secret key').check();
  const sec = await save(
    () => page.getByRole('button', { name: 'Export secret key', exact: true }).click(),
    'org.sec.asc',
  );
  return { pub, sec };
}

describe('the finder report form in real Chromium', () => {
  it('fills offline, saves a message gpg decrypts, and its import fills intake', async () => {
    work = await mkdtemp(join(tmpdir(), 'airlock-report-form-page-'));
    const dir = work;
    app = await launchApp();
    const { page, context } = app;
    page.setDefaultTimeout(30_000);
    await page.goto(app.baseUrl);
    await createVault(page);
    await generateOrgKey(page);
    const keys = await exportOrgKey(page, dir);

    const html = join(dir, 'report-form.html');
    const made = await run(process.execPath, [
      ...['scripts/airlock.mjs', 'report-form', '--to', keys.pub, '--out', html],
    ]);
    expect(JSON.parse(made.stdout)).toMatchObject({ ok: true });

    // The finder's browser: the file itself is the only request allowed; anything else
    // reaches the harness's route, which aborts it and records the problem.
    const finder = await context.newPage();
    finder.setDefaultTimeout(30_000);
    const url = pathToFileURL(html).href;
    await finder.route(url, (route) => route.continue());
    const downloads: Download[] = [];
    finder.on('download', (d) => downloads.push(d));
    await finder.goto(url);
    await finder.getByRole('heading', { name: '脆弱性関連情報の届出' }).waitFor();
    await finder.getByLabel('件名（1 行）').fill('OS command injection in Example Router');
    // No longer than a case title may be: intake would refuse it after the finder has gone.
    await expect(finder.getByLabel('件名（1 行）').getAttribute('maxlength')).resolves.toBe('300');
    // Saving too early names what is missing, in the page's language, and saves nothing.
    await finder.getByRole('button', { name: '暗号化して保存' }).click();
    await finder
      .getByRole('status')
      .getByText(/^未入力の項目: 氏名、/)
      .waitFor();
    await finder.getByRole('button', { name: 'Fill in in English' }).click();
    await finder.getByRole('heading', { name: 'Vulnerability report' }).waitFor();
    const field = (label: string) => finder.getByLabel(label, { exact: true });
    await expect(field('Title (one line)').inputValue()).resolves.toBe(
      'OS command injection in Example Router',
    );
    await field('Your name').fill('Taro Yamada');
    await field('How to contact you (e-mail, phone)').fill('taro@finder.example');
    await field('You may credit me in the advisory').check();
    await field('Name to credit').fill('T. Yamada');
    await field('Product').fill('Example Router');
    await field('Developer or vendor').fill('Example Networks');
    await field('Exact version or model affected').fill('2.3.1');
    await field('Link to the product page').fill('https://vendor.example/router');
    await field('How you found it').fill('Manual review of the admin UI');
    await field('Tools used (comma separated)').fill('Burp Suite, curl');
    await field('Proof of concept: code or steps that show the vulnerability').fill(
      'curl -d "host=;id" https://router/admin/ping',
    );
    await field('Impact').fill('Remote command execution as root');
    await field('Time constraint: date (e.g. a talk), if any').fill('2027-03-01');
    await field('What happens on that date').fill('Conference talk');
    await field('I have contacted (or will contact) the vendor or others').check();
    await field('Who, when, and their answer').fill('Vendor support on 2026-11-20, no reply');
    expect(downloads).toHaveLength(0);
    await finder.getByRole('button', { name: 'Encrypt and save' }).click();
    await finder
      .getByRole('status')
      .getByText(/^Saved vulnerability-report-\d{8}\.asc/)
      .waitFor();
    expect(downloads).toHaveLength(1);
    const saved = join(dir, downloads[0]?.suggestedFilename() ?? 'report.asc');
    await downloads[0]?.saveAs(saved);
    await finder.close();

    // The coordinator's GnuPG opens it with the organisation's secret key.
    const gpg = await gpgHome(join(dir, 'gnupg'));
    const withPassphrase = ['--pinentry-mode', 'loopback', '--passphrase', EXPORT_PASSPHRASE];
    await gpg([...withPassphrase, '--import', keys.sec]);
    await gpg([...withPassphrase, '--output', join(dir, 'report.json'), '--decrypt', saved]);
    const doc = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(doc).toMatchObject({
      format: 'airlock-report-form/1',
      language: 'en',
      title: 'OS command injection in Example Router',
      product: { name: 'Example Router', version: '2.3.1' },
      discovery: { tools: ['Burp Suite', 'curl'] },
      timeConstraints: [{ date: '2027-03-01', description: 'Conference talk' }],
      otherParties: { contacted: true },
    });

    // A tampered copy (one bit of the encrypted data flipped) is refused, nothing opened.
    const dearmored = join(dir, 'tampered.gpg');
    await gpg(['--yes', '--output', dearmored, '--dearmor', saved]);
    const bytes = new Uint8Array(await readFile(dearmored));
    bytes[bytes.length - 30] = (bytes[bytes.length - 30] ?? 0) ^ 0x01;
    await writeFile(dearmored, bytes);

    await nav(page, 'Import');
    await page.getByRole('tab', { name: 'Messages' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose reply files…' }).click();
    await (await chooser).setFiles([dearmored, saved]);
    await page
      .getByRole('alert')
      .filter({ hasText: 'tampered.gpg could not be opened' })
      .getByText(/damaged or was modified/)
      .waitFor();
    const preview = page.getByRole('article', { name: /^Finder’s report form: / });
    await preview.getByText('Finder: Taro Yamada (taro@finder.example)').waitFor();
    // Saved without a finder's key: the preview says the key the form names is their word only.
    await preview
      .getByText(/^Not signed: the finder’s key named in the form is their word only/)
      .waitFor();
    await preview.getByRole('button', { name: 'Open in intake' }).click();

    await page.getByRole('heading', { name: 'New report', level: 2 }).waitFor();
    await page
      .getByRole('status')
      .getByText(/^Filled from the finder’s report form/)
      .waitFor();
    const intake = (label: string) => page.getByLabel(label, { exact: true });
    const expected: Record<string, string> = {
      'Case title': 'OS command injection in Example Router',
      'Reporter name': 'Taro Yamada',
      'Reporter contact (e-mail, phone or address)': 'taro@finder.example',
      'Product name': 'Example Router',
      'Developer or site operator': 'Example Networks',
      'Exact version': '2.3.1',
      'Product URL': 'https://vendor.example/router',
      'Proof of concept': 'curl -d "host=;id" https://router/admin/ping',
      Impact: 'Remote command execution as root',
      // The checklist items the finder answered.
      'Exact version and product link given': 'yes',
      'Discovery method and tools given': 'yes',
      'Proof of concept given': 'yes',
      'Impact or threat model described': 'yes',
    };
    for (const [label, value] of Object.entries(expected))
      await expect(intake(label).inputValue(), label).resolves.toBe(value);

    app.expectClean();
  }, 240_000);
});
