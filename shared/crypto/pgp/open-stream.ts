// Opening a large encrypted message as a stream (the CLI's `message open` of a big reply):
// the ciphertext is read chunk by chunk and the plaintext handed to a sink, so a 10 MB
// reply is not held as armored text, ciphertext and plaintext at once, and a compression
// bomb is refused by openpgp.js's decompressed-size cap without first landing in memory.
//
// The SEIPDv1 packet's decrypted contents (the compressed or literal packets, about the
// size of the ciphertext) have their integrity (MDC) checked before any packet in them is
// parsed: a caller with a CFB decipher, an incremental hash and a spool (`spooled`, the
// CLI) decrypts them into the spool (seipd-stream.ts) and openpgp.js reads them back from
// there, so they are never held whole; otherwise openpgp.js reads them whole in memory.
// Only the decompressed plaintext streams into the sink. Not
// `allowUnauthenticatedStream`: with it, openpgp.js 6.3 parses the unverified packets as
// they arrive, and a tampered reply whose first inner packet header fails to parse
// deadlocks its stream (the decrypt promise never settles, so the CLI exited 0 printing
// nothing). The sink's data is still treated as UNVERIFIED until `openStream` returns ok
// (signatures are evaluated only after the sink has read the stream to its end, and a
// compression bomb errors the stream midway): the sink must keep what it receives private
// (a buffer, a temporary file) and the caller releases it only on ok.
import * as openpgp from 'openpgp';
import type { Key, Message, PrivateKey } from 'openpgp';
import { classifyMessageError, pgpFail, pgpOk, type PgpResult } from './errors';
import { DEFAULT_PGP_LIMITS, MAX_LEADING_PACKETS, pgpConfig, type PgpLimits } from './limits';
import { leadingPacketGuard } from './packet-scan';
import { isEncrypted, recipientCheck } from './open';
import { evaluateSignatures, type SignatureReport } from './signatures';
import type { IncrementalHashFactory } from './s2k-streaming';
import { seipdV1Packets, type CfbDecipherFactory } from './seipd-stream';

/** Where the SEIPD packet's unverified contents wait for their MDC: written whole, then read. */
export type PacketSpool = {
  write(packets: ReadableStream<Uint8Array>): Promise<void>;
  read(): ReadableStream<Uint8Array>;
};

/** A caller's means to decrypt a SEIPDv1 packet itself into a spool (seipd-stream.ts). */
export type SpooledDecryption = {
  decipher: CfbDecipherFactory;
  createHash: IncrementalHashFactory;
  spool: PacketSpool;
};

export type OpenStreamInput = {
  /** The message file's bytes. */
  input: ReadableStream<Uint8Array>;
  /** ASCII armor (`-----BEGIN PGP MESSAGE-----`) rather than binary packets. */
  armored: boolean;
  decryptionKeys: readonly PrivateKey[];
  verificationKeys: readonly Key[];
  limits?: PgpLimits;
  now?: Date;
  /** With it, the ciphertext is never held whole: it is decrypted into the spool, and the
   *  packets in it are parsed from there only after the MDC matched. */
  spooled?: SpooledDecryption;
};

export type OpenedStream = { encrypted: true; filename: string; signatures: SignatureReport[] };

/** Reads the unverified plaintext to its end; rejects when the stream errors. */
export type PlaintextSink = (unverified: ReadableStream<Uint8Array>) => Promise<void>;

type StreamMessage = Message<ReadableStream<Uint8Array>>;

// openpgp.js's declared types for streamed calls are conditional over Node stream types;
// these views pin them to the Web streams Airlock passes.
const readBinary = openpgp.readMessage as unknown as (options: {
  binaryMessage: ReadableStream<Uint8Array>;
  config: openpgp.PartialConfig;
}) => Promise<StreamMessage>;
const unarmor = openpgp.unarmor as unknown as (
  input: ReadableStream<string>,
  config: openpgp.Config,
) => Promise<{ type: openpgp.enums.armor; data: ReadableStream<Uint8Array> }>;

/** The armored message's packets as a stream, or null when the armor is not a MESSAGE. */
async function unarmorStream(
  input: ReadableStream<Uint8Array>,
  config: openpgp.PartialConfig,
): Promise<ReadableStream<Uint8Array> | null> {
  const { type, data } = await unarmor(
    // The DOM and Node typings of TextDecoderStream differ; at run time both are the Web one.
    input.pipeThrough(
      new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>,
    ),
    { ...openpgp.config, ...config },
  );
  return type === openpgp.enums.armor.message ? data : null;
}
const decryptStream = openpgp.decrypt as unknown as (
  options: Omit<openpgp.DecryptOptions, 'message'> & { message: StreamMessage; format: 'binary' },
) => Promise<{
  data: ReadableStream<Uint8Array>;
  filename: string;
  signatures: Parameters<typeof evaluateSignatures>[0];
}>;

const verifyStream = openpgp.verify as unknown as (
  options: Omit<openpgp.VerifyOptions, 'message'> & { message: StreamMessage; format: 'binary' },
) => Promise<{
  data: ReadableStream<Uint8Array>;
  signatures: Parameters<typeof evaluateSignatures>[0];
}>;

