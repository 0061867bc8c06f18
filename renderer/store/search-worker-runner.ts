import type { PackedIndex } from './posting-index';
import {
  buildReplySchema,
  inProcessRunner,
  type IndexProgress,
  type SearchIndexRunner,
} from './search-index-build';

type Pending = {
  resolve: (index: PackedIndex) => void;
  reject: (error: Error) => void;
  onProgress: IndexProgress;
};

const createIndexWorker = (): Worker =>
  // A same-origin module script: covered by the CSP's script-src 'self' (no worker-src needed).
  new Worker(new URL('./search-index.worker.ts', import.meta.url), { type: 'module' });

const afterNextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });

/**
 * Builds the search index in a Web Worker. The documents go over as one transferred
 * buffer of UTF-8 JSON (no structured clone of 10k objects on the main thread). A worker
 * lives while builds are pending (ended when none is); if it fails, the caller falls back
 * to in-process.
 */
export const workerRunner = (create: () => Worker = createIndexWorker): SearchIndexRunner => {
  let worker: Worker | null = null;
  let nextId = 0;
  // Bumped by terminate(): a build waiting for its frame then posts nothing.
  let generation = 0;
  const pending = new Map<number, Pending>();

  const failAll = (message: string) => {
    for (const job of pending.values()) job.reject(new Error(message));
    pending.clear();
    worker?.terminate();
    worker = null;
  };

  const ensure = (): Worker => {
    if (worker !== null) return worker;
    const created = create();
    created.onmessage = (event: MessageEvent<unknown>) => {
      const reply = buildReplySchema.safeParse(event.data);
      if (!reply.success) return failAll('The index worker sent a malformed reply.');
      const job = pending.get(reply.data.id);
      if (job === undefined) return;
      if (reply.data.type === 'progress') return job.onProgress(reply.data.done, reply.data.total);
      pending.delete(reply.data.id);
      if (reply.data.type === 'done') job.resolve(reply.data.index);
      else job.reject(new Error(reply.data.message));
      // Ended once idle: a build leaves its garbage in the worker's heap (at 100k cases
      // hundreds of MiB) until a collection an idle worker may never run; a build or two a
      // session pays a worker's start (milliseconds) instead.
      if (pending.size === 0) {
        created.terminate();
        if (worker === created) worker = null;
      }
    };
    created.onerror = (event) => failAll(event.message || 'The index worker failed.');
    worker = created;
    return created;
  };

  return {
    build: async (docs, onProgress) => {
      // Let the caller finish and the next frame paint first (unlock shows the list, a commit
      // returns), then snapshot the documents; a hidden window has no frames: 100 ms at most.
      const started = generation;
      await afterNextFrame();
      if (started !== generation) throw new Error('The vault was locked.');
      const bytes = new TextEncoder().encode(JSON.stringify(docs()));
      const id = (nextId += 1);
      return new Promise<PackedIndex>((resolve, reject) => {
        pending.set(id, { resolve, reject, onProgress });
        ensure().postMessage({ id, docs: bytes.buffer }, [bytes.buffer]);
      });
    },
    terminate: () => {
      generation += 1;
      failAll('The vault was locked.');
    },
  };
};

/** A worker where there is one (Chromium, Electron), the same code in-process elsewhere. */
export const defaultSearchRunner = (): SearchIndexRunner =>
  typeof Worker === 'function' ? workerRunner() : inProcessRunner;
