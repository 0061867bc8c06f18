import { describe, expect, it } from 'vitest';
import {
  SAFETY_COPIES_KEPT,
  SAFETY_COPY_MIN_GAP_MS,
  keepSafetyCopy,
  nextCopyDelay,
  listSafetyCopies,
  safetyCopyName,
  type CopyDirectory,
} from './safety-copies';

const memoryDirectory = (failWrites = false) => {
  const files = new Map<string, Uint8Array>();
  const dir: CopyDirectory = {
    names: () => Promise.resolve([...files.keys()]),
    write: (name, bytes) => {
      if (failWrites) return Promise.reject(new Error('QuotaExceededError'));
      files.set(name, bytes);
      return Promise.resolve();
    },
    read: (name) => Promise.resolve(files.get(name) ?? null),
    remove: (name) => {
      files.delete(name);
      return Promise.resolve();
    },
  };
  return { files, dir };
};

const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 14, minute, 5, 120));

describe('safety copies', () => {
  it('keeps the newest copies, listed newest first, and ignores files of other names', async () => {
    const { files, dir } = memoryDirectory();
    files.set('notes.txt', new Uint8Array([1]));
    files.set('safety-2026.airlock-backup', new Uint8Array([1]));
    for (const minute of [1, 3, 2, 4])
      await keepSafetyCopy(dir, new Uint8Array([minute]), at(minute));

    const copies = await listSafetyCopies(dir);
    expect(copies).toHaveLength(SAFETY_COPIES_KEPT);
    expect(copies.map((c) => c.madeAt)).toEqual([at(4), at(3)]);
    expect(await dir.read(copies[0]?.name ?? '')).toEqual(new Uint8Array([4]));
    // What is not a copy is never removed.
    expect(files.has('notes.txt')).toBe(true);
    expect(files.has('safety-2026.airlock-backup')).toBe(true);
  });

  it('names a copy by its instant, to the millisecond, and reads that instant back', async () => {
    expect(safetyCopyName(at(4))).toBe('safety-20261207T140405120Z.airlock-backup');
    const { dir } = memoryDirectory();
    await keepSafetyCopy(dir, new Uint8Array([1]), at(4));
    expect((await listSafetyCopies(dir))[0]?.madeAt).toEqual(at(4));
  });

  it('keeps the copies it had when a new one cannot be written', async () => {
    const good = memoryDirectory();
    await keepSafetyCopy(good.dir, new Uint8Array([1]), at(1));
    await keepSafetyCopy(good.dir, new Uint8Array([2]), at(2));
    const full = memoryDirectory(true).dir;
    const failing = {
      ...good.dir,
      write: (name: string, bytes: Uint8Array) => full.write(name, bytes),
    };
    await expect(keepSafetyCopy(failing, new Uint8Array([3]), at(3))).rejects.toThrow(/Quota/);
    expect((await listSafetyCopies(good.dir)).map((c) => c.madeAt)).toEqual([at(2), at(1)]);
  });
});

describe('how often safety copies are made', () => {
  it('waits at least the minimum gap, longer for a vault whose copy took long', () => {
    expect(nextCopyDelay(null)).toBe(SAFETY_COPY_MIN_GAP_MS);
    expect(nextCopyDelay(200)).toBe(SAFETY_COPY_MIN_GAP_MS);
    // A copy of a large vault that took 12 s: the next one no sooner than 4 minutes after
    // writes pause, so copies take about a twentieth of the analyst's machine.
    expect(nextCopyDelay(12_000)).toBe(240_000);
  });
});
