// `message open --out <file>` of an encrypted OpenPGP message: decrypted as a stream into
// a private temporary file beside <file>, renamed into place only once the integrity check
// and every signature have been evaluated; on any failure the temporary file is removed
// and <file> is untouched. The JSON then carries the file's size and sha256, not the text.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { Buffer } from 'node:buffer';
import {
  DEFAULT_PGP_LIMITS,
  type Key,
  type PrivateKey,
  type SignatureReport,
} from '../../shared/crypto/pgp';
import { openStream, type PlaintextSink } from '../../shared/crypto/pgp/open-stream';
import { detectShape } from '../../shared/exchange/message';
import { openTempWriter, type WrittenFile } from '../file-out';
import { CliError } from '../output';

export type StreamedOpen = { encrypted: true; signatures: SignatureReport[]; file: WrittenFile };

const HEAD_BYTES = 1 << 20;

function unreadable(path: string, error: unknown): CliError {
  const reason = error instanceof Error ? error.message : String(error);
  return new CliError('file-unreadable', `cannot read message '${path}': ${reason}`);
}

/** The file's first MiB (what shape detection looks at), after the size cap. */
async function readHead(path: string): Promise<Uint8Array> {
  try {
    const { size } = await stat(path);
    // Same cap and wording as the in-memory path.
    if (size > DEFAULT_PGP_LIMITS.maxInputBytes) {
      throw new CliError(
        'too-large',
        `the file (${size} bytes) exceeds the cap of ${DEFAULT_PGP_LIMITS.maxInputBytes}`,
      );
    }
    const handle = await open(path, 'r');
    try {
      const buffer = new Uint8Array(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw error instanceof CliError ? error : unreadable(path, error);
  }
}

export function fileStream(path: string): ReadableStream<Uint8Array> {
  return Readable.toWeb(
    createReadStream(path, { highWaterMark: HEAD_BYTES }),
  ) as ReadableStream<Uint8Array>;
}

export type Streamable = { armored: boolean; headText: string };

async function readTail(path: string, length: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(length, size));
    await handle.read(buffer, 0, buffer.length, size - buffer.length);
    return buffer.toString('latin1');
  } finally {
    await handle.close();
  }
}

/**
 * Whether the file can be opened as a stream: a binary message, or one armored message
 * from its first line to its last. Anything else (a greeting around the armor, a
 * truncated file, an e-mail) keeps the in-memory path, which cuts the armor out and
 * reports exactly what is wrong.
 */
export async function streamable(
  file: string,
  keys: readonly PrivateKey[],
): Promise<Streamable | null> {
  const head = await readHead(file);
  if (keys.length === 0) return null;
  const shape = detectShape(head);
  // One char per byte: the armor and its headers are ASCII.
  const headText = Buffer.from(head.buffer, head.byteOffset, head.length).toString('latin1');
  if (shape === 'binary-message') return { armored: false, headText };
  if (shape !== 'armored-message' || !/^\s*-----BEGIN PGP MESSAGE-----/.test(headText)) return null;
  const tail = await readTail(file, 4096).catch((error: unknown) => {
    throw unreadable(file, error);
  });
  return tail.trimEnd().endsWith('-----END PGP MESSAGE-----') ? { armored: true, headText } : null;
}

export async function openStreamed(
  input: { file: string; decryptionKeys: readonly PrivateKey[]; knownKeys: readonly Key[] },
  armored: boolean,
  sink: PlaintextSink,
) {
  return openStream(
    {
      input: fileStream(input.file),
      armored,
      decryptionKeys: input.decryptionKeys,
      verificationKeys: [...input.knownKeys, ...input.decryptionKeys.map((k) => k.toPublic())],
    },
    sink,
  );
}

/**
 * Streams an encrypted OpenPGP message into `out`. Returns null when the file is not
 * streamable or not encrypted: the caller then opens it in memory as before.
 */
export async function openEncryptedToFile(input: {
  file: string;
  out: string;
  decryptionKeys: readonly PrivateKey[];
  knownKeys: readonly Key[];
}): Promise<StreamedOpen | null> {
  const how = await streamable(input.file, input.decryptionKeys);
  if (how === null) return null;
  const writer = await openTempWriter(input.out);
  const opened = await openStreamed(input, how.armored, (unverified) => writer.consume(unverified));
  if (!opened.ok) {
    await writer.discard();
    if (writer.ioFailure !== null) throw writer.ioFailure;
    if (opened.error.code === 'not-encrypted') return null;
    throw new CliError(opened.error.code, opened.error.message);
  }
  return { encrypted: true, signatures: opened.value.signatures, file: await writer.publish() };
}
