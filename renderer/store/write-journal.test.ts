import { describe, expect, it } from 'vitest';
import { TEST_KDF } from '../../shared/crypto/vault/testing/test-kdf';
import type { AnchorMirrorPort } from './audit-anchor';
import { openStore, type AirlockStore } from './open-store';
import { PASSPHRASE, makeCase } from './testing/test-support';

/** A mirror in a map, as localStorage would keep it across a crash (or lose its last write). */
const mapMirror = () => {
  const values = new Map<string, unknown>();
  const port: AnchorMirrorPort = {
    read: (key) => values.get(key),
    write: (key, value) => void values.set(key, structuredClone(value)),
  };
  return { values, port };
};

/**
 * A process that dies at `point` of its next write: the write's transaction aborts there
 * and the connection closes, so nothing after it reaches IndexedDB (the journal's clean-up
 * included), as after a kill.
 */
const dyingStore = async (dbName: string, point: string, mirror: AnchorMirrorPort) => {
  const held: { store?: AirlockStore } = {};
  let armed = false;
  const store = await openStore({
    dbName,
    anchorMirror: mirror,
    testHooks: {
      writePoint: (name) => {
        if (!armed || name !== point) return;
        held.store?.close();
        throw new Error('killed');
      },
    },
  });
  held.store = store;
  return { store, arm: () => void (armed = true) };
};

const reopen = async (dbName: string, mirror: AnchorMirrorPort) => {
  const store = await openStore({ dbName, anchorMirror: mirror });
  const unlocked = await store.unlock(PASSPHRASE);
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  return { store, unlocked: unlocked.value };
};

describe('a write interrupted by a crash', () => {
  it('leaves the store as before and the next unlock says what was lost, once', async () => {
    const dbName = `journal-${crypto.randomUUID()}`;
    const mirror = mapMirror();
    const { store, arm } = await dyingStore(dbName, 'opened', mirror.port);
    await store.create(PASSPHRASE, { kdf: TEST_KDF });
    await store.repos.cases.put(makeCase(1));
    const before = await store.storeDigest();
    arm();
    const lost = await store.transact((tx) => {
      for (let i = 2; i <= 4; i += 1) tx.put('cases', makeCase(i));
    });
    expect(lost.ok).toBe(false);

    const next = await reopen(dbName, mirror.port);
    expect(next.store.interruptedWrite()).toMatchObject({ kind: 'records', records: 3 });
    expect(next.store.repos.cases.all()).toHaveLength(1);
    expect(next.unlocked.audit.ok).toBe(true);
    expect(await next.store.verifyAuditLog()).toMatchObject({ ok: true, value: { ok: true } });
    // Said once: the note is gone with this unlock, and the store is byte for byte as before.
    expect(await next.store.storeDigest()).toBe(before);
    next.store.close();
    const third = await reopen(dbName, mirror.port);
    expect(third.store.interruptedWrite()).toBeNull();
    third.store.close();
  });

  it('says nothing after a write that committed, or one that failed cleanly', async () => {
    const dbName = `journal-${crypto.randomUUID()}`;
    const mirror = mapMirror();
    const { store } = await dyingStore(dbName, 'never', mirror.port);
    await store.create(PASSPHRASE, { kdf: TEST_KDF });
    const taken = makeCase(1);
    await store.repos.cases.put(taken);
    const before = await store.storeDigest();
    // A second case with the same ref fails in the commit; no intent is left behind.
    const refused = await store.repos.cases.put(makeCase(2, { ref: taken.ref }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'record.conflict' } });
    expect(await store.storeDigest()).toBe(before);
    store.close();
    const next = await reopen(dbName, mirror.port);
    expect(next.store.interruptedWrite()).toBeNull();
    next.store.close();
  });

  it('names a bundle import by its ledger row', async () => {
    const dbName = `journal-${crypto.randomUUID()}`;
    const mirror = mapMirror();
    const { store, arm } = await dyingStore(dbName, 'chunk-0', mirror.port);
    await store.create(PASSPHRASE, { kdf: TEST_KDF });
    arm();
    await store.transact((tx) => {
      tx.put('cases', makeCase(1));
      tx.put('bundleLedger', {
        schemaVersion: 1,
        bundleId: crypto.randomUUID(),
        senderFingerprint: 'A'.repeat(40),
        importedAt: '2026-12-07T00:00:00.000Z',
        outcome: 'imported',
        caseRefs: ['AL-2026-0001'],
        detail: '',
      } as never);
    });
    const next = await reopen(dbName, mirror.port);
    expect(next.store.interruptedWrite()).toMatchObject({ kind: 'bundle-import', records: 2 });
    expect(next.store.repos.cases.all()).toHaveLength(0);
    next.store.close();
  });
});

describe('a restore the app dies right after', () => {
  it('is not taken for a rollback when the mirror was not reset yet', async () => {
    const dbName = `journal-${crypto.randomUUID()}`;
    const mirror = mapMirror();
    const { store } = await dyingStore(dbName, 'never', mirror.port);
    await store.create(PASSPHRASE, { kdf: TEST_KDF });
    await store.repos.cases.put(makeCase(1));
    const file = await store.backup();
    if (!file.ok) throw new Error(file.error.message);
    await store.repos.cases.put(makeCase(2));
    const key = [...mirror.values.keys()][0] ?? '';
    const between = mirror.values.get(key);
    await store.repos.cases.put(makeCase(3));
    const beforeRestore = mirror.values.get(key);
    const restored = await store.restore(file.value, PASSPHRASE, {
      replaceExisting: true,
      acceptLoss: true,
    });
    expect(restored.ok).toBe(true);
    store.close();
    // The crash: the restore committed, the reset mirror never reached the disk.
    mirror.values.set(key, beforeRestore);
    const next = await reopen(dbName, mirror.port);
    expect(next.unlocked.audit).toMatchObject({ ok: true, mirror: 'ok' });
    expect(next.store.repos.cases.all()).toHaveLength(1);
    expect(next.store.interruptedWrite()).toBeNull();

    next.store.close();

    // Only that exact mirror is excused: another state of the older lineage (here one
    // with the restored head's sequence) still reads as a rollback.
    mirror.values.set(key, between);
    const third = await reopen(dbName, mirror.port);
    expect(third.unlocked.audit).toMatchObject({ ok: false, mirror: 'rolled-back' });
    third.store.close();
  });
});
