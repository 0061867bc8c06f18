import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { airlockGroup } from './testing/cli';
import { openDb } from '../../renderer/store/db';
import { PASSPHRASE, freshStore, makeCase } from '../../renderer/store/testing/test-support';
import { parseBackup, sealBackup, utf8 } from '../../shared/crypto/vault';
import { TEST_KDF } from '../../shared/crypto/vault/testing/test-kdf';

/** `airlock backup verify` on backups made by the real store under fake-indexeddb. */
const airlock = airlockGroup('backup');

let dir: string;
const file = (name: string) => path.join(dir, name);

const backupOf = async (name: string, tamper?: (dbName: string) => Promise<void>) => {
  const store = await freshStore();
  for (let i = 1; i <= 3; i += 1) await store.repos.cases.put(makeCase(i));
  const att = await store.attachments.put(
    { caseId: null, name: 'poc.txt', mediaType: 'text/plain' },
    utf8('proof of concept'),
  );
  if (!att.ok) throw new Error(att.error.message);
  if (tamper !== undefined) await tamper(store.dbName);
  const backup = await store.backup();
  if (!backup.ok) throw new Error(backup.error.message);
  await writeFile(file(name), backup.value);
  store.close();
  return file(name);
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-backup-cli-'));
  await writeFile(file('pass.txt'), `${PASSPHRASE}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('airlock backup verify', () => {
  it('checks every row, the attachment and the chain of a sound backup', async () => {
    const sound = await backupOf('sound.airlock-backup');
    expect(await airlock('verify', sound, '--passphrase-file', file('pass.txt'))).toEqual({
      code: 0,
      json: {
        ok: true,
        createdAt: expect.any(String) as unknown,
        vaultId: expect.any(String) as unknown,
        rows: 10,
        // One of them covers the attachment's chunks (audit chain v2).
        entries: 6,
        head: { seq: 6, hash: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown },
      },
    });
  });

  it('names a row that does not decrypt and an attachment whose chunk was altered', async () => {
    let caseId = '';
    let attachmentId = '';
    const damaged = await backupOf('damaged.airlock-backup', async (dbName) => {
      const db = openDb(dbName);
      const [row] = await db.cases.toArray();
      const [chunk] = await db.attachmentChunks.toArray();
      if (row === undefined || chunk === undefined) throw new Error('no rows');
      caseId = row.id;
      attachmentId = chunk.aid;
      await db.cases.put({ ...row, ct: row.ct.map((b, i) => (i === 0 ? b ^ 1 : b)) });
      await db.attachmentChunks.put({
        ...chunk,
        ct: chunk.ct.map((b, i) => (i === 0 ? b ^ 1 : b)),
      });
      db.close();
    });
    const out = await airlock('verify', damaged, '--passphrase-file', file('pass.txt'));
    expect(out).toMatchObject({ code: 1, json: { ok: false, error: { code: 'backup.damaged' } } });
    expect((out.json as { problems: unknown[] }).problems).toEqual(
      expect.arrayContaining([
        { table: 'cases', id: caseId, problem: 'unreadable' },
        { table: 'attachments', id: attachmentId, problem: 'attachment-corrupt' },
      ]),
    );
  });

  it('refuses a header asking for 4 GiB of Argon2id before deriving', async () => {
    const sound = await readFile(await backupOf('again.airlock-backup'));
    const parsed = parseBackup(sound);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const vault = parsed.value.header.vault;
    const hostile = { ...vault, kdf: { ...vault.kdf, memoryKiB: 4 * 1024 * 1024, iterations: 64 } };
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
    ]);
    await writeFile(file('hostile.airlock-backup'), await sealBackup(key, hostile, utf8('{}')));
    const out = await airlock(
      'verify',
      file('hostile.airlock-backup'),
      '--passphrase-file',
      file('pass.txt'),
    );
    expect(out).toMatchObject({ code: 1, json: { error: { code: 'backup.kdf-too-costly' } } });
  });
});

describe('airlock backup verify --against (the CLI has no live vault: a backup of it now)', () => {
  it('says a backup made before a master-key rotation holds the older key', async () => {
    const store = await freshStore();
    await store.repos.cases.put(makeCase(1));
    const write = async (name: string) => {
      const made = await store.backup();
      if (!made.ok) throw new Error(made.error.message);
      await writeFile(file(name), made.value);
      return file(name);
    };
    const before = await write('before-rotation.airlock-backup');
    expect((await store.rotateMasterKey(PASSPHRASE, { kdf: TEST_KDF })).ok).toBe(true);
    const now = await write('after-rotation.airlock-backup');
    store.close();
    const verify = (backup: string) =>
      airlock('verify', backup, '--passphrase-file', file('pass.txt'), '--against', now);

    const older = await verify(before);
    expect(older).toMatchObject({
      code: 0,
      json: {
        ok: true,
        comparison: { relation: 'older', sameVault: true, olderMasterKey: true },
        warning: { code: 'backup.older-master-key' },
      },
    });
    const same = await verify(now);
    expect(same).toMatchObject({
      code: 0,
      json: { comparison: { relation: 'same', olderMasterKey: false } },
    });
    expect(same.json).not.toHaveProperty('warning');
  });
});
