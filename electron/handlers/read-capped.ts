import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { fail, ok, type Result } from '../../shared/ipc/result';

/**
 * Reads a regular file of at most `maxBytes`. The size is checked on the open handle
 * and again while reading, so a file that grows between the check and the read (or a
 * device that lies about its size) still cannot push more than the cap into memory.
 * `noFollow` refuses a symbolic link as the last path component.
 */
export async function readFileCapped(
  path: string,
  maxBytes: number,
  noFollow = false,
): Promise<Result<Uint8Array>> {
  // O_NOFOLLOW does not exist on Windows; the caller's realpath check still applies.
  const flags = constants.O_RDONLY | (noFollow ? (constants.O_NOFOLLOW ?? 0) : 0);
  const handle = await open(path, flags);
  try {
    const info = await handle.stat();
    if (!info.isFile()) return fail('not-a-file', 'not a regular file');
    if (info.size > maxBytes) return tooLarge(maxBytes);
    const buffer = new Uint8Array(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled > maxBytes) return tooLarge(maxBytes);
      if (filled === buffer.length) break;
    }
    return ok(buffer.slice(0, filled));
  } finally {
    await handle.close();
  }
}

const tooLarge = (maxBytes: number): Result<never> =>
  fail('too-large', `the file is larger than ${maxBytes} bytes`);
