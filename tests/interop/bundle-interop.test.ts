// A partner without Airlock reads a bundle with standard tools alone (DESIGN §6):
// `gpg --decrypt`, `sq decrypt` and `rnp --decrypt` each open a bundle made by the
// Airlock CLI, `unzip` unpacks it, and every file matches the manifest's size and SHA-256.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDocument } from '../../shared/exchange/bundle/testing/sample-case';
import { testKey, type TestKey } from '../../shared/exchange/bundle/testing/keys';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
let dir: string;
let sender: TestKey;
let recipient: TestKey;
let stranger: TestKey;
const path = (name: string): string => join(dir, name);

type CliResult = { status: number; json: Record<string, unknown> };

function airlock(...args: string[]): CliResult {
  const run = spawnSync(tsx, [join(root, 'cli', 'main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status ?? -1, json: JSON.parse(run.stdout) as Record<string, unknown> };
}

type Manifest = { files: { path: string; size: number; sha256: string }[] };

/** Unzips with Info-ZIP and checks the tree against the manifest, file by file. */
function checkUnzipped(zipFile: string): Manifest {
  const out = mkdtempSync(join(dir, 'unzipped-'));
  execFileSync('unzip', ['-q', zipFile, '-d', out]);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
  const listed = (d: string): string[] =>
    readdirSync(d).flatMap((name) =>
      statSync(join(d, name)).isDirectory()
        ? listed(join(d, name))
        : [relative(out, join(d, name))],
    );
  expect(listed(out).sort()).toEqual(
    [...manifest.files.map((f) => f.path), 'manifest.json'].sort(),
  );
  for (const file of manifest.files) {
    const data = readFileSync(join(out, file.path));
    expect(data.length, file.path).toBe(file.size);
    expect(createHash('sha256').update(data).digest('hex'), file.path).toBe(file.sha256);
  }
  return manifest;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'airlock-bundle-interop-'));
  [sender, recipient, stranger] = await Promise.all([
    testKey('Coordinator', 'correct horse'),
    testKey('Partner'),
    testKey('Stranger'),
  ]);
  writeFileSync(path('sender.sec.asc'), sender.armoredSecret);
  writeFileSync(path('sender.pub.asc'), sender.armoredPublic);
  writeFileSync(path('pass.txt'), 'correct horse\n');
  writeFileSync(path('recipient.sec.asc'), recipient.armoredSecret);
  writeFileSync(path('recipient.pub.asc'), recipient.armoredPublic);
  writeFileSync(path('stranger.sec.asc'), stranger.armoredSecret);
  writeFileSync(path('empty-pass.txt'), '');
  writeFileSync(path('case.json'), JSON.stringify(sampleDocument()));
  writeFileSync(path('poc.bin'), globalThis.crypto.getRandomValues(new Uint8Array(65_536)));
  const sealed = airlock(
    'bundle',
    'seal',
    '--case',
    path('case.json'),
    '--attach',
    path('poc.bin'),
    '--to',
    path('recipient.pub.asc'),
    '--sign-with',
    path('sender.sec.asc'),
    '--passphrase-file',
    path('pass.txt'),
    '--out',
    path('case.airlock'),
  );
  expect(sealed.json).toMatchObject({ ok: true });
  expect(sealed.status).toBe(0);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('standard tools open an Airlock bundle', () => {
  it('gpg --decrypt, with a good signature by the sender', () => {
    const home = mkdtempSync(join(dir, 'gpg-'));
    const gpg = (...args: string[]) =>
      spawnSync('gpg', ['--homedir', home, '--batch', '--yes', ...args], { encoding: 'utf8' });
    expect(gpg('--import', path('recipient.sec.asc'), path('sender.pub.asc')).status).toBe(0);
    const run = gpg(
      '--status-fd',
      '1',
      '--output',
      path('gpg.zip'),
      '--decrypt',
      path('case.airlock'),
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`VALIDSIG ${sender.fingerprint}`));
    checkUnzipped(path('gpg.zip'));
  });

  it('sq decrypt, verifying the signer', () => {
    const run = spawnSync(
      'sq',
      [
        'decrypt',
        '--recipient-key',
        path('recipient.sec.asc'),
        '--signer-cert',
        path('sender.pub.asc'),
        '--output',
        path('sq.zip'),
        path('case.airlock'),
      ],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    checkUnzipped(path('sq.zip'));
  });

  it('rnp --decrypt, with a valid signature', () => {
    const home = mkdtempSync(join(dir, 'rnp-'));
    for (const key of ['recipient.sec.asc', 'sender.pub.asc']) {
      const imported = spawnSync('rnpkeys', ['--homedir', home, '--import', path(key)], {
        encoding: 'utf8',
      });
      expect(imported.status, imported.stderr).toBe(0);
    }
    const run = spawnSync(
      'rnp',
      [
        '--homedir',
        home,
        '--decrypt',
        path('case.airlock'),
        '--output',
        path('rnp.zip'),
        '--overwrite',
      ],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/good signature|valid signature/i);
    checkUnzipped(path('rnp.zip'));
  });
});

describe('airlock bundle open', () => {
  const open = (...extra: string[]) =>
    airlock(
      'bundle',
      'open',
      path('case.airlock'),
      '--secret-key',
      path('recipient.sec.asc'),
      '--passphrase-file',
      path('empty-pass.txt'),
      '--json',
      ...extra,
    );

  it('prints the verified signer, the manifest and every file', () => {
    const result = open('--known-key', path('sender.pub.asc'));
    expect(result.status).toBe(0);
    expect(result.json).toMatchObject({
      ok: true,
      signer: { status: 'valid', fingerprint: sender.fingerprint },
    });
    const manifest = result.json.manifest as Manifest & { format: string };
    expect(manifest.format).toBe('airlock-bundle/1');
    expect(result.json.files).toEqual(
      manifest.files.map(({ path: p, size, sha256 }) => ({ path: p, size, sha256 })),
    );
  });

  it('--extract writes exactly the verified files, and refuses to overwrite', () => {
    const target = path('extracted');
    const result = open('--known-key', path('sender.pub.asc'), '--extract', target);
    expect(result.json.ok).toBe(true);
    const manifest = JSON.parse(readFileSync(join(target, 'manifest.json'), 'utf8')) as Manifest;
    for (const file of manifest.files) {
      expect(
        createHash('sha256')
          .update(readFileSync(join(target, file.path)))
          .digest('hex'),
      ).toBe(file.sha256);
    }
    // A second extraction into the same folder refuses the files already there (the same
    // code as every other writing command's existing target) and leaves them as they were.
    const before = readFileSync(join(target, 'manifest.json'));
    const again = open('--known-key', path('sender.pub.asc'), '--extract', target);
    expect(again.status).not.toBe(0);
    expect(again.json).toMatchObject({ ok: false, error: { code: 'file-exists' } });
    expect(readFileSync(join(target, 'manifest.json')).equals(before)).toBe(true);
  });

  it('an unknown signer is refused and named, and accepted only when named back', () => {
    const refused = open();
    expect(refused.status).not.toBe(0);
    expect(refused.json).toMatchObject({
      ok: false,
      error: { code: 'signer-unknown', signer: { fingerprint: sender.fingerprint } },
    });
    const accepted = open('--accept-signer', sender.fingerprint);
    expect(accepted.json).toMatchObject({ ok: true, signer: { status: 'accepted-unknown' } });
  });

  it('a key the bundle is not encrypted to gets wrong-recipient', () => {
    const result = airlock(
      'bundle',
      'open',
      path('case.airlock'),
      '--secret-key',
      path('stranger.sec.asc'),
      '--passphrase-file',
      path('empty-pass.txt'),
      '--json',
    );
    expect(result.status).not.toBe(0);
    expect(result.json).toMatchObject({ ok: false, error: { code: 'wrong-recipient' } });
  });
});
