import { describe, expect, it } from 'vitest';
import { openDb } from './db';
import { PASSPHRASE, freshStore, makeCase } from './testing/test-support';

/** Audit chain v2 over attachment chunks (issue 29): one entry per attachment's chunk set. */
const MiB = 1024 * 1024;

const storeWithAttachment = async () => {
  const store = await freshStore();
  const kase = makeCase(1);
  await store.repos.cases.put(kase);
  const id = crypto.randomUUID();
  const put = (fill: number) =>
    store.transact((tx) => {
      tx.putAttachment(
        { id, caseId: kase.id, name: 'poc.bin', mediaType: 'application/octet-stream' },
        new Uint8Array(MiB + 100).fill(fill), // two chunks
      );
    });
  expect((await put(1)).ok).toBe(true);
  return { store, id, put, db: openDb(store.dbName) };
};

const findings = async (store: Awaited<ReturnType<typeof freshStore>>) => {
  const verdict = await store.verifyAuditLog();
  if (!verdict.ok) throw new Error(verdict.error.message);
  return verdict.value.ok ? [] : (verdict.value.records ?? []);
};

describe('audit chain v2: attachment chunks', () => {
  it('an attachment write records the digest of its chunks; Verify accepts it', async () => {
    const { store, id, db } = await storeWithAttachment();
    expect(store.repos.audit.all().filter((e) => e.recordId === id)).toEqual([
      expect.objectContaining({ table: 'attachments', op: 'put' }),
      expect.objectContaining({
        table: 'attachmentChunks',
        op: 'put',
        digest: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
      }),
    ]);
    expect(await db.attachmentChunks.where('aid').equals(id).count()).toBe(2);
    expect(await findings(store)).toEqual([]);
    db.close();
  });

  it('reports a chunk rolled back to an older ciphertext under the kept audit log', async () => {
    const { store, id, put, db } = await storeWithAttachment();
    const older = await db.attachmentChunks.get([id, 1]);
    expect((await put(2)).ok).toBe(true);
    const seq = store.repos.audit.all().at(-1)?.seq;
    if (older === undefined) throw new Error('no chunk');
    await db.attachmentChunks.put(older);
    // Same key, same attachment id, index and count: the older chunk still decrypts.
    store.lock();
    expect((await store.unlock(PASSPHRASE)).ok).toBe(true);
    expect(await findings(store)).toEqual([
      expect.objectContaining({ table: 'attachmentChunks', recordId: id, problem: 'changed' }),
    ]);
    expect(seq).toBeGreaterThan(0);
    db.close();
  });

  it('reports one chunk deleted, and all of them deleted, behind the store', async () => {
    const { store, id, db } = await storeWithAttachment();
    await db.attachmentChunks.delete([id, 1]);
    expect(await findings(store)).toEqual([
      expect.objectContaining({ table: 'attachmentChunks', recordId: id, problem: 'changed' }),
    ]);
    await db.attachmentChunks.where('aid').equals(id).delete();
    expect(await findings(store)).toEqual([
      expect.objectContaining({ table: 'attachmentChunks', recordId: id, problem: 'missing' }),
    ]);
    db.close();
  });

  it('an attachment deleted through the store is no finding; its chunks put back are', async () => {
    const { store, id, db } = await storeWithAttachment();
    const chunks = await db.attachmentChunks.where('aid').equals(id).toArray();
    expect((await store.attachments.delete(id)).ok).toBe(true);
    expect(store.repos.audit.all().at(-1)).toMatchObject({
      table: 'attachmentChunks',
      recordId: id,
      op: 'delete',
    });
    expect(await findings(store)).toEqual([]);
    await db.attachmentChunks.bulkPut(chunks);
    expect(await findings(store)).toEqual([
      expect.objectContaining({ table: 'attachmentChunks', recordId: id, problem: 'unexpected' }),
    ]);
    db.close();
  });
});
