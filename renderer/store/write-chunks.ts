import { Dexie } from 'dexie';
import type { RecordRow, RecordTable } from './db';

/**
 * Records sealed and put per step of a commit. A commit of up to this many records is sealed
 * whole before its transaction opens; a bulk one seals the next chunk while IndexedDB writes
 * the previous one (the 10k import spent a third of its time sealing with IndexedDB idle).
 */
export const WRITE_CHUNK = 500;

export type SealedPut = { table: RecordTable; row: RecordRow };

export const chunksOf = <T>(list: readonly T[], size = WRITE_CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};

/** Rows per batch of puts: each batch's completion is a moment when the transaction is
 *  active and the next sealed chunk can be put, before the previous one has drained. */
const PUT_BATCH = 100;

export type ChunkWriteOptions<T> = {
  /** Test hook: after chunk `index`'s puts were issued (a throw aborts the transaction). */
  afterChunk?: ((index: number) => void) | undefined;
  /** Work for this thread started once the first chunk's puts are issued, so that IndexedDB
   *  writes them meanwhile (the commit's audit chain and header); its result is returned
   *  once every put has completed. */
  alongside: () => Promise<T>;
};

/**
 * Call inside the commit's Dexie `rw` transaction. Puts `first` (sealed before the
 * transaction opened), then each later chunk, sealed one after another outside the
 * transaction while IndexedDB writes the earlier ones. A sealed chunk is put from the
 * completion of an earlier batch of puts (the transaction is active there), so IndexedDB's
 * queue does not run dry between chunks. Meanwhile `Dexie.waitFor` keeps the transaction
 * open until the chunk is sealed (awaiting WebCrypto's promise directly would let
 * IndexedDB commit it half-written); its dummy reads queue behind the puts, so it spins
 * only while sealing is slower than writing, and one wait per chunk stays far below its
 * 60 s timeout. A seal that fails, a put that fails or a throwing `afterChunk` aborts the
 * whole transaction: nothing of any chunk is kept.
 *
 * The rows go to the transaction's native IndexedDB handle rather than through `bulkPut`:
 * they are sealed rows keyed by their own `id`, with nothing for Dexie's hooks or key
 * mapping to do, and Dexie's per-row bookkeeping was about a fifth of a 10k write's main
 * thread (bench/store). Only a batch's last request gets a success handler (a transaction's
 * requests complete in order); a failed put's error event bubbles to the transaction, which
 * aborts, and this rejects with that put's error.
 */
export const writeSealedChunks = async <T>(
  first: readonly SealedPut[],
  later: readonly (() => Promise<SealedPut[]>)[],
  options: ChunkWriteOptions<T>,
): Promise<T> => {
  const native = Dexie.currentTransaction.idbtrans;
  const stores = new Map<RecordTable, IDBObjectStore>();
  const storeOf = (table: RecordTable): IDBObjectStore => {
    let store = stores.get(table);
    if (store === undefined) {
      store = native.objectStore(table);
      stores.set(table, store);
    }
    return store;
  };

  const sealedQueue: SealedPut[][] = [];
  let issuedChunks = 0;
  let inFlight = 0;
  let allIssued = false;
  let failed = false;
  let settle: { resolve: () => void; reject: (error: unknown) => void } | undefined;
  let rejectFailure: ((error: unknown) => void) | undefined;
  // Dexie's promises: a native one awaited inside the transaction loses its zone.
  const drained = new Dexie.Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const failure = new Dexie.Promise<never>((_, reject) => {
    rejectFailure = reject;
  });
  // Both are awaited below; this only keeps an early failure from being reported as unhandled.
  drained.catch(() => undefined);
  failure.catch(() => undefined);
  const fail = (error: unknown): void => {
    if (failed) return;
    failed = true;
    settle?.reject(error);
    rejectFailure?.(error);
  };
  // A failed put's error event bubbles to the transaction: one listener for every row.
  native.addEventListener('error', (event) => fail((event.target as IDBRequest).error));
  native.addEventListener('abort', () => fail(native.error ?? new Error('The write was aborted.')));
  // `Dexie.waitFor` settles only through its spinning reads, which stop when the transaction
  // aborts: racing it with the failure keeps a failed put from leaving this waiting forever.
  const waitFor = <V>(promise: Promise<V>): Promise<V> =>
    Dexie.Promise.race([Dexie.waitFor(promise), failure]);

  const putBatch = (rows: readonly SealedPut[]): void => {
    let last: IDBRequest | undefined;
    for (const { table, row } of rows) last = storeOf(table).put(row);
    if (last === undefined) return;
    inFlight += 1;
    last.onsuccess = () => {
      inFlight -= 1;
      pump();
    };
  };
  const pump = (): void => {
    if (failed) return;
    try {
      for (let rows = sealedQueue.shift(); rows !== undefined; rows = sealedQueue.shift()) {
        for (let i = 0; i < rows.length; i += PUT_BATCH) putBatch(rows.slice(i, i + PUT_BATCH));
        const index = issuedChunks;
        issuedChunks += 1;
        options.afterChunk?.(index);
      }
    } catch (error) {
      // Put nothing more; the rejection aborts the transaction.
      fail(error);
      return;
    }
    if (allIssued && inFlight === 0) settle?.resolve();
  };

  // Each chunk is sealed after the previous one, outside the transaction's zone; the first
  // in a later task, so that the first chunk's puts reach IndexedDB before this thread
  // spends its time on JSON and UTF-8. (Sealing two chunks at once was slower on two
  // cores: WebCrypto's thread and IndexedDB's compete for them.)
  const sealed: Promise<void>[] = [];
  Dexie.ignoreTransaction(() => {
    let previous = new Promise<void>((resolve) => setTimeout(resolve, 0));
    for (const seal of later) {
      previous = previous.then(async () => {
        sealedQueue.push(await seal());
      });
      // Awaited below; this only keeps an early failure from being reported as unhandled.
      previous.catch(() => undefined);
      sealed.push(previous);
    }
  });
  sealedQueue.push([...first]);
  pump();
  const side = Dexie.ignoreTransaction(options.alongside);
  // Awaited below; this only keeps an early failure from being reported as unhandled.
  side.catch(() => undefined);
  for (const chunk of sealed) {
    await waitFor(chunk);
    pump();
  }
  const result = await waitFor(side);
  allIssued = true;
  pump();
  await drained;
  return result;
};
