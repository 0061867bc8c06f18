import { describe, it, expect } from 'vitest';
import { TEST_KDF } from '../../shared/crypto/vault/testing/test-kdf';
import { sampleContact } from '../../shared/model/testing/fixtures';
import { openDb } from './db';
import { openStore } from './open-store';
import { PASSPHRASE, freshStore, makeCase } from './testing/test-support';

describe('vault lifecycle', () => {
  it('goes absent → unlocked on create, reporting every phase', async () => {
    const store = await openStore({ dbName: `t-${crypto.randomUUID()}` });
    expect(store.status()).toBe('absent');
    const phases: string[] = [];
    const created = await store.create(PASSPHRASE, { kdf: TEST_KDF }, (p) => phases.push(p.phase));
    expect(created.ok).toBe(true);
    expect(store.status()).toBe('unlocked');
    expect(phases).toEqual(
      expect.arrayContaining(['deriving-key', 'decrypting', 'building-index']),
    );
    expect((await store.create(PASSPHRASE, { kdf: TEST_KDF })).ok).toBe(false);
    expect(await store.kdfParams()).toMatchObject({ memoryKiB: 8192, weakForTesting: true });
  });

  it('lock drops every decrypted record and the search index; unlock brings them back', async () => {
    const store = await freshStore();
    const c = makeCase(1, { title: 'ログイン画面の脆弱性' });
    expect((await store.repos.cases.put(c)).ok).toBe(true);
    expect((await store.repos.contacts.put(sampleContact())).ok).toBe(true);
    expect(store.search('脆弱性').map((h) => h.id)).toEqual([c.id]);

    let notified = 0;
    store.repos.cases.subscribe(() => (notified += 1));
    store.lock();
    expect(store.status()).toBe('locked');
    expect(store.repos.cases.all()).toEqual([]);
    expect(store.repos.cases.get(c.id)).toBeUndefined();
    expect(store.repos.contacts.all()).toEqual([]);
    expect(store.repos.audit.all()).toEqual([]);
    expect(store.search('脆弱性')).toEqual([]);
    expect(notified).toBe(1);
    expect((await store.repos.cases.put(makeCase(2))).ok).toBe(false);

    const phases: string[] = [];
    const unlocked = await store.unlock(PASSPHRASE, (p) => phases.push(p.phase));
    expect(unlocked).toMatchObject({ ok: true, value: { loadIssues: [], audit: { ok: true } } });
    expect(phases).toEqual([
      'deriving-key',
      'unwrapping',
      'decrypting',
      'decrypting',
      'building-index',
      'building-index',
    ]);
    expect(store.repos.cases.get(c.id)).toEqual(c);
    expect(store.search('脆弱性').map((h) => h.id)).toEqual([c.id]);
  });

  it('refuses a wrong passphrase with a typed error, and the right one still works at once', async () => {
    const store = await freshStore();
    store.lock();
    for (let i = 0; i < 3; i += 1) {
      const out = await store.unlock('wrong passphrase');
      expect(out).toMatchObject({ ok: false, error: { code: 'vault.wrong-passphrase' } });
      expect(store.status()).toBe('locked');
    }
    expect((await store.unlock(PASSPHRASE)).ok).toBe(true);
  });

  it('changes the passphrase: every record stays readable, the old passphrase stops working', async () => {
    const store = await freshStore();
    const cases = [makeCase(1), makeCase(2), makeCase(3)];
    await store.transact((tx) => cases.forEach((c) => tx.put('cases', c)));
    expect((await store.changePassphrase('not the old one', 'new pass phrase')).ok).toBe(false);
    expect((await store.changePassphrase(PASSPHRASE, 'new pass phrase')).ok).toBe(true);
    store.lock();
    expect(await store.unlock(PASSPHRASE)).toMatchObject({
      ok: false,
      error: { code: 'vault.wrong-passphrase' },
    });
    expect((await store.unlock('new pass phrase')).ok).toBe(true);
    for (const c of cases) expect(store.repos.cases.get(c.id)).toEqual(c);
    expect(await store.verifyAuditLog()).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('reports a ciphertext moved to another row or table at unlock, and loads the rest', async () => {
    const store = await freshStore({});
    const [a, b] = [makeCase(1), makeCase(2)];
    await store.transact((tx) => {
      tx.put('cases', a);
      tx.put('cases', b);
    });
    store.lock();
    const db = openDb(store.dbName);
    const rowA = await db.cases.get(a.id);
    if (rowA === undefined) throw new Error('row missing');
    await db.cases.put({ ...rowA, id: b.id, bi: 'x' });
    await db.contacts.put({ ...rowA, kind: 'contacts' });
    db.close();
    const out = await store.unlock(PASSPHRASE);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value.loadIssues.map((i) => [i.table, i.id, i.code])).toEqual([
      ['cases', b.id, 'record.decrypt-failed'],
      ['contacts', a.id, 'record.decrypt-failed'],
    ]);
    expect(store.repos.cases.get(a.id)).toEqual(a);
    expect(store.repos.cases.get(b.id)).toBeUndefined();
  });
});

describe('lock during unlock', () => {
  it('leaves nothing decrypted in memory when lock() lands while records are decrypting', async () => {
    const store = await freshStore();
    await store.transact((tx) => {
      for (let i = 1; i <= 30; i += 1) tx.put('cases', makeCase(i));
    });
    store.lock();
    const out = await store.unlock(PASSPHRASE, (p) => {
      if (p.phase === 'decrypting') store.lock();
    });
    expect(out.ok).toBe(false);
    expect(store.status()).toBe('locked');
    expect(store.repos.cases.all()).toEqual([]);
    expect(store.search('case')).toEqual([]);
  });
});
