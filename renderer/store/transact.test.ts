import { describe, it, expect } from 'vitest';
import { sampleContact, sampleEvent } from '../../shared/model/testing/fixtures';
import type { CaseEvent } from '../../shared/model';
import { openDb } from './db';
import { TEST_KDF } from '../../shared/crypto/vault/testing/test-kdf';
import { openStore } from './open-store';
import { PASSPHRASE, freshStore, makeCase, snapshotRepos } from './testing/test-support';
import type { TestHooks } from './types';
import { WRITE_CHUNK } from './write-chunks';

/** Hooks whose behaviour a test can switch on after the vault is created. */
const switchable = () => {
  const state: { afterEncrypt: boolean; insideWrite: boolean } = {
    afterEncrypt: false,
    insideWrite: false,
  };
  const hooks: TestHooks = {
    afterEncrypt: () => {
      if (state.afterEncrypt) throw new Error('crash between encrypt and put');
    },
    insideWrite: () => {
      if (state.insideWrite) throw new Error('crash inside the transaction');
    },
  };
  return { state, hooks };
};

describe('store.transact', () => {
  it('writes several records and their audit entries atomically, then notifies', async () => {
    const store = await freshStore();
    const seen: number[] = [];
    store.repos.cases.subscribe(() => seen.push(store.repos.cases.all().length));
    const out = await store.transact((tx) => {
      tx.put('cases', makeCase(1));
      tx.put('cases', makeCase(2));
      tx.put('contacts', sampleContact());
    });
    expect(out).toMatchObject({ ok: true, value: { changes: 3 } });
    expect(seen).toEqual([2]);
    const audit = store.repos.audit.all();
    expect(audit.map((e) => [e.table, e.op])).toEqual([
      ['vault', 'put'],
      ['cases', 'put'],
      ['cases', 'put'],
      ['contacts', 'put'],
    ]);
    expect(await store.verifyAuditLog()).toMatchObject({
      ok: true,
      value: { ok: true, entries: 4 },
    });
  });

  it('leaves nothing behind when the callback throws, or a record is invalid', async () => {
    const store = await freshStore();
    await store.repos.cases.put(makeCase(1));
    const before = await store.storeDigest();
    const memory = snapshotRepos(store);
    const thrown = await store.transact((tx) => {
      tx.put('cases', makeCase(2));
      throw new Error('user cancelled');
    });
    expect(thrown).toMatchObject({ ok: false, error: { code: 'store.aborted' } });
    const invalid = await store.transact((tx) => {
      tx.put('cases', makeCase(3));
      tx.put('cases', { ...makeCase(4), ref: 'not a ref' });
    });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'record.invalid' } });
    expect(await store.storeDigest()).toBe(before);
    expect(snapshotRepos(store)).toEqual(memory);
  });

  for (const when of ['afterEncrypt', 'insideWrite'] as const) {
    it(`an interrupted write (${when}) leaves no partial records and an intact audit chain`, async () => {
      const { state, hooks } = switchable();
      const store = await freshStore({ testHooks: hooks });
      await store.repos.cases.put(makeCase(1));
      const before = await store.storeDigest();
      const memory = snapshotRepos(store);
      state[when] = true;
      const out = await store.transact((tx) => {
        for (let i = 2; i < 50; i += 1) tx.put('cases', makeCase(i));
        tx.put('contacts', sampleContact());
      });
      expect(out).toMatchObject({ ok: false, error: { code: 'store.write-failed' } });
      expect(await store.storeDigest()).toBe(before);
      expect(snapshotRepos(store)).toEqual(memory);
      state[when] = false;
      expect((await store.repos.cases.put(makeCase(99))).ok).toBe(true);
      expect(await store.verifyAuditLog()).toMatchObject({
        ok: true,
        value: { ok: true, entries: 3 },
      });
      store.lock();
      const reopened = await store.unlock('correct horse battery staple');
      expect(reopened).toMatchObject({ ok: true, value: { loadIssues: [], audit: { ok: true } } });
      expect(store.repos.cases.all()).toHaveLength(2);
    });
  }

  it('a bulk write sealed chunk by chunk inside its transaction is still all-or-nothing', async () => {
    let crashAfter: number | null = null;
    const written: number[] = [];
    const store = await freshStore({
      testHooks: {
        afterChunk: (index) => {
          written.push(index);
          if (index === crashAfter) throw new Error('crash after a chunk was put');
        },
      },
    });
    await store.repos.cases.put(makeCase(1));
    const before = await store.storeDigest();
    const memory = snapshotRepos(store);
    const count = 2 * WRITE_CHUNK + 10;
    const bulk = (tx: { put: (table: 'cases', c: ReturnType<typeof makeCase>) => void }) => {
      for (let i = 2; i < 2 + count; i += 1) tx.put('cases', makeCase(i));
    };
    written.length = 0;
    crashAfter = 1;
    const crashed = await store.transact(bulk);
    expect(crashed).toMatchObject({ ok: false, error: { code: 'store.write-failed' } });
    expect(written).toEqual([0, 1]);
    expect(await store.storeDigest()).toBe(before);
    expect(snapshotRepos(store)).toEqual(memory);

    crashAfter = null;
    written.length = 0;
    expect((await store.transact(bulk)).ok).toBe(true);
    expect(written).toEqual([0, 1, 2]);
    store.lock();
    const reopened = await store.unlock('correct horse battery staple');
    expect(reopened).toMatchObject({ ok: true, value: { loadIssues: [], audit: { ok: true } } });
    expect(store.repos.cases.all()).toHaveLength(count + 1);
    expect(await store.verifyAuditLog()).toMatchObject({
      ok: true,
      value: { ok: true, entries: count + 2 },
    });
  });

  it('refuses a duplicate case ref, in memory and across the transaction', async () => {
    const store = await freshStore();
    await store.repos.cases.put(makeCase(7));
    expect(await store.repos.cases.put(makeCase(7))).toMatchObject({
      ok: false,
      error: { code: 'record.conflict' },
    });
    const twice = await store.transact((tx) => {
      tx.put('cases', makeCase(8));
      tx.put('cases', makeCase(8, { title: 'other' }));
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'record.conflict' } });
    const existing = store.repos.cases.all()[0];
    if (existing === undefined) throw new Error('no case');
    expect((await store.repos.cases.put({ ...existing, title: 'renamed' })).ok).toBe(true);
    const swapped = await store.transact((tx) => {
      tx.put('cases', { ...existing, ref: 'AL-2026-0100' });
      tx.put('cases', makeCase(7));
    });
    expect(swapped.ok).toBe(true);
  });

  it('refuses a duplicate case ref written from a second window that had not seen the first', async () => {
    const dbName = `two-windows-${crypto.randomUUID()}`;
    const first = await openStore({ dbName });
    expect((await first.create(PASSPHRASE, { kdf: TEST_KDF })).ok).toBe(true);
    const second = await openStore({ dbName });
    expect((await second.unlock(PASSPHRASE)).ok).toBe(true);

    expect((await first.repos.cases.put(makeCase(7))).ok).toBe(true);
    // The second window's memory does not have AL-2026-0007 yet; nothing in IndexedDB
    // indexes the ref, so the store must notice that its view is stale.
    expect(await second.repos.cases.put(makeCase(7, { title: 'other' }))).toMatchObject({
      ok: false,
      error: { code: 'record.conflict' },
    });
    second.lock();
    expect((await second.unlock(PASSPHRASE)).ok).toBe(true);
    expect(second.repos.cases.all().map((c) => c.title)).toEqual(['Case number 7']);
    expect(await second.repos.cases.put(makeCase(7, { title: 'other' }))).toMatchObject({
      ok: false,
      error: { code: 'record.conflict' },
    });
    first.close();
    second.close();
  });

  it('appends case events idempotently and never lets one change or be deleted', async () => {
    const store = await freshStore();
    const event = sampleEvent();
    let results: string[] = [];
    await store.transact((tx) => {
      results = [tx.appendEvent(event), tx.appendEvent(event)];
    });
    expect(results).toEqual(['appended', 'duplicate']);
    await store.transact((tx) => {
      results = [tx.appendEvent(event)];
    });
    expect(results).toEqual(['duplicate']);
    const changed: CaseEvent = { ...event, actor: 'someone else' };
    expect(await store.transact((tx) => void tx.appendEvent(changed))).toMatchObject({
      ok: false,
      error: { code: 'record.conflict' },
    });
    expect(await store.repos.caseEvents.delete(event.id)).toMatchObject({ ok: false });
    expect(store.repos.caseEvents.byCase(event.caseId)).toEqual([event]);
  });

  it('reports a tampered audit entry (edited, or its ciphertext corrupted) at its sequence number', async () => {
    const store = await freshStore({ plaintextControl: true });
    for (let i = 1; i <= 3; i += 1) await store.repos.cases.put(makeCase(i));
    const db = openDb(store.dbName);
    const row = await db.audit.get(3);
    if (row === undefined) throw new Error('no audit row');
    const entries = JSON.parse(new TextDecoder().decode(row.ct)) as { recordId: string }[];
    const forged = entries.map((e) => ({ ...e, recordId: crypto.randomUUID() }));
    await db.audit.put({ ...row, ct: new TextEncoder().encode(JSON.stringify(forged)) });
    expect(await store.verifyAuditLog()).toEqual({
      ok: true,
      value: { ok: false, firstBreak: { seq: 3, reason: 'hash-mismatch' } },
    });
    db.close();

    const sealed = await freshStore();
    for (let i = 1; i <= 3; i += 1) await sealed.repos.cases.put(makeCase(i));
    const sdb = openDb(sealed.dbName);
    const srow = await sdb.audit.get(2);
    if (srow === undefined) throw new Error('no audit row');
    const ct = new Uint8Array(srow.ct);
    ct[0] = (ct[0] ?? 0) ^ 1;
    await sdb.audit.put({ ...srow, ct });
    expect(await sealed.verifyAuditLog()).toEqual({
      ok: true,
      value: { ok: false, firstBreak: { seq: 2, reason: 'unreadable' } },
    });
    sdb.close();
  });
});
