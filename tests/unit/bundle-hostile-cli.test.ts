import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { airlockGroup } from './testing/cli';
import {
  casePath,
  entries,
  json,
  seal,
  sender,
  setUpHostileKit,
  withFile,
} from '../../shared/exchange/bundle/testing/hostile-kit';
import { testKey, type TestKey } from '../../shared/exchange/bundle/testing/keys';
import { rawZip, type RawEntry } from '../../shared/exchange/bundle/testing/raw-zip';

/**
 * `airlock bundle open` on validly signed bundles whose content is hostile (issue 29): they
 * opened with ok:true and extracted. Each now exits non-zero with its documented code and
 * --extract writes nothing.
 */
const airlock = airlockGroup('bundle');

let dir: string;
let me: TestKey;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-bundle-hostile-'));
  await setUpHostileKit();
  me = await testKey('Recipient CERT', 'correct horse');
  await Promise.all([
    writeFile(file('me.sec.asc'), me.armoredSecret),
    writeFile(file('pass.txt'), 'correct horse\n'),
    writeFile(file('sender.pub.asc'), sender.armoredPublic),
  ]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function open(name: string, list: RawEntry[]) {
  await writeFile(file(name), await seal(rawZip(list), sender, me));
  const extract = file(`${name}.d`);
  const result = await airlock(
    ...['open', file(name), '--secret-key', file('me.sec.asc'), '--passphrase-file'],
    ...[file('pass.txt'), '--known-key', file('sender.pub.asc'), '--extract', extract, '--json'],
  );
  const extracted = await readdir(extract).catch(() => null);
  return { ...result, extracted };
}

const withLocal = (local: NonNullable<RawEntry['local']>) =>
  entries().map((e) => (e.name.endsWith('case.json') ? { ...e, local } : e));

describe('airlock bundle open: hostile content under a valid signature', () => {
  it('the untouched bundle opens (the set-up is sound)', async () => {
    const result = await open('valid.airlock', entries());
    expect(result).toMatchObject({ code: 0, json: { ok: true } });
  }, 60_000);

  for (const [name, local] of [
    ['local sizes differ from the directory', { compressedSize: 9, size: 3 }],
    ['local header says stored, the directory deflate', { method: 0 }],
  ] as const) {
    it(`${name}: zip-invalid, nothing extracted`, async () => {
      const result = await open('local.airlock', withLocal(local));
      expect(result.code).not.toBe(0);
      expect(result.json).toMatchObject({ ok: false, error: { code: 'zip-invalid' } });
      expect(result.extracted).toBeNull();
    }, 60_000);
  }

  it("attachment metadata whose SHA-256 is not its blob's: hash-mismatch", async () => {
    const list = entries();
    const metaPath = casePath('attachments.json');
    const metas = JSON.parse(
      new TextDecoder().decode(list.find((e) => e.name === metaPath)?.data),
    ) as { sha256: string }[];
    const lying = await withFile(
      list,
      metaPath,
      json(metas.map((m) => ({ ...m, sha256: '0'.repeat(64) }))),
    );
    const result = await open('hash.airlock', lying);
    expect(result.code).not.toBe(0);
    expect(result.json).toMatchObject({ ok: false, error: { code: 'hash-mismatch' } });
    expect(result.extracted).toBeNull();
  }, 60_000);
});
