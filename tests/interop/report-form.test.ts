// The finder's report form (issue 27 item 6) against real GnuPG: `airlock report-form` takes
// a coordinator key GnuPG made, and what the form's own seal function (cli/report-form/seal.ts,
// the code the page runs) writes, signed with a finder key GnuPG made, `gpg --decrypt` opens
// and verifies, giving back the report document.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { sealReport, unlockFinderKey } from '../../cli/report-form/seal';
import { parseReportForm } from '../../shared/exchange/report-form/document';
import { sampleReportForm } from '../../shared/exchange/report-form/testing/sample';
import { join, must, run, tempDir, writeTemp } from './tools';

const PASS = 'finder passphrase';
let dir = '';
let gpg: (args: string[], input?: string) => Promise<string>;
const fpr = async (uid: string) =>
  /^fpr:+([0-9A-F]{40}):/m.exec(await gpg(['--with-colons', '--list-keys', uid]))?.[1] ?? '';

beforeAll(async () => {
  dir = await tempDir('report-form');
  const home = join(dir, 'gnupg');
  await must('mkdir', ['-m', '700', home]);
  gpg = async (args, input) =>
    (
      await must(
        'gpg',
        [...['--homedir', home, '--batch', '--yes', '--pinentry-mode', 'loopback'], ...args],
        input === undefined ? {} : { input },
      )
    ).stdout.toString();
  for (const [uid, pass] of [
    ['Coordinator <coord@gpg.example>', ''],
    ['Finder <finder@gpg.example>', PASS],
  ] as const) {
    await gpg(['--passphrase', pass, '--quick-gen-key', uid, 'ed25519', 'sign', '1y']);
    await gpg(['--passphrase', pass, '--quick-add-key', await fpr(uid), 'cv25519', 'encr', '1y']);
  }
}, 120_000);

describe('the report form and GnuPG', () => {
  it('gpg decrypts and verifies what the form seals to a GnuPG coordinator key', async () => {
    const coordinator = await fpr('coord@gpg.example');
    const finder = await fpr('finder@gpg.example');
    await writeTemp(dir, 'coord.pub.asc', await gpg(['--armor', '--export', coordinator]));
    const html = join(dir, 'form.html');
    const made = await run(join(process.cwd(), 'scripts', 'airlock.mjs'), [
      ...['report-form', '--to', join(dir, 'coord.pub.asc'), '--out', html],
    ]);
    expect(JSON.parse(made.stdout.toString())).toMatchObject({
      ok: true,
      fingerprint: coordinator,
    });
    // The key the page encrypts to is the one embedded in the file.
    const data = /<script type="application\/json" id="airlock-form-data">(.*?)<\/script>/.exec(
      await readFile(html, 'utf8'),
    )?.[1];
    const embedded = (JSON.parse(data ?? '{}') as { key: string }).key;

    const finderSecret = await gpg([
      ...['--passphrase', PASS, '--armor', '--export-secret-keys', finder],
    ]);
    const signer = await unlockFinderKey(finderSecret, PASS);
    const report = {
      ...sampleReportForm(),
      reporter: { ...sampleReportForm().reporter, pgpKeyFingerprint: finder },
    };
    const armored = await sealReport(report, embedded, signer);
    await writeTemp(dir, 'report.asc', armored);

    // Status lines on stderr (--status-fd 2), the plain text into report.json.
    const opened = await must('gpg', [
      ...[
        '--homedir',
        join(dir, 'gnupg'),
        '--batch',
        '--status-fd',
        '2',
        '--trust-model',
        'always',
      ],
      ...['--output', join(dir, 'report.json'), '--decrypt', join(dir, 'report.asc')],
    ]);
    expect(opened.stderr).toMatch(new RegExp(`VALIDSIG ${finder}`));
    const plain = await readFile(join(dir, 'report.json'), 'utf8');
    expect(plain).toBe(JSON.stringify(report));
    expect(parseReportForm(plain)).toEqual({ ok: true, value: report });
  }, 120_000);
});
