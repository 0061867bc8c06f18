import { describe, expect, it } from 'vitest';
import { openBackup } from '../../shared/crypto/vault';
import { TEST_KDF } from '../../shared/crypto/vault/testing/test-kdf';
import { aesGcmCipher } from './cipher';
import { openDb, type RecordRow } from './db';
import { PASSPHRASE, freshStore, makeCase } from './testing/test-support';

/** The bundle ledger at rest (issue 29): its rows are named by an HMAC of the sender's
 *  bundle id, so the ids on disk do not say which bundles this vault imported. */
const entry = (bundleId: string) => ({
  schemaVersion: 1,
  bundleId,
  senderFingerprint: 'A'.repeat(40),
  importedAt: '2026-12-07T00:00:00.000Z',
  outcome: 'imported',
  caseRefs: ['AL-2026-0001'],
  detail: '',
});

describe('bundle ledger row ids', () => {
  it('stores a ledger row under an HMAC, never the bundle id, and still finds it by bundle id', async () => {
    const store = await freshStore();
    const bundleId = crypto.randomUUID();
    const written = await store.transact((tx) => {
      tx.put('cases', makeCase(1));
      tx.put('bundleLedger', entry(bundleId) as never);
    });
    expect(written.ok).toBe(true);

    const rows = await openDb(store.dbName).table<RecordRow, string>('bundleLedger').toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).toMatch(/^lg1-[0-9a-f]{64}$/);
    // Neither the row ids nor the audit log's record ids carry the bundle id.
    expect(JSON.stringify(rows.map((r) => r.id))).not.toContain(bundleId);
    const ledgerAudit = store.repos.audit.all().filter((e) => e.table === 'bundleLedger');
    expect(ledgerAudit.map((e) => e.recordId)).toEqual([rows[0]?.id]);

    // After a lock the replay check still knows the bundle, and Verify accepts the row.
    store.lock();
    expect((await store.unlock(PASSPHRASE)).ok).toBe(true);
    expect(store.repos.bundleLedger.get(bundleId)).toMatchObject({ bundleId });
    const verdict = await store.verifyAuditLog();
    expect(verdict.ok && verdict.value.ok).toBe(true);
  });

  it('gives another vault another id for the same bundle', async () => {
    const bundleId = crypto.randomUUID();
    const ids = [];
    for (const n of [1, 2]) {
      const store = await freshStore();
      await store.transact((tx) => {
        tx.put('cases', makeCase(n));
        tx.put('bundleLedger', entry(bundleId) as never);
      });
      ids.push(
        (await openDb(store.dbName).table<RecordRow, string>('bundleLedger').toArray())[0]?.id,
      );
    }
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('reads a row of before (stored under the bundle id), and a key rotation moves it under the HMAC', async () => {
    const store = await freshStore();
    await store.repos.cases.put(makeCase(1));
    const backup = await store.backup();
    if (!backup.ok) throw new Error(backup.error.message);
    const opened = await openBackup(backup.value, PASSPHRASE);
    if (!opened.ok) throw new Error(opened.error.message);
    // The row as the store wrote it before issue 29: its id is the sender's bundle id.
    const bundleId = crypto.randomUUID();
    const sealed = await aesGcmCipher(opened.value.keys.record).seal(
      'bundleLedger',
      bundleId,
      entry(bundleId),
    );
    const db = openDb(store.dbName);
    await db.table<RecordRow, string>('bundleLedger').put({ ...sealed, id: bundleId });
    store.lock();
    expect((await store.unlock(PASSPHRASE)).ok).toBe(true);
    expect(store.repos.bundleLedger.get(bundleId)).toMatchObject({ bundleId });

    const rotated = await store.rotateMasterKey(PASSPHRASE, { kdf: TEST_KDF });
    expect(rotated.ok).toBe(true);
    const ids = (await db.table<RecordRow, string>('bundleLedger').toArray()).map((r) => r.id);
    expect(ids).toEqual([expect.stringMatching(/^lg1-[0-9a-f]{64}$/)]);
    expect(
      store.repos.audit
        .all()
        .filter((e) => e.recordId === bundleId)
        .at(-1),
    ).toMatchObject({
      table: 'bundleLedger',
      op: 'delete',
    });
    store.lock();
    expect((await store.unlock(PASSPHRASE)).ok).toBe(true);
    expect(store.repos.bundleLedger.get(bundleId)).toMatchObject({ bundleId });
  });
});
