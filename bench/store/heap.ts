import { caseViewsOf } from '../../renderer/store/case-views';
import type { AirlockStore as Store } from '../../renderer/store/open-store';

// What holds the page's memory after an unlock, measured step by step in one more unlock of
// the bench's vault. store.bench.ts exposes the probes (the DevTools protocol, after a full
// GC); without the driver there are none and the walk is null.

/** V8's heap of the page's main thread (used), and the array buffers' and external
 *  strings' backing stores beside it (not in `used`). */
export type Heap = { used: number; total: number; backing: number };
/** An index worker alive when asked: its heap as it is (no GC: what it holds now). */
export type WorkerHeap = { used: number; backing: number };

export type HeapWalk = {
  locked: Heap;
  /** unlock() returned: decrypted records and the audit log in memory. */
  records: Heap;
  /** The search index landed from the worker. */
  index: Heap;
  /** Every case's view computed (what the list's first render keeps). */
  views: Heap;
  workers: WorkerHeap[];
};

type Probes = {
  benchHeap?: () => Promise<Heap>;
  benchWorkerHeaps?: () => Promise<WorkerHeap[]>;
};

export const heapNow = async (): Promise<Heap | null> => {
  const probe = (globalThis as Probes).benchHeap;
  return probe === undefined ? null : probe();
};

export const heapWalk = async (
  store: Store,
  unlock: () => Promise<void>,
  indexReady: () => Promise<void>,
  viewNow: string,
): Promise<HeapWalk | null> => {
  const probes = globalThis as Probes;
  if (probes.benchHeap === undefined || probes.benchWorkerHeaps === undefined) return null;
  store.lock();
  const locked = await probes.benchHeap();
  await unlock();
  const records = await probes.benchHeap();
  await indexReady();
  const index = await probes.benchHeap();
  const workers = await probes.benchWorkerHeaps();
  caseViewsOf(store, viewNow);
  const views = await probes.benchHeap();
  return { locked, records, index, views, workers };
};
