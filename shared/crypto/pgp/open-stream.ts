// Opening a large encrypted message as a stream (the CLI's `message open` of a big reply):
// the ciphertext is read chunk by chunk and the plaintext handed to a sink, so a 10 MB
// reply is not held as armored text, ciphertext and plaintext at once, and a compression
// bomb is refused by openpgp.js's decompressed-size cap without first landing in memory.
//
// The SEIPDv1 packet's decrypted contents (the compressed or literal packets, about the
// size of the ciphertext) are read whole and their integrity (MDC) checked before any
// packet in them is parsed; only the decompressed plaintext streams into the sink. Not
// `allowUnauthenticatedStream`: with it, openpgp.js 6.3 parses the unverified packets as
// they arrive, and a tampered reply whose first inner packet header fails to parse
// deadlocks its stream (the decrypt promise never settles, so the CLI exited 0 printing
// nothing). The sink's data is still treated as UNVERIFIED until `openStream` returns ok
// (signatures are evaluated only after the sink has read the stream to its end, and a
// compression bomb errors the stream midway): the sink must keep what it receives private
// (a buffer, a temporary file) and the caller releases it only on ok.
import * as openpgp from 'openpgp';
import type { Key, Message, PrivateKey } from 'openpgp';
import { classifyPgpError, pgpFail, pgpOk, type PgpResult } from './errors';
import { DEFAULT_PGP_LIMITS, MAX_LEADING_PACKETS, pgpConfig, type PgpLimits } from './limits';
import { leadingPacketGuard } from './packet-scan';
import { isEncrypted, recipientCheck } from './open';
import { evaluateSignatures, type SignatureReport } from './signatures';

export type OpenStreamInput = {
  /** The message file's bytes. */
  input: ReadableStream<Uint8Array>;
  /** ASCII armor (`-----BEGIN PGP MESSAGE-----`) rather than binary packets. */
  armored: boolean;
  decryptionKeys: readonly PrivateKey[];
  verificationKeys: readonly Key[];
  limits?: PgpLimits;
  now?: Date;
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
    const result = await decryptStream({
      message,
      decryptionKeys: [...input.decryptionKeys],
      verificationKeys,
      format: 'binary',
      date: now,
      config,
    });
    // The stream ends only after the MDC matched; any error (tampering, truncation, the
    // decompression cap) rejects here, before a signature is looked at.
    await sink(result.data);
    const signatures = await evaluateSignatures(result.signatures, verificationKeys, now);
    return pgpOk({ encrypted: true, filename: result.filename, signatures });
  } catch (error) {
    return { ok: false, error: classifyPgpError(error, 'corrupt') };
  }
}
