import { Dexie } from 'dexie';
import type { AirlockDb, RecordRow, RecordTable } from './db';

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

/** Dexie's own promises only: a native one awaited inside the transaction loses its zone. */
const putRows = (db: AirlockDb, rows: readonly SealedPut[]): Promise<unknown> => {
  const byTable = new Map<RecordTable, RecordRow[]>();
  for (const { table, row } of rows) {
    const list = byTable.get(table) ?? [];
    list.push(row);
    byTable.set(table, list);
  }
  return Dexie.Promise.all([...byTable].map(([table, list]) => db.table(table).bulkPut(list)));
};

/** Rows per `bulkPut` call: each call's completion is a moment when the transaction is
 *  active and the next sealed chunk can be put, before the previous one has drained. */
const PUT_BATCH = 100;

export type ChunkWriteOptions<T> = {
  /** Test hook: after chunk `index`'s puts were issued (a throw aborts the transaction). */
  afterChunk?: ((index: number) => void) | undefined;
  /** Work for this thread while IndexedDB writes the last puts (the commit's audit chain
   *  and header); its result is returned once every put has completed. */
  whileDraining: () => Promise<T>;
};

/**
 * Call inside the commit's Dexie `rw` transaction. Puts `first` (sealed before the
 * transaction opened), then each later chunk, sealed one after another outside the
 * transaction while IndexedDB writes the earlier ones. A sealed chunk is put from the
 * completion of an earlier `bulkPut` (the transaction is active there), so IndexedDB's
 * queue does not run dry between chunks. Meanwhile `Dexie.waitFor` keeps the transaction
 * open until the chunk is sealed (awaiting WebCrypto's promise directly would let
 * IndexedDB commit it half-written); its dummy reads queue behind the puts, so it spins
 * only while sealing is slower than writing, and one wait per chunk stays far below its
 * 60 s timeout. A seal that fails, a put that fails or a throwing `afterChunk` aborts the
 * whole transaction: nothing of any chunk is kept.
 */
export const writeSealedChunks = async <T>(
  db: AirlockDb,
  first: readonly SealedPut[],
  later: readonly (() => Promise<SealedPut[]>)[],
  options: ChunkWriteOptions<T>,
): Promise<T> => {
  const sealedQueue: SealedPut[][] = [];
  const writes: Promise<unknown>[] = [];
  let issuedChunks = 0;
  let failed = false;
  const pump = (): void => {
    if (failed) return;
    for (let rows = sealedQueue.shift(); rows !== undefined; rows = sealedQueue.shift()) {
      for (let i = 0; i < rows.length; i += PUT_BATCH) {
        const write = putRows(db, rows.slice(i, i + PUT_BATCH)).then(pump);
        // Awaited at the end; this only keeps a failure from being reported as unhandled.
        write.catch(() => undefined);
        writes.push(write);
      }
      const index = issuedChunks;
      issuedChunks += 1;
      try {
        options.afterChunk?.(index);
      } catch (error) {
        // The transaction aborts on this rejection; put nothing more meanwhile.
        failed = true;
        throw error;
      }
    }
  };
  // Each chunk is sealed after the previous one, outside the transaction's zone; the first
  // in a later task, so that the first chunk's puts reach IndexedDB before this thread
  // spends its time on JSON and UTF-8.
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
  for (const chunk of sealed) {
    await Dexie.waitFor(chunk);
    pump();
  }
  const result = await Dexie.waitFor(Dexie.ignoreTransaction(options.whileDraining));
  // `writes` only grows while chunks are still being sealed; all are issued by now.
  await Dexie.Promise.all(writes);
  return result;
};
