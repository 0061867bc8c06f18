// Nothing lost: every CLI command that writes a file refuses one that exists (file-exists,
// non-zero exit, the file byte-identical, no temporary file left beside it) unless --force,
// and refuses a target that is one of its own inputs even with --force (file-is-input).
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestKey, vendorMessage } from '../../shared/crypto/pgp/testing/test-support';
import { airlockGroup } from './testing/cli';

const message = airlockGroup('message');
const key = airlockGroup('key');
const reportForm = airlockGroup('report-form');
const advisory = airlockGroup('advisory');

let dir: string;
const file = (name: string) => path.join(dir, name);
const PRECIOUS = 'the analyst notes nobody may lose\n';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-overwrite-cli-'));
  const [org, vendor] = await Promise.all([makeTestKey('Org'), makeTestKey('Vendor')]);
  const reply = await vendorMessage({
    text: 'reply body\n',
    signer: vendor.key,
    encryptTo: [org.key],
  });
  const clearsigned = await vendorMessage({ text: 'signed body\n', signer: vendor.key });
  await Promise.all([
    writeFile(file('org.sec.asc'), org.armoredSecret),
    writeFile(file('org.pass'), `${org.passphrase}\n`),
    writeFile(file('vendor.pub.asc'), vendor.armoredPublic),
    writeFile(file('reply.asc'), reply),
    writeFile(file('signed.asc'), clearsigned),
    writeFile(file('letter.txt'), 'Dear vendor\n'),
  ]);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A fresh existing target holding PRECIOUS. */
async function precious(name: string): Promise<string> {
  await writeFile(file(name), PRECIOUS);
  return file(name);
}

async function expectUntouched(target: string, bytes = PRECIOUS): Promise<void> {
  expect(await readFile(target, 'utf8')).toBe(bytes);
  expect((await readdir(dir)).filter((n) => n.endsWith('.part'))).toEqual([]);
}

const openArgs = (input: string, out: string) => [
  ...['open', input, '--secret-key', file('org.sec.asc'), '--passphrase-file', file('org.pass')],
  ...['--known-key', file('vendor.pub.asc'), '--json', '--out', out],
];
const sealArgs = (out: string) => [
  ...['seal', '--in', file('letter.txt'), '--to', file('vendor.pub.asc')],
  ...['--sign-with', file('org.sec.asc'), '--passphrase-file', file('org.pass'), '--out', out],
];
const exportArgs = (out: string) => [
  ...['export', '--public', '--in', file('vendor.pub.asc'), '--out', out],
];
const formArgs = (out: string) => ['--to', file('vendor.pub.asc'), '--out', out];

type Case = {
  name: string;
  run: (out: string, ...extra: string[]) => Promise<{ code: number; json: object }>;
  /** An input of the command, to be refused as its output. */
  input: string;
};

const cases: Case[] = [
  {
    name: 'message open --out (encrypted, streamed)',
    run: (out, ...x) => message(...openArgs(file('reply.asc'), out), ...x),
    input: 'reply.asc',
  },
  {
    name: 'message open --out (signed, in memory)',
    run: (out, ...x) => message(...openArgs(file('signed.asc'), out), ...x),
    input: 'signed.asc',
  },
  {
    name: 'message seal --out',
    run: (out, ...x) => message(...sealArgs(out), ...x),
    input: 'letter.txt',
  },
  {
    name: 'key export --out',
    run: (out, ...x) => key(...exportArgs(out), ...x),
    input: 'vendor.pub.asc',
  },
  {
    name: 'report-form --out',
    run: (out, ...x) => reportForm(...formArgs(out), ...x),
    input: 'vendor.pub.asc',
  },
];

describe('every command that writes a file keeps an existing one', () => {
  it.each(cases)(
    '$name refuses an existing file and leaves it byte-identical',
    async (c) => {
      const target = await precious('existing.out');
      const result = await c.run(target);
      expect(result.code).not.toBe(0);
      expect(result.json).toMatchObject({ ok: false, error: { code: 'file-exists' } });
      expect(JSON.stringify(result.json)).toContain(target);
      await expectUntouched(target);
    },
    60_000,
  );

  it.each(cases)(
    '$name replaces it with --force',
    async (c) => {
      const target = await precious('forced.out');
      const result = await c.run(target, '--force');
      expect(result).toMatchObject({ code: 0, json: { ok: true } });
      expect(await readFile(target, 'utf8')).not.toBe(PRECIOUS);
      await expectUntouched(file('vendor.pub.asc'), await readFile(file('vendor.pub.asc'), 'utf8'));
    },
    60_000,
  );

  it.each(cases)(
    '$name refuses its own input as output, even with --force',
    async (c) => {
      const input = file(c.input);
      const before = await readFile(input, 'utf8');
      const result = await c.run(input, '--force');
      expect(result.code).not.toBe(0);
      expect(result.json).toMatchObject({ ok: false, error: { code: 'file-is-input' } });
      await expectUntouched(input, before);
    },
    60_000,
  );

  it('key generate writes none of its files when one exists, and refuses two outputs alike', async () => {
    const existing = await precious('org2.pub.asc');
    const args = [
      ...['generate', '--name', 'Org Two', '--email', 'two@example.org'],
      ...['--passphrase-file', file('org.pass'), '--out-secret', file('org2.sec.asc')],
    ];
    const refused = await key(...args, '--out-public', existing);
    expect(refused).toMatchObject({ code: 1, json: { ok: false, error: { code: 'file-exists' } } });
    await expectUntouched(existing);
    expect((await readdir(dir)).includes('org2.sec.asc')).toBe(false);

    const same = await key(...args, '--out-public', file('org2.sec.asc'), '--force');
    expect(same).toMatchObject({ code: 1, json: { ok: false, error: { code: 'file-is-input' } } });
    expect((await readdir(dir)).includes('org2.sec.asc')).toBe(false);

    const forced = await key(...args, '--out-public', existing, '--force');
    expect(forced).toMatchObject({ code: 0, json: { ok: true } });
    expect(await readFile(existing, 'utf8')).toContain('BEGIN PGP PUBLIC KEY BLOCK');
  }, 60_000);

  it('advisory render refuses a file of the same name in --out, and replaces it with --force', async () => {
    const draft = 'tests/fixtures/advisories/single-vendor-software.json';
    const outDir = file('rendered');
    const first = await advisory('render', draft, '--format', 'md', '--out', outDir);
    expect(first).toMatchObject({ code: 0, json: { ok: true } });
    const [written] = first.json.files as string[];
    await writeFile(written ?? '', PRECIOUS);
    const again = await advisory('render', draft, '--format', 'md', '--out', outDir);
    expect(again).toMatchObject({ code: 1, json: { ok: false, error: { code: 'file-exists' } } });
    expect(await readFile(written ?? '', 'utf8')).toBe(PRECIOUS);
    const forced = await advisory('render', draft, '--format', 'md', '--out', outDir, '--force');
    expect(forced).toMatchObject({ code: 0, json: { ok: true } });
    expect(await readFile(written ?? '', 'utf8')).not.toBe(PRECIOUS);
  }, 60_000);
});
