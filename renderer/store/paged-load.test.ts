import { describe, expect, it } from 'vitest';
import { sampleContact } from '../../shared/model/testing/fixtures';
import type { Case, ContactId } from '../../shared/model';
import type { AirlockStore } from './open-store';
import { PASSPHRASE, freshStore, makeCase } from './testing/test-support';

// A vault of more than one page of cases opens at its first page and loads the rest behind
// it (load.ts). Pages of two rows stand in for the app's thousand.
const PAGE = 2;

/** A locked vault of `n` cases and three contacts (two pages), cases in the order loaded. */
const pagedVault = async (n: number): Promise<{ store: AirlockStore; cases: Case[] }> => {
  const store = await freshStore({ loadPageRows: PAGE });
  const cases = Array.from({ length: n }, (_, i) => makeCase(i + 1, { title: `Paged ${i + 1}` }));
  const written = await store.transact((tx) => {
    for (const c of cases) tx.put('cases', c);
    for (let i = 0; i < 3; i += 1)
      tx.put('contacts', { ...sampleContact(), id: crypto.randomUUID() as ContactId });
  });
  if (!written.ok) throw new Error(written.error.message);
  store.lock();
  // Loaded by id, as IndexedDB keeps them.
  return { store, cases: [...cases].sort((a, b) => (a.id < b.id ? -1 : 1)) };
};

/** Calls `at` once, on the first status notification for which `when` holds. */
const onceWhen = (store: AirlockStore, when: () => boolean, at: () => void): void => {
  let fired = false;
  store.subscribeStatus(() => {
    if (fired || !when()) return;
    fired = true;
    at();
  });
};

describe('paged load at unlock', () => {
  it('opens at the first page of cases, with every other table whole, and loads the rest behind it', async () => {
    const { store, cases } = await pagedVault(7);
    const seen: { cases: number; contacts: number; load: unknown; search: unknown }[] = [];
    onceWhen(
      store,
      () => store.status() === 'unlocked',
      () =>
        seen.push({
          cases: store.repos.cases.all().length,
          contacts: store.repos.contacts.all().length,
          load: store.load(),
          search: store.searchStatus(),
        }),
    );
    const loads: unknown[] = [];
    store.subscribeStatus(() => loads.push(store.load()));

    const unlocked = await store.unlock(PASSPHRASE);

    expect(seen).toEqual([
      {
        cases: PAGE,
        contacts: 3,
        load: { loading: true, done: PAGE, total: 7 },
        search: { ready: false, done: 0, total: 7 },
      },
    ]);
    expect(loads).toContainEqual({ loading: true, done: 6, total: 7 });
    expect(unlocked).toMatchObject({ ok: true, value: { loadIssues: [], audit: { ok: true } } });
    expect(store.load()).toEqual({ loading: false });
    expect(store.auditIntegrity()).toMatchObject({ ok: true });
    expect(store.repos.cases.all().map((c) => c.id)).toEqual(cases.map((c) => c.id));
    expect(store.searchStatus()).toEqual({ ready: true });
    expect(store.search('Paged 7').map((h) => h.id)).toContain(
      cases.find((c) => c.title === 'Paged 7')?.id,
    );
  });

  it('a vault whose cases fit in one page turns unlocked only when everything is loaded', async () => {
    const { store } = await pagedVault(PAGE - 1);
    const atUnlocked: number[] = [];
    onceWhen(
      store,
      () => store.status() === 'unlocked',
      () => atUnlocked.push(store.repos.audit.all().length),
    );
    expect((await store.unlock(PASSPHRASE)).ok).toBe(true);
    // The audit log is read last: the status waited for it.
    expect(atUnlocked).toEqual([store.repos.audit.all().length]);
    expect(atUnlocked[0]).toBeGreaterThan(0);
  });

  it('a lock() at any page wins: nothing decrypted after it lands in memory', async () => {
    const { store } = await pagedVault(7);
    for (const lockAt of [2, 4, 6]) {
      onceWhen(
        store,
        () => {
          const load = store.load();
          return load.loading && load.done >= lockAt;
        },
        () => store.lock(),
      );
      const out = await store.unlock(PASSPHRASE);
      expect(out).toMatchObject({ ok: false, error: { code: 'vault.locked' } });
      expect(store.status()).toBe('locked');
      expect(store.repos.cases.all()).toEqual([]);
      expect(store.repos.contacts.all()).toEqual([]);
      expect(store.repos.audit.all()).toEqual([]);
      expect(store.load()).toEqual({ loading: false });
      expect(store.search('Paged')).toEqual([]);
    }
    expect((await store.unlock(PASSPHRASE)).ok).toBe(true);
    expect(store.repos.cases.all()).toHaveLength(7);
  });

  it('a write started while loading waits for the whole store, and is judged against all of it', async () => {
    const { store, cases } = await pagedVault(7);
    const last = cases.at(-1);
    if (last === undefined) throw new Error('no cases');
    const landed: { dup?: unknown; fresh?: unknown } = {};
    let dup: Promise<unknown> = Promise.resolve();
    let fresh: Promise<unknown> = Promise.resolve();
    onceWhen(
      store,
      () => store.status() === 'unlocked',
      () => {
        expect(store.repos.cases.get(last.id)).toBeUndefined();
        // The last case's ref is not in memory yet: planned now, this would pass the check.
        dup = store.repos.cases
          .put(makeCase(99, { ref: last.ref }))
          .then((r) => (landed.dup = { result: r, loading: store.load().loading }));
        fresh = store.repos.cases
          .put(makeCase(100, { title: 'Written while loading' }))
          .then((r) => (landed.fresh = { result: r, loading: store.load().loading }));
      },
    );
    expect((await store.unlock(PASSPHRASE)).ok).toBe(true);
    await Promise.all([dup, fresh]);
    expect(landed.dup).toMatchObject({
      result: { ok: false, error: { code: 'record.conflict' } },
      loading: false,
    });
    expect(landed.fresh).toMatchObject({ result: { ok: true }, loading: false });
    expect(store.repos.cases.all()).toHaveLength(8);
    expect(store.search('while loading')).toHaveLength(1);
    expect(await store.verifyAuditLog()).toMatchObject({ ok: true, value: { ok: true } });
    store.lock();
    expect((await store.unlock(PASSPHRASE)).ok).toBe(true);
    expect(store.repos.cases.all()).toHaveLength(8);
  });
});
