// The coordinator's own key as GnuPG makes and exports it (`gpg --export-secret-keys`: the
// primary key and each subkey under their own iterated-and-salted S2K with GnuPG's calibrated
// count): the installed `airlock` command opens a GnuPG reply with it and seals with it, and
// GnuPG reads what it sealed. The CLI unlocks only the packet each command uses and streams
// the S2K (cli/secret-key.ts); this checks both against GnuPG's real key format.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { join, must, PASS, run, tempDir, writeTemp } from './tools';

type Json = Record<string, unknown>;

describe('a GnuPG-exported secret key in the airlock command', () => {
  let dir = '';
  let gpg: (args: string[]) => ReturnType<typeof must>;
  const fingerprints: Record<'org' | 'vendor', string> = { org: '', vendor: '' };
  let orgSecret = '';
  let vendorPublic = '';
  let passFile = '';

  const airlock = async (args: string[]) => {
    const result = await run(join(process.cwd(), 'scripts', 'airlock.mjs'), args);
    return { code: result.code, json: JSON.parse(result.stdout.toString()) as Json };
  };

  beforeAll(async () => {
    dir = await tempDir('gpg-secret');
    const home = join(dir, 'gnupg');
    await must('mkdir', ['-m', '700', home]);
    const base = ['--homedir', home, '--batch', '--yes', '--pinentry-mode', 'loopback'];
    gpg = (args) =>
      must('gpg', [...base, '--passphrase', PASS, '--trust-model', 'always', ...args]);
    for (const name of ['org', 'vendor'] as const) {
      const uid = `${name} <${name}@gpg.example>`;
      // GnuPG's defaults: an RSA primary key (sign, certify) and an RSA encryption subkey.
      await gpg(['--quick-gen-key', uid, 'default', 'default', 'never']);
      const colons = (await gpg(['--with-colons', '--list-keys', uid])).stdout.toString();
      fingerprints[name] = /^fpr:+([0-9A-F]{40}):/m.exec(colons)?.[1] ?? '';
    }
    const exported = await gpg(['--armor', '--export-secret-keys', fingerprints.org]);
    const packets = await must('gpg', [...base, '--list-packets'], { input: exported.stdout });
    // Two protected packets, each with the iterated S2K: what the CLI must not pay twice.
    expect(packets.stdout.toString().match(/iter\+salt S2K/g)).toHaveLength(2);
    orgSecret = await writeTemp(dir, 'org-secret.asc', exported.stdout.toString());
    vendorPublic = await writeTemp(
      dir,
      'vendor.asc',
      (await gpg(['--armor', '--export', fingerprints.vendor])).stdout.toString(),
    );
    passFile = await writeTemp(dir, 'pass.txt', `${PASS}\n`);
  }, 120_000);

  it('opens a signed, encrypted GnuPG reply, to a file and as JSON text', async () => {
    const plain = await writeTemp(dir, 'reply.txt', 'Fixed in 2.4.1; advisory text attached.\n');
    const reply = join(dir, 'reply.asc');
    await gpg(
      ['-u', fingerprints.vendor, '-r', fingerprints.org, '--armor', '-o', reply].concat([
        '--sign',
        '--encrypt',
        plain,
      ]),
    );
    const base = ['message', 'open', reply, '--secret-key', orgSecret, '--passphrase-file'];
    const args = [...base, passFile, '--known-key', vendorPublic, '--json'];
    const asJson = await airlock(args);
    expect(asJson.code, JSON.stringify(asJson.json)).toBe(0);
    expect(asJson.json.text).toBe('Fixed in 2.4.1; advisory text attached.\n');
    expect(asJson.json.signatures).toEqual([{ status: 'valid', fingerprint: fingerprints.vendor }]);
    const out = join(dir, 'opened.txt');
    const toFile = await airlock([...args, '--out', out]);
    expect(toFile.code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe('Fixed in 2.4.1; advisory text attached.\n');
  });

  it('seals with it, and GnuPG decrypts and verifies the result', async () => {
    const plain = await writeTemp(
      dir,
      'letter.txt',
      'Publication moved to 2027-01-20 10:00 JST.\n',
    );
    const sealed = join(dir, 'letter.asc');
    const result = await airlock(
      ['message', 'seal', '--in', plain, '--to', vendorPublic, '--sign-with', orgSecret].concat([
        '--passphrase-file',
        passFile,
        '--out',
        sealed,
      ]),
    );
    expect(result.code, JSON.stringify(result.json)).toBe(0);
    expect(result.json.signer).toBe(fingerprints.org);
    const status = await gpg([
      '--status-fd',
      '1',
      '-o',
      join(dir, 'letter.out'),
      '--decrypt',
      sealed,
    ]);
    expect(status.stdout.toString()).toMatch(new RegExp(`VALIDSIG ${fingerprints.org}`));
    expect(await readFile(join(dir, 'letter.out'), 'utf8')).toBe(
      'Publication moved to 2027-01-20 10:00 JST.\n',
    );
  });

  it('a wrong passphrase is a bad-passphrase failure, not a crash', async () => {
    const wrong = await writeTemp(dir, 'wrong.txt', 'nope\n');
    const reply = join(dir, 'reply.asc');
    const result = await airlock([
      'message',
      'open',
      reply,
      '--secret-key',
      orgSecret,
      '--passphrase-file',
      wrong,
      '--json',
    ]);
    expect(result.code).not.toBe(0);
    expect(result.json).toMatchObject({ ok: false, error: { code: 'bad-passphrase' } });
  });
});
