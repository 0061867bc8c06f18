import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPackedIndex } from './search-index-build';
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

/** Frames run only when the test says so: a timer standing in for a frame could otherwise
 *  fire while unlock still awaits IndexedDB, before the lock it is meant to follow. */
const manualFrames = () => {
  const queued: (() => void)[] = [];
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => queued.push(run));
  return async () => {
    for (const run of queued.splice(0)) run();
    await new Promise((resolve) => setTimeout(resolve, 5));
  };
};

describe('lock ends the search worker (issue 29, item 6)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('terminates the worker building the index, and a build waiting for its frame posts nothing', async () => {
    const frames = manualFrames();
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

    // Unlock starts a build; a lock before its frame leaves no worker behind. (Should the
    // 100 ms fallback fire during unlock, the worker made then is ended by the lock.)
    expect((await store.unlock(PASSPHRASE)).ok).toBe(true);
    store.lock();
    const count = made.length;
    expect(made.every((worker) => worker.terminated)).toBe(true);
    await frames();
    expect(made.length).toBe(count);
  });

  it('ends the worker once no build is pending (its heap holds the build’s garbage)', async () => {
    const frames = manualFrames();
    type Fake = { jobs: number[]; terminated: boolean; answer: () => void };
    const made: Fake[] = [];
    const create = (): Worker => {
      const fake: Fake & { onmessage: ((event: { data: unknown }) => void) | null } = {
        jobs: [],
        terminated: false,
        onmessage: null,
        answer: () => {
          const id = fake.jobs.shift();
          const index = buildPackedIndex([], () => undefined);
          fake.onmessage?.({ data: { id, type: 'done', index } });
        },
      };
      made.push(fake);
      return Object.assign(fake, {
        postMessage: (message: { id: number }) => fake.jobs.push(message.id),
        terminate: () => (fake.terminated = true),
      }) as unknown as Worker;
    };
    const runner = workerRunner(create);
    const build = () =>
      runner.build(
        () => [],
        () => undefined,
      );
    const first = build();
    const second = build();
    await frames();
    const worker = made[0];
    expect(made).toHaveLength(1);
    worker?.answer();
    await first;
    expect(worker?.terminated).toBe(false);
    worker?.answer();
    await second;
    expect(worker?.terminated).toBe(true);

    const third = build();
    await frames();
    expect(made).toHaveLength(2);
    made[1]?.answer();
    await expect(third).resolves.toMatchObject({ ids: [] });
    expect(made[1]?.terminated).toBe(true);
  });
});
