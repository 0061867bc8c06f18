// `message open --out <file>` of an encrypted OpenPGP message: decrypted as a stream into
// a private temporary file beside <file>, renamed into place only once the integrity check
// and every signature have been evaluated; on any failure the temporary file is removed
// and <file> is untouched. The JSON then carries the file's size and sha256, not the text.
import { createDecipheriv } from 'node:crypto';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import {
  DEFAULT_PGP_LIMITS,
  type Key,
  type PrivateKey,
  type SignatureReport,
} from '../../shared/crypto/pgp';
import {
  openStream,
  type PacketSpool,
  type PlaintextSink,
} from '../../shared/crypto/pgp/open-stream';
import type { CfbDecipherFactory } from '../../shared/crypto/pgp/seipd-stream';
// detect.ts, not the package index: the index brings postal-mime (e-mail parsing), which a
// streamed open never uses.
import { detectShape } from '../../shared/exchange/message/detect';
import { openTempWriter, type WrittenFile } from '../file-out';
import { CliError } from '../output';
import { nodeIncrementalHash } from '../secret-key';
import { withSpool } from '../spool';

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

const READ_CHUNK = 64 * 1024;

/**
 * A file as a Web stream that reads one chunk when the consumer asks for one. Not
 * Readable.toWeb: in Node 20 it queues up to highWaterMark *chunks*, so a file read faster
 * than openpgp.js consumes it landed in memory whole (a 10 MB reply cost 60 MB of RSS).
 */
export function fileStream(path: string): ReadableStream<Uint8Array> {
  let handle: FileHandle | null = null;
  const close = async () => {
    const open = handle;
    handle = null;
    await open?.close();
  };
  return new ReadableStream<Uint8Array>(
    {
      async start() {
        handle = await open(path, 'r');
      },
      async pull(controller) {
        if (handle === null) return;
        const buffer = Buffer.allocUnsafe(READ_CHUNK);
        const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK, null);
        if (bytesRead === 0) {
          await close();
          controller.close();
        } else {
          controller.enqueue(new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead));
        }
      },
      cancel: close,
    },
    { highWaterMark: 1 },
  );
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

const NODE_CFB: Readonly<Record<string, string>> = {
  aes128: 'aes-128-cfb',
  aes192: 'aes-192-cfb',
  aes256: 'aes-256-cfb',
};

/** Node's CFB (zero IV: the SEIPD mode) for the AES sizes; openpgp.js keeps the others. */
export const nodeCfbDecipher: CfbDecipherFactory = (algorithm, key) => {
  const name = NODE_CFB[algorithm];
  if (name === undefined) return null;
  const decipher = createDecipheriv(name, key, Buffer.alloc(16));
  return (ciphertext) => decipher.update(ciphertext);
};

/**
 * The encrypted message opened as a stream into `sink`: the ciphertext is decrypted into a
 * private spool of its own (never held whole), and the packets in it are read back only
 * once its MDC matched; the spool is removed however the open ends.
 */
export async function openStreamed(
  input: { file: string; decryptionKeys: readonly PrivateKey[]; knownKeys: readonly Key[] },
  armored: boolean,
  sink: PlaintextSink,
) {
  return withSpool(async (packets) => {
    const spool: PacketSpool = {
      async write(data) {
        await packets.writer.consume(data);
        await packets.writer.publish();
      },
      read: () => fileStream(packets.path),
    };
    const opened = await openStream(
      {
        input: fileStream(input.file),
        armored,
        decryptionKeys: input.decryptionKeys,
        verificationKeys: [...input.knownKeys, ...input.decryptionKeys.map((k) => k.toPublic())],
        spooled: { decipher: nodeCfbDecipher, createHash: nodeIncrementalHash, spool },
      },
      sink,
    );
    // A full disk while spooling is not a bad message.
    if (!opened.ok && packets.writer.ioFailure !== null) throw packets.writer.ioFailure;
    return opened;
  }, 'packets');
}

/**
 * Streams an encrypted OpenPGP message into `out`. Returns null when the file is not
 * streamable or not encrypted: the caller then opens it in memory as before.
 */
export async function openEncryptedToFile(input: {
  file: string;
  out: string;
  /** --force: an existing <out> is replaced. */
  force: boolean;
  decryptionKeys: readonly PrivateKey[];
  knownKeys: readonly Key[];
}): Promise<StreamedOpen | null> {
  const how = await streamable(input.file, input.decryptionKeys);
  if (how === null) return null;
  const writer = await openTempWriter(input.out, 0o600, input.force);
  const opened = await openStreamed(input, how.armored, (unverified) => writer.consume(unverified));
  if (!opened.ok) {
    await writer.discard();
    if (writer.ioFailure !== null) throw writer.ioFailure;
    if (opened.error.code === 'not-encrypted') return null;
    throw new CliError(opened.error.code, opened.error.message);
  }
  return { encrypted: true, signatures: opened.value.signatures, file: await writer.publish() };
}