type Decrypted = Awaited<ReturnType<typeof decryptStream>>;
type Seipd = { version: number; encrypted: ReadableStream<Uint8Array> | Uint8Array | null };

const CFB_BLOCK: Readonly<Record<string, number>> = { aes128: 16, aes192: 16, aes256: 16 };

/** Reads a stream of packets to its end, so that an error after the SEIPD packet surfaces. */
async function drain(stream: ReadableStream<unknown> | null | undefined): Promise<void> {
  if (stream === null || stream === undefined) return;
  const reader = stream.getReader();
  while (!(await reader.read()).done);
}

/**
 * The SEIPDv1 packet decrypted by the caller's CFB into its spool, the MDC checked, then the
 * packets in it read back from the spool and verified by openpgp.js as a stream. Null when
 * this cannot apply (not SEIPDv1), and no `decrypted` (only the session keys, which
 * openpgp.js then decrypts with) for a cipher the caller lacks or several session keys.
 */
async function decryptSpooled(
  message: StreamMessage,
  input: OpenStreamInput,
  spooled: SpooledDecryption,
  config: openpgp.PartialConfig,
  now: Date,
): Promise<{ decrypted: Decrypted | null; sessionKeys: openpgp.DecryptedSessionKey[] } | null> {
  const seipd = message.packets.findPacket(
    openpgp.enums.packet.symEncryptedIntegrityProtectedData,
  ) as unknown as Seipd | undefined;
  if (seipd === undefined || seipd.version !== 1 || seipd.encrypted === null) return null;
  const sessionKeys = await openpgp.decryptSessionKeys({
    message,
    decryptionKeys: [...input.decryptionKeys],
    date: now,
    config,
  });
  const [sessionKey, ...others] = sessionKeys;
  const fallback = { decrypted: null, sessionKeys };
  if (sessionKey === undefined || others.length > 0 || sessionKey.algorithm === null)
    return fallback;
  const blockSize = CFB_BLOCK[sessionKey.algorithm];
  const decipher = spooled.decipher(sessionKey.algorithm, sessionKey.data);
  if (blockSize === undefined || decipher === null) return fallback;
  const encrypted =
    seipd.encrypted instanceof Uint8Array
      ? new Blob([seipd.encrypted as Uint8Array<ArrayBuffer>]).stream()
      : seipd.encrypted;
  await spooled.spool.write(
    encrypted.pipeThrough(seipdV1Packets(blockSize, decipher, spooled.createHash('sha1'))),
  );
  await drain((message.packets as unknown as { stream?: ReadableStream<unknown> | null }).stream);
  // Past the MDC: the packets are what the sender encrypted (not yet that a signer sent them).
  const inner = await readBinary({ binaryMessage: spooled.spool.read(), config });
  const verified = await verifyStream({
    message: inner,
    verificationKeys: [...input.verificationKeys],
    format: 'binary',
    date: now,
    config,
  });
  return { decrypted: { ...verified, filename: inner.getFilename() ?? '' }, sessionKeys };
}

/**
 * Decrypts an encrypted message from a stream into `sink`, then evaluates every signature.
 * A message that is not encrypted fails with `not-encrypted` (open it in memory instead).
 */
export async function openStream(
  input: OpenStreamInput,
  sink: PlaintextSink,
): Promise<PgpResult<OpenedStream>> {
  const limits = input.limits ?? DEFAULT_PGP_LIMITS;
  const now = input.now ?? new Date();
  const config = pgpConfig(limits);
  const verificationKeys = [...input.verificationKeys];
  try {
    const binary = input.armored ? await unarmorStream(input.input, config) : input.input;
    if (binary === null) return pgpFail('not-openpgp', 'armored data is not a PGP MESSAGE block');
    // Too many session-key packets error the stream before openpgp.js parses them all.
    const message = await readBinary({
      binaryMessage: binary.pipeThrough(
        leadingPacketGuard(limits.maxLeadingPackets ?? MAX_LEADING_PACKETS),
      ),
      config,
    });
    if (!isEncrypted(message)) return pgpFail('not-encrypted', 'the message is not encrypted');
    const wrongRecipient = recipientCheck(message, input.decryptionKeys);
    if (wrongRecipient !== null) return { ok: false, error: wrongRecipient };
    const spooled =
      input.spooled === undefined
        ? null
        : await decryptSpooled(message, input, input.spooled, config, now);
    const result =
      spooled?.decrypted ??
      (await decryptStream({
        message,
        // The session key already decrypted (openpgp.js does not decrypt a PKESK twice).
        ...(spooled === null
          ? { decryptionKeys: [...input.decryptionKeys] }
          : // v3 session-key packets (all SEIPDv1 has) always name their cipher.
            { sessionKeys: spooled.sessionKeys as openpgp.SessionKey[] }),
        verificationKeys,
        format: 'binary',
        date: now,
        config,
      }));
    // The stream ends only after the MDC matched; any error (tampering, truncation, the
    // decompression cap) rejects here, before a signature is looked at.
    await sink(result.data);
    const signatures = await evaluateSignatures(result.signatures, verificationKeys, now);
    return pgpOk({ encrypted: true, filename: result.filename, signatures });
  } catch (error) {
    return { ok: false, error: classifyMessageError(error) };
  }
}
