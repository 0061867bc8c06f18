import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { fail, ok, type Result } from '../../shared/ipc/result';

/** `fs.promises.open`, injectable so a test can change a file between the checks. */
export type OpenFile = (path: string, flags: number) => Promise<FileHandle>;

export type ReadCappedOptions = {
  /** Refuse a symbolic link as the last path component (O_NOFOLLOW). */
  noFollow?: boolean;
  open?: OpenFile;
};

// O_NONBLOCK: opening a FIFO for reading without it waits for a writer, which would hold
// a libuv worker forever (and with four such picks, every file operation of main). With
// it the open returns at once and fstat below refuses the FIFO. O_NOFOLLOW and O_NONBLOCK
// do not exist on Windows; the callers' realpath checks still apply there.
const openFlags = (noFollow: boolean): number =>
  constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (noFollow ? (constants.O_NOFOLLOW ?? 0) : 0);

/** What the descriptor is, for the refusal message (never a path). */
function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** An open that failed, as a value: the renderer gets a code, never a stack or a path. */
function openFailure(error: unknown): Result<never> {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
    case 'ELOOP': // O_NOFOLLOW met a symbolic link
      return fail('not-found', 'no such file');
    case 'ENXIO': // a socket, or a device without its driver
    case 'EISDIR':
      return fail('not-a-file', 'not a regular file');
    default:
      return fail(
        'unreadable',
        `the file cannot be read (${typeof code === 'string' ? code : 'error'})`,
      );
  }
}

const changed = (): Result<never> =>
  fail('changed', 'the file changed while it was read; read it again once it is complete');

/**
 * Reads a regular file of at most `maxBytes`. The type and size come from `fstat` on the
 * opened descriptor, so what is read is what was checked: a FIFO, device, folder or
 * socket is refused without reading a byte. At most size + 1 bytes are read, and a file
 * that grew, shrank or was rewritten between the check and the end of the read fails
 * with `changed` instead of coming back cut at the cap as if complete.
 */
export async function readFileCapped(
  path: string,
  maxBytes: number,
  options: ReadCappedOptions = {},
): Promise<Result<Uint8Array>> {
  let handle: FileHandle;
  try {
    handle = await (options.open ?? open)(path, openFlags(options.noFollow ?? false));
  } catch (error) {
    return openFailure(error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return fail('not-a-file', kindOf(info));
    if (info.size > maxBytes) return tooLarge(maxBytes);
    // One byte more than the size: reading it proves the file grew.
    const buffer = new Uint8Array(info.size + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled !== info.size) return changed();
    const after = await handle.stat();
    if (after.size !== info.size || after.mtimeMs !== info.mtimeMs) return changed();
    return ok(buffer.subarray(0, filled));
  } finally {
    await handle.close();
  }
}

const tooLarge = (maxBytes: number): Result<never> =>
  fail('too-large', `the file is larger than ${maxBytes} bytes`);
