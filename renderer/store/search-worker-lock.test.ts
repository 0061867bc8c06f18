import { afterEach, describe, expect, it, vi } from 'vitest';
import { workerRunner } from './search-worker-runner';
import { PASSPHRASE, freshStore, makeCase } from './testing/test-support';

/** A worker that takes jobs and never answers, as one still building would. */
const fakeWorkers = () => {
  const made: { posted: number; terminated: boolean }[] = [];
  const create = (): Worker => {
    const state = { posted: 0, terminated: false };
    made.push(state);
    return {
      postMessage: () => (state.posted += 1),
      terminate: () => (state.terminated = true),
    } as unknown as Worker;
  };
  return { made, create };
};

const frames = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('lock ends the search worker (issue 29, item 6)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('terminates the worker building the index, and a build waiting for its frame posts nothing', async () => {
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 0));
    const { made, create } = fakeWorkers();
    const store = await freshStore({ searchRunner: workerRunner(create) });
    await store.repos.cases.put(makeCase(1, { title: 'Holds case text' }));
    store.lock();
    expect((await store.unlock(PASSPHRASE)).ok).toBe(true);
    await frames();
    const worker = made.at(-1);
    expect(worker).toMatchObject({ posted: 1, terminated: false });

    store.lock();
    expect(worker?.terminated).toBe(true);
    expect(store.searchStatus()).toEqual({ ready: true });

    // Unlock starts a build; a lock before its frame leaves no worker behind.
    const count = made.length;
    expect((await store.unlock(PASSPHRASE)).ok).toBe(true);
    store.lock();
    await frames();
    expect(made.length).toBe(count);
  });
});
