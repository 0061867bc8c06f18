// `bundle open` of a bundle in bounded memory (issue 25): the OpenPGP message is decrypted
// and verified as a stream (message-out.ts's openStreamed: the SEIPD contents spooled until
// their MDC matched) into a second private spool holding the ZIP, and nothing of the ZIP is
// read until the integrity check and the signer have passed. Its central directory and
// records are then read from the spool (a window at a time), each attachment blob hashed as
// it inflates and, with --extract, copied out of the spool only once the whole bundle passed.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdir, open, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { Key, PrivateKey } from '../../shared/crypto/pgp';
import {
  DEFAULT_BUNDLE_LIMITS,
  inflateChunks,
  MANIFEST_PATH,
  openSpooledBundle,
  type BundleResult,
  type SpooledBundle,
  type ZipBytes,
} from '../../shared/exchange/bundle';
import { bundleFail } from '../../shared/exchange/bundle/errors';
import { publishFile, unwritable } from '../file-out';
import { CliError } from '../output';
import { nodeIncrementalHash } from '../secret-key';
import { withSpool } from '../spool';
import { openStreamed } from './message-out';

export type SpooledOpenInput = {
  file: string;
  decryptionKeys: readonly PrivateKey[];
  knownKeys: readonly Key[];
  acceptUnknownSigner?: string;
};

/** The spooled ZIP's bytes, read where asked. */
function handleBytes(handle: FileHandle, size: number): ZipBytes {
  return {
    size,
    async read(offset, length) {
      const buffer = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
    },
  };
}

/** The file's size, and whether it starts as binary OpenPGP packets (high bit set). */
async function sizeAndShape(file: string): Promise<{ size: number; binary: boolean }> {
  try {
    const { size } = await stat(file);
    const handle = await open(file, 'r');
    try {
      const first = Buffer.alloc(1);
      const { bytesRead } = await handle.read(first, 0, 1, 0);
      return { size, binary: bytesRead === 1 && ((first[0] ?? 0) & 0x80) !== 0 };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError('file-unreadable', `cannot read bundle '${file}': ${reason}`);
  }
}

/**
 * Opens the bundle through two spools and runs `body` on it while the ZIP spool exists.
 * Null when the file is not a binary encrypted message: the caller opens it in memory as
 * before (armor, garbage, an unencrypted message), which names exactly what is wrong.
 */
export async function withSpooledBundle<T>(
  input: SpooledOpenInput,
  body: (bundle: SpooledBundle, zip: ZipBytes) => Promise<T>,
): Promise<BundleResult<T> | null> {
  const limits = DEFAULT_BUNDLE_LIMITS;
  const { size, binary } = await sizeAndShape(input.file);
  // Same cap and wording as openBundle.
  if (size > limits.maxInputBytes)
    return bundleFail(
      'input-too-large',
      `the file is ${size} bytes (limit ${limits.maxInputBytes})`,
    );
  if (!binary) return null;
  return withSpool(async (spool) => {
    const decrypted = await openStreamed(
      { file: input.file, decryptionKeys: input.decryptionKeys, knownKeys: input.knownKeys },
      false,
      (unverified) => spool.writer.consume(unverified),
    );
    if (spool.writer.ioFailure !== null) throw spool.writer.ioFailure;
    if (!decrypted.ok && decrypted.error.code === 'not-encrypted') return null;
    const written = await spool.writer.publish();
    const handle = await open(spool.path, 'r');
    try {
      const zip = handleBytes(handle, written.size);
      const opened = await openSpooledBundle(decrypted, zip, {
        createHash: nodeIncrementalHash,
        ...(input.acceptUnknownSigner === undefined
          ? {}
          : { acceptUnknownSigner: input.acceptUnknownSigner }),
      });
      if (!opened.ok) return opened;
      return { ok: true as const, value: await body(opened.value, zip) };
    } finally {
      await handle.close();
    }
  }, 'bundle.zip');
}

/** Writes one new file under `root` from `write`; a path that would leave it is refused
 *  (defence in depth: the bundle reader already rejects every name that is not a plain
 *  relative path), and an existing file is never overwritten. Written beside the target
 *  and moved into place once whole, like every file the CLI writes. */
export async function writeUnder(
  dir: string,
  path: string,
  write: (handle: FileHandle) => Promise<void>,
): Promise<void> {
  const root = resolve(dir);
  const target = resolve(root, path);
  if (!target.startsWith(root + sep))
    throw new CliError('path-invalid', `'${path}' would be written outside '${dir}'`);
  await mkdir(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.part`);
  let handle: FileHandle;
  try {
    handle = await open(temp, 'wx', 0o600);
  } catch (error) {
    throw unwritable(target, error);
  }
  try {
    try {
      await write(handle);
    } finally {
      await handle.close();
    }
    await publishFile(temp, target, false);
  } catch (error) {
    await rm(temp, { force: true });
    throw error instanceof CliError ? error : unwritable(target, error);
  }
}

/** Writes manifest.json, the records and (copied out of the spool, hashed again as they
 *  pass) the attachment blobs under `dir`, in the manifest's order. */
export async function extractSpooled(
  dir: string,
  bundle: SpooledBundle,
  zip: ZipBytes,
): Promise<void> {
  await mkdir(resolve(dir), { recursive: true });
  await writeUnder(dir, MANIFEST_PATH, (h) => h.writeFile(bundle.manifestBytes));
  for (const file of bundle.manifest.files) {
    const bytes = bundle.files.get(file.path);
    const entry = bundle.blobs.get(file.path);
    await writeUnder(dir, file.path, async (handle) => {
      if (bytes !== undefined) return handle.writeFile(bytes);
      if (entry === undefined) return;
      const hash = createHash('sha256');
      // A disk error is the disk's, not the bundle's (inflateChunks reports what it catches).
      const disk: { error: CliError | null } = { error: null };
      const copied = await inflateChunks(zip, entry, async (chunk) => {
        hash.update(chunk);
        await handle.write(chunk).catch((error: unknown) => {
          disk.error = unwritable(file.path, error);
          throw disk.error;
        });
      });
      if (disk.error !== null) throw disk.error;
      if (!copied.ok || hash.digest('hex') !== file.sha256)
        throw new CliError('hash-mismatch', `'${file.path}' changed in the spool`);
    });
  }
}
