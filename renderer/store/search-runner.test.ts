import { describe, it, expect } from 'vitest';
import { CaseSearch, type SearchDoc } from './case-search';
import type { PackedIndex } from './posting-index';
import {
  buildPackedIndex,
  emptyCaseIndex,
  inProcessRunner,
  type SearchIndexRunner,
} from './search-index-build';
import { PASSPHRASE, freshStore, makeCase } from './testing/test-support';

const doc = (id: string, title: string, notes = ''): SearchDoc => ({
  id,
  ref: `AL-2026-${id.padStart(4, '0')}`,
  title,
  product: '',
  vendor: '',
  cve: '',
  cwe: '',
  notes,
});

/** A runner whose builds the test finishes by hand, as a worker would, later. */
const deferredRunner = () => {
  const jobs: (() => void)[] = [];
  const runner: SearchIndexRunner = {
    build: (docs, onProgress) =>
      new Promise<PackedIndex>((resolve) => {
        jobs.push(() => resolve(buildPackedIndex(docs(), onProgress)));
      }),
  };
  const finishAll = async () => {
    for (const job of jobs.splice(0)) job();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { runner, finishAll, pending: () => jobs.length };
};

const ids = (search: CaseSearch, query: string) =>
  search
    .search(query)
    .map((h) => h.id)
    .sort();

describe('search index built by a runner', () => {
  it('answers the same after packing and unpacking, and still forgets and replaces cases', () => {
    const docs = [
      doc('1', 'ログイン画面におけるクロスサイトスクリプティング', 'router firmware'),
      doc('2', '予約システムのSQLインジェクション', 'WordPress plugin'),
      doc('3', 'Path traversal in the camera', 'firmware update'),
    ];
    const direct = emptyCaseIndex();
    direct.addAll(docs);
    const search = new CaseSearch(inProcessRunner);
    search.rebuild(() => docs, docs.length);
    expect(search.status()).toEqual({ ready: true });
    for (const query of ['クロスサイト', 'firm', 'AL-2026-0002', 'camera', '脆弱性']) {
      expect(search.search(query)).toEqual(direct.search(query, { limit: 200 }));
    }
    search.update(new Map([['3', null]]));
    expect(ids(search, 'firmware')).toEqual(['1']);
    search.update(new Map([['1', doc('1', 'Renamed case')]]));
    expect(ids(search, 'firmware')).toEqual([]);
    expect(ids(search, 'renamed')).toEqual(['1']);
    expect(ids(search, 'wordpress')).toEqual(['2']);
  });

  it('says indexing until a later build lands, then answers including changes made meanwhile', async () => {
    const { runner, finishAll } = deferredRunner();
    let changed = 0;
    const search = new CaseSearch(runner, () => (changed += 1));
    search.rebuild(() => [doc('1', 'router admin'), doc('2', 'camera admin')], 2);
    expect(search.status()).toMatchObject({ ready: false, total: 2 });
    expect(search.search('admin')).toEqual([]);
    search.update(new Map([['3', doc('3', 'printer admin')]]));
    await finishAll();
    expect(search.status()).toEqual({ ready: true });
    expect(changed).toBeGreaterThan(0);
    expect(ids(search, 'admin')).toEqual(['1', '2', '3']);
  });

  it('drops a build that lands after clear (lock), and builds here if the runner fails', async () => {
    const { runner, finishAll } = deferredRunner();
    const search = new CaseSearch(runner);
    search.rebuild(() => [doc('1', 'router')], 1);
    search.clear();
    await finishAll();
    expect(search.search('router')).toEqual([]);

    const broken: SearchIndexRunner = { build: () => Promise.reject(new Error('no worker')) };
    const fallback = new CaseSearch(broken);
    fallback.rebuild(() => [doc('1', 'router')], 1);
    await new Promise((r) => setTimeout(r, 0));
    expect(fallback.status()).toEqual({ ready: true });
    expect(ids(fallback, 'router')).toEqual(['1']);
  });

  it('a bulk write returns without rebuilding the index on the main thread; search catches up', async () => {
    const { runner, finishAll, pending } = deferredRunner();
    const store = await freshStore({ searchRunner: runner });
    await finishAll();
    const bulk = Array.from({ length: 300 }, (_, i) => makeCase(i + 1, { title: `bulk ${i}` }));
    expect((await store.transact((tx) => bulk.forEach((c) => tx.put('cases', c)))).ok).toBe(true);
    expect(store.repos.cases.all()).toHaveLength(300);
    expect(pending()).toBe(1);
    expect(store.searchStatus()).toMatchObject({ ready: false });
    await finishAll();
    expect(store.search('bulk', { limit: 5000 })).toHaveLength(300);
  });

  it('unlock does not wait for the index: the cases are there at once, search answers when it lands', async () => {
    const { runner, finishAll, pending } = deferredRunner();
    const store = await freshStore({ searchRunner: runner });
    await finishAll();
    const c = makeCase(1, { title: 'ログイン画面の脆弱性' });
    expect((await store.repos.cases.put(c)).ok).toBe(true);
    store.lock();
    const phases: string[] = [];
    expect((await store.unlock(PASSPHRASE, (p) => phases.push(p.phase))).ok).toBe(true);
    expect(store.repos.cases.get(c.id)).toEqual(c);
    expect(store.searchStatus()).toMatchObject({ ready: false, total: 1 });
    expect(phases.filter((p) => p === 'building-index')).toHaveLength(1);
    expect(pending()).toBe(1);

    let notified = 0;
    store.subscribeSearch(() => (notified += 1));
    const typedMeanwhile = '脆弱性';
    expect(store.search(typedMeanwhile)).toEqual([]);
    await finishAll();
    expect(store.searchStatus()).toEqual({ ready: true });
    expect(notified).toBeGreaterThan(0);
    expect(store.search(typedMeanwhile).map((h) => h.id)).toEqual([c.id]);
  });
});
