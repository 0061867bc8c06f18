import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { saveFailureOf, saveFailureText } from '../../shared/ipc/save-failure';

/** The slice of an open file a write needs. */
export type WritableHandle = {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
};

/** The file system as a write sees it: injected so a test can fail it partway. */
export type WriteFs = {
  open(path: string, flags: 'wx' | 'r'): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  link(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  lstat(path: string): Promise<unknown>;
};

export const nodeWriteFs: WriteFs = {
  open: (path, flags) => fsp.open(path, flags),
  rename: (from, to) => fsp.rename(from, to),
  link: (from, to) => fsp.link(from, to),
  unlink: (path) => fsp.unlink(path),
  lstat: (path) => fsp.lstat(path),
};

export type AtomicWriteOptions = {
  /** Replace a file of that name (the save dialog asked); otherwise refuse with `exists`. */
  replace: boolean;
  fs?: WriteFs;
  /** Bytes per write call; small in tests so a failure can land partway. */
  chunkBytes?: number;
  tempTag?: () => string;
};

const errnoOf = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

/** Hard links are how a no-replace rename is atomic; FAT and exFAT media have none. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

class Exists extends Error {}

/** Puts the finished temporary file at `path` without replacing anything there. */
async function placeNew(fs: WriteFs, temp: string, path: string): Promise<void> {
  try {
    await fs.link(temp, path);
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') throw new Exists();
    if (!NO_HARD_LINKS.has(errnoOf(error) as string)) throw error;
    // No hard links here: check, then rename (the window between is the old 'wx' one).
    if ((await fs.lstat(path).catch(() => null)) !== null) throw new Exists();
    await fs.rename(temp, path);
    return;
  }
  await fs.unlink(temp).catch(() => undefined);
}

/**
 * Writes `bytes` to `path` so that a full or read-only disk, a pulled medium or a crash
 * leaves either the whole new file or none (and, when replacing, the old file whole):
 * the bytes go to a temporary dot-file in the same folder, are flushed (fsync), and only
 * then renamed (or linked) to the name. On any failure the temporary file is removed and
 * the result names the file and why, as `disk-full`, `read-only`, `not-permitted` or
 * `write-failed` (shared/ipc/save-failure.ts), with the file name as the subject.
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions,
): Promise<Result<void>> {
  const fs = options.fs ?? nodeWriteFs;
  const chunk = options.chunkBytes ?? 1 << 20;
  const name = basename(path);
  const tag = options.tempTag?.() ?? randomBytes(6).toString('hex');
  const temp = join(dirname(path), `.${name}.${tag}.part`);
  let handle: WritableHandle | null = null;
  let created = false;
  try {
    handle = await fs.open(temp, 'wx');
    created = true;
    for (let offset = 0; offset < bytes.length;) {
      const length = Math.min(chunk, bytes.length - offset);
      const { bytesWritten } = await handle.write(bytes, offset, length, offset);
      if (bytesWritten <= 0) throw Object.assign(new Error('no progress'), { code: 'EIO' });
      offset += bytesWritten;
    }
    await handle.sync();
    const closing = handle;
    handle = null;
    await closing.close();
    if (options.replace) await fs.rename(temp, path);
    else await placeNew(fs, temp, path);
    created = false;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (created) await fs.unlink(temp).catch(() => undefined);
    if (error instanceof Exists) return fail('exists', `${name}: a file of that name exists`);
    const code = saveFailureOf(errnoOf(error));
    return fail(code, saveFailureText(code, name, 'en'), name);
  }
  await syncFolder(fs, dirname(path));
  return ok(undefined);
}

/** Makes the rename itself durable where the platform allows it (not on Windows). */
async function syncFolder(fs: WriteFs, folder: string): Promise<void> {
  try {
    const dir = await fs.open(folder, 'r');
    await dir.sync().finally(() => dir.close());
  } catch {
    // The file is complete and in place; only the folder entry's flush is best effort.
  }
}
