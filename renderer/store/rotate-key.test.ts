import { describe, expect, it } from 'vitest';
import { openBackup, openChunks, openRecord, type OpenedBackup } from '../../shared/crypto/vault';
import { TEST_KDF } from '../../shared/crypto/vault/testing/test-kdf';
import { openDb, type AirlockDb } from './db';
import { PASSPHRASE, freshStore, makeCase, memoryMirror } from './testing/test-support';

const keysOf = async (bytes: Uint8Array): Promise<OpenedBackup['keys']> => {
  const opened = await openBackup(bytes, PASSPHRASE);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value.keys;
};

const backupOf = async (store: Awaited<ReturnType<typeof freshStore>>) => {
  const made = await store.backup();
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
};

/** Whether `keys` open the live rows: a case, an audit row and an attachment's chunks. */
const opensLiveRows = async (
  db: AirlockDb,
  keys: OpenedBackup['keys'],
  ids: { kase: string; att: string },
) => {
  const row = await db.cases.get(ids.kase);
  const [auditRow] = await db.audit.toArray();
  const chunks = await db.attachmentChunks.where('aid').equals(ids.att).sortBy('idx');
  if (row === undefined || auditRow === undefined) throw new Error('no rows');
  return {
    record: (await openRecord(keys.record, 'cases', row)).ok,
    audit: (await openRecord(keys.record, 'audit', auditRow)).ok,
    attachment: (await openChunks(keys, ids.att, chunks, chunks.length)) !== null,
  };
};

describe('rotating the master key (issue 29, item 6)', () => {
  it('re-seals every row: an older backup no longer opens the live rows; the vault unlocks, verifies and reads everything', async () => {
    const store = await freshStore({ anchorMirror: memoryMirror() });
    const kase = makeCase(1, { title: 'Embargo until 2026-06-01' });
    await store.repos.cases.put(kase);
    const put = await store.attachments.put(
      { caseId: kase.id, name: 'poc.txt', mediaType: 'text/plain' },
      new TextEncoder().encode('proof of concept'),
    );
    if (!put.ok) throw new Error(put.error.message);
    const ids = { kase: kase.id, att: put.value.id };
    const db = openDb(store.dbName);
    const older = await backupOf(store);
    const oldKeys = await keysOf(older);
    const olderRow = await db.cases.get(kase.id);
    expect(await opensLiveRows(db, oldKeys, ids)).toEqual({
      record: true,
      audit: true,
      attachment: true,
    });

    const rotated = await store.rotateMasterKey(PASSPHRASE, { kdf: TEST_KDF });
    expect(rotated).toMatchObject({ ok: true, value: { records: 2, chunks: 1 } });

    // The key inside the older backup (with the passphrase it was made with) opens nothing live.
    expect(await opensLiveRows(db, oldKeys, ids)).toEqual({
      record: false,
      audit: false,
      attachment: false,
    });
    // The live key (as a backup made now carries it) opens the live rows, not the older copy.
    const liveKeys = await keysOf(await backupOf(store));
    expect(await opensLiveRows(db, liveKeys, ids)).toEqual({
      record: true,
      audit: true,
      attachment: true,
    });
    if (olderRow === undefined) throw new Error('no row');
    expect((await openRecord(liveKeys.record, 'cases', olderRow)).ok).toBe(false);

    // "Verify backup" says the older backup holds the older master key; a new one does not.
    expect(await store.checkBackup(older, PASSPHRASE)).toMatchObject({
      ok: true,
      value: { comparison: { relation: 'older', olderMasterKey: true } },
    });
    expect(await store.checkBackup(await backupOf(store), PASSPHRASE)).toMatchObject({
      ok: true,
      value: { comparison: { relation: 'same', olderMasterKey: false } },
    });

    // Same passphrase, same data, a sound chain with the rotation in it.
    expect(
      store.repos.audit.all().some((e) => e.table === 'vault' && e.recordId === 'rotate-key'),
    ).toBe(true);
    expect(await store.verifyAuditLog()).toMatchObject({ ok: true, value: { ok: true } });
    store.lock();
    const unlocked = await store.unlock(PASSPHRASE);
    expect(unlocked).toMatchObject({ ok: true, value: { loadIssues: [], audit: { ok: true } } });
    expect(store.repos.cases.get(kase.id)?.title).toBe('Embargo until 2026-06-01');
    const read = await store.attachments.read(ids.att);
    expect(read.ok && new TextDecoder().decode(read.value)).toBe('proof of concept');
    expect(await store.verifyAuditLog()).toMatchObject({ ok: true, value: { ok: true } });

    // The rows of the older backup put back under the rotated vault's header do not decrypt.
    await db.cases.put(olderRow);
    store.lock();
    const after = await store.unlock(PASSPHRASE);
    expect(after.ok && after.value.loadIssues.map((i) => i.id)).toEqual([kase.id]);
    db.close();
  });

  it('a wrong passphrase changes nothing', async () => {
    const store = await freshStore();
    await store.repos.cases.put(makeCase(1));
    const before = await store.storeDigest();
    expect(await store.rotateMasterKey('not the passphrase', { kdf: TEST_KDF })).toMatchObject({
      ok: false,
      error: { code: 'vault.wrong-passphrase' },
    });
    expect(await store.storeDigest()).toBe(before);
  });
});
