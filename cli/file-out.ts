// Writing a command's output file: into a private temporary file beside it, hashed as it
// is written, and renamed into place only when the command succeeds. A failed or refused
// command therefore never leaves a partial or unverified <file> behind. An existing <file> is
// never replaced unless the user said --force (checked before any work, and again by the
// rename itself, which is a no-clobber hard link then).
import { createHash } from 'node:crypto';
import { link, lstat, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './output';

const WRITE_BATCH = 1 << 20;

export type WrittenFile = { out: string; size: number; sha256: string };

export function unwritable(path: string, error: unknown): CliError {
  const reason = error instanceof Error ? error.message : String(error);
  return new CliError('file-unwritable', `cannot write '${path}': ${reason}`);
}

function exists(path: string): CliError {
  return new CliError(
    'file-exists',
    `'${path}' already exists: nothing was written (give --force to replace it)`,
  );
}

async function identity(path: string): Promise<string | null> {
  try {
    const { dev, ino } = await stat(path);
    return `${dev}:${ino}`;
  } catch {
    return null;
  }
}

/**
 * Refuses, before the command does any work, an output that is one of its inputs (always,
 * even with --force: the input would be gone before it was read), two outputs naming the
 * same file, and an existing output unless `force`.
 */
export async function checkOutputs(
  outputs: readonly string[],
  inputs: readonly (string | undefined)[],
  force: boolean,
): Promise<void> {
  const taken = new Map<string, string>();
  for (const input of inputs) {
    if (input === undefined) continue;
    taken.set(resolve(input), input);
    const id = await identity(input);
    if (id !== null) taken.set(id, input);
  }
  for (const out of outputs) {
    const id = await identity(out);
    const input = taken.get(resolve(out)) ?? (id === null ? undefined : taken.get(id));
    if (input !== undefined) {
      throw new CliError(
        'file-is-input',
        `'${out}' is also an input of this command ('${input}'): refused even with --force, write the output elsewhere`,
      );
    }
    const seen = await lstat(out).then(
      () => true,
      () => false,
    );
    if (seen && !force) throw exists(out);
    taken.set(resolve(out), out);
    if (id !== null) taken.set(id, out);
  }
}

/**
 * Moves the finished temporary file to <out>. Without `replace`, a hard link (which fails on
 * an existing name, unlike rename) so a file that appeared since the check is not clobbered;
 * a file system without hard links gets a last check and the rename.
 */
export async function publishFile(temp: string, out: string, replace: boolean): Promise<void> {
  if (replace) return rename(temp, out);
  try {
    await link(temp, out);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw exists(out);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    if (
      await lstat(out).then(
        () => true,
        () => false,
      )
    )
      throw exists(out);
    return rename(temp, out);
  }
  await rm(temp, { force: true });
}

export type TempWriter = {
  /** Writes the stream to the temporary file; rejects with the stream's or the disk's error.
   *  `observe` sees every chunk as it is written (what the caller learns about the data). */
  consume(data: ReadableStream<Uint8Array>, observe?: (chunk: Uint8Array) => void): Promise<void>;
  /** Set when consume failed because of the disk, not the stream (a full disk is not a bad message). */
  readonly ioFailure: CliError | null;
  /** Renames the temporary file to <out>. */
  publish(): Promise<WrittenFile>;
  discard(): Promise<void>;
};

/** `mode` 0o600 for plaintext; 0o666 (less the umask, like any new file) for what is sent out.
 *  `replace`: the user gave --force (an existing <out> is replaced). */
export async function openTempWriter(
  out: string,
  mode = 0o600,
  replace = false,
): Promise<TempWriter> {
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.part`);
  const handle = await open(temp, 'wx', mode).catch((error: unknown) => {
    throw unwritable(out, error);
  });
  const hash = createHash('sha256');
  let size = 0;
  let ioFailure: CliError | null = null;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    get ioFailure() {
      return ioFailure;
    },
    async consume(data, observe) {
      // openpgp.js yields small chunks (8 KiB): gathered into one reused buffer and written
      // WRITE_BATCH at a time, or the per-write cost dominates the whole command (and a new
      // buffer per batch is garbage the process's peak memory carries until a GC).
      const batch = Buffer.allocUnsafe(WRITE_BATCH);
      let pendingBytes = 0;
      const flush = async () => {
        if (pendingBytes === 0) return;
        const length = pendingBytes;
        pendingBytes = 0;
        try {
          await handle.write(batch, 0, length);
        } catch (error) {
          ioFailure = unwritable(out, error);
          throw ioFailure;
        }
      };
      for await (const chunk of data) {
        observe?.(chunk);
        hash.update(chunk);
        size += chunk.length;
        let offset = 0;
        while (offset < chunk.length) {
          const taken = Math.min(chunk.length - offset, WRITE_BATCH - pendingBytes);
          batch.set(chunk.subarray(offset, offset + taken), pendingBytes);
          pendingBytes += taken;
          offset += taken;
          if (pendingBytes === WRITE_BATCH) await flush();
        }
      }
      await flush();
    },
    async publish() {
      try {
        await close();
        await publishFile(temp, out, replace);
      } catch (error) {
        await rm(temp, { force: true });
        throw error instanceof CliError ? error : unwritable(out, error);
      }
      return { out, size, sha256: hash.digest('hex') };
    },
    async discard() {
      await close().catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
}

/**
 * Writes a stream to <out> atomically. `streamError` turns an error of the stream itself
 * (not of the disk) into the command's failure.
 */
export async function writeStreamAtomically(
  out: string,
  data: ReadableStream<Uint8Array>,
  streamError: (error: unknown) => CliError,
  mode = 0o600,
  replace = false,
): Promise<WrittenFile> {
  const writer = await openTempWriter(out, mode, replace);
  try {
    await writer.consume(data);
  } catch (error) {
    await writer.discard();
    throw writer.ioFailure ?? streamError(error);
  }
  return writer.publish();
}

export function writeFileAtomically(
  out: string,
  bytes: Uint8Array | string,
  { mode = 0o600, replace = false }: { mode?: number; replace?: boolean } = {},
): Promise<WrittenFile> {
  const blob = new Blob([typeof bytes === 'string' ? bytes : (bytes as Uint8Array<ArrayBuffer>)]);
  return writeStreamAtomically(out, blob.stream(), (e) => unwritable(out, e), mode, replace);
}
