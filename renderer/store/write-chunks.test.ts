import { describe, it, expect } from 'vitest';
import { Dexie } from 'dexie';
import { openDb } from './db';
import { chunksOf, writeSealedChunks, type SealedPut } from './write-chunks';

const put = (id: string, bi?: string): SealedPut => ({
  table: 'cases',
  row: {
    id,
    kind: 'cases',
    iv: new Uint8Array(12),
    ct: new Uint8Array(16),
    v: 1,
    ...(bi === undefined ? {} : { bi }),
  },
});
const rows = (from: number, count: number): SealedPut[] =>
  Array.from({ length: count }, (_, i) => put(`case-${from + i}`));
const later = (chunks: SealedPut[][]) => chunks.map((chunk) => () => Promise.resolve(chunk));

describe('writeSealedChunks', () => {
  it('puts every chunk, in order, and returns the work done alongside once all are written', async () => {
    const db = openDb(`chunks-${crypto.randomUUID()}`);
    const issued: number[] = [];
    const result = await db.transaction('rw', ['cases'], () =>
      writeSealedChunks(rows(0, 250), later(chunksOf(rows(250, 1000), 300)), {
        afterChunk: (index) => issued.push(index),
        alongside: () => Promise.resolve('audit built'),
      }),
    );
    expect(result).toBe('audit built');
    expect(issued).toEqual([0, 1, 2, 3, 4]);
    expect(await db.cases.count()).toBe(1250);
    expect(await db.cases.get('case-1249')).toMatchObject({ id: 'case-1249', kind: 'cases' });
    db.close();
  });

  it('a put IndexedDB refuses aborts the whole write with that error, earlier chunks included', async () => {
    const name = `chunks-${crypto.randomUUID()}`;
    // Schema v2 still had a unique index: the one way here to make IndexedDB refuse a put.
    const db = openDb(name, 2);
    const refused = db.transaction('rw', ['cases'], () =>
      writeSealedChunks(rows(0, 120), later([[put('x', 'same')], [put('y', 'same')]]), {
        alongside: () => Promise.resolve(null),
      }),
    );
    await expect(refused).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await db.cases.count()).toBe(0);
    db.close();
    await Dexie.delete(name);
  });

  it('a chunk that fails to seal aborts the write and nothing is kept', async () => {
    const db = openDb(`chunks-${crypto.randomUUID()}`);
    const failing = db.transaction('rw', ['cases'], () =>
      writeSealedChunks(
        rows(0, 100),
        [() => Promise.resolve(rows(100, 100)), () => Promise.reject(new Error('seal failed'))],
        { alongside: () => Promise.resolve(null) },
      ),
    );
    await expect(failing).rejects.toThrow('seal failed');
    expect(await db.cases.count()).toBe(0);
    db.close();
  });
});
