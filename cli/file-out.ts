// Writing a command's output file: into a private temporary file beside it, hashed as it
// is written, and renamed into place only when the command succeeds. A failed or refused
// command therefore never leaves a partial or unverified <file> behind.
import { createHash } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError } from './output';

const WRITE_BATCH = 1 << 20;

export type WrittenFile = { out: string; size: number; sha256: string };

export function unwritable(path: string, error: unknown): CliError {
  const reason = error instanceof Error ? error.message : String(error);
  return new CliError('file-unwritable', `cannot write '${path}': ${reason}`);
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

/** `mode` 0o600 for plaintext; 0o666 (less the umask, like any new file) for what is sent out. */
export async function openTempWriter(out: string, mode = 0o600): Promise<TempWriter> {
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
        await rename(temp, out);
      } catch (error) {
        await rm(temp, { force: true });
        throw unwritable(out, error);
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
): Promise<WrittenFile> {
  const writer = await openTempWriter(out, mode);
  try {
    await writer.consume(data);
  } catch (error) {
    await writer.discard();
    throw writer.ioFailure ?? streamError(error);
  }
  return writer.publish();
}

export function writeFileAtomically(out: string, bytes: Uint8Array): Promise<WrittenFile> {
  return writeStreamAtomically(out, new Blob([bytes as Uint8Array<ArrayBuffer>]).stream(), (e) =>
    unwritable(out, e),
  );
}
