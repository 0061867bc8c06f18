import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { airlockGroup } from './testing/cli';
import { openDb } from '../../renderer/store/db';
import type { AirlockStore } from '../../renderer/store/open-store';
import { PASSPHRASE, freshStore, makeCase } from '../../renderer/store/testing/test-support';

/**
 * `airlock audit verify <backup> --passphrase-file F` through the launcher (what
 * `npm run -s airlock` runs), on backups made by the real store under fake-indexeddb.
 */
const airlock = airlockGroup('audit');

let dir: string;
const file = (name: string) => path.join(dir, name);

/** A vault with four writes after creation, backed up; `tamper` runs on its raw database first. */
const backupOf = async (
  name: string,
  tamper?: (dbName: string, store: AirlockStore) => Promise<void>,
) => {
  const store = await freshStore();
  for (let i = 1; i <= 4; i += 1) await store.repos.cases.put(makeCase(i));
  if (tamper !== undefined) await tamper(store.dbName, store);
  const backup = await store.backup();
  if (!backup.ok) throw new Error(backup.error.message);
  await writeFile(file(name), backup.value);
  store.close();
  return file(name);
};

/** `audit verify` names one row as not what its latest entry wrote. */
const expectChanged = async (backup: string, table: string, recordId: string) => {
  const out = await airlock('verify', backup, '--passphrase-file', file('pass.txt'));
  expect(out).toMatchObject({
    code: 1,
    json: {
      ok: false,
      error: { code: 'audit.records-mismatch' },
      records: [{ table, recordId, problem: 'changed' }],
    },
  });
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-audit-cli-'));
  await writeFile(file('pass.txt'), `${PASSPHRASE}\n`);
  await writeFile(file('wrong.txt'), 'not the passphrase\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('airlock audit verify', () => {
  it('accepts a sound backup and prints its chain head', async () => {
    const sound = await backupOf('sound.airlock-backup');
    const out = await airlock('verify', sound, '--passphrase-file', file('pass.txt'));
    expect(out).toEqual({
      code: 0,
      json: {
        ok: true,
        vaultId: expect.any(String) as unknown,
        entries: 5,
        head: { seq: 5, hash: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown },
        anchor: 'ok',
      },
    });
  });

  it('catches a backup whose chain was truncated (the newest audit rows deleted)', async () => {
    const truncated = await backupOf('truncated.airlock-backup', async (dbName) => {
      const db = openDb(dbName);
      await db.audit.bulkDelete([4, 5]);
      db.close();
    });
    const out = await airlock('verify', truncated, '--passphrase-file', file('pass.txt'));
    expect(out).toMatchObject({
      code: 1,
      json: { ok: false, error: { code: 'audit.tail-missing' }, anchoredSeq: 5, headSeq: 3 },
    });
  });

  it('catches a removed entry in the middle of the chain', async () => {
    const gap = await backupOf('gap.airlock-backup', async (dbName) => {
      const db = openDb(dbName);
      await db.audit.delete(2);
      db.close();
    });
    const out = await airlock('verify', gap, '--passphrase-file', file('pass.txt'));
    expect(out).toMatchObject({
      code: 1,
      json: {
        error: { code: 'audit.chain-broken' },
        firstBreak: { seq: 2, reason: 'sequence-gap' },
      },
    });
  });

  it('names a record rolled back to an older ciphertext under the kept audit log', async () => {
    let id = '';
    const rolled = await backupOf('rolled.airlock-backup', async (dbName, store) => {
      const db = openDb(dbName);
      const [older] = await db.cases.toArray();
      const kase = store.repos.cases.get(older?.id ?? '');
      if (older === undefined || kase === undefined) throw new Error('no case');
      id = older.id;
      await store.repos.cases.put({ ...kase, title: 'A later title' });
      await db.cases.put(older);
      db.close();
    });
    await expectChanged(rolled, 'cases', id);
  });

  it('names an attachment whose chunk was rolled back to an older ciphertext', async () => {
    const aid = crypto.randomUUID();
    const rolled = await backupOf('chunk.airlock-backup', async (dbName, store) => {
      const caseId = store.repos.cases.all()[0]?.id ?? '';
      const put = (fill: number) =>
        store.transact((tx) => {
          tx.putAttachment(
            { id: aid, caseId, name: 'poc.bin', mediaType: 'application/octet-stream' },
            new Uint8Array(1000).fill(fill),
          );
        });
      await put(1);
      const db = openDb(dbName);
      const older = await db.attachmentChunks.get([aid, 0]);
      await put(2);
      if (older === undefined) throw new Error('no chunk');
      await db.attachmentChunks.put(older);
      db.close();
    });
    await expectChanged(rolled, 'attachmentChunks', aid);
  });

  it('refuses a wrong passphrase and a file that is not a backup with clear codes', async () => {
    const sound = await backupOf('again.airlock-backup');
    expect(await airlock('verify', sound, '--passphrase-file', file('wrong.txt'))).toMatchObject({
      code: 1,
      json: { ok: false, error: { code: 'backup.wrong-passphrase' } },
    });
    expect(
      await airlock('verify', file('pass.txt'), '--passphrase-file', file('pass.txt')),
    ).toMatchObject({ code: 1, json: { error: { code: 'backup.malformed' } } });
    expect(await airlock('verify', sound)).toMatchObject({ json: { error: { code: 'usage' } } });
  });
});
