// Sealing a large file as a stream (the CLI's `message seal` and `bundle seal`): the
// plaintext is read and the message (armored or binary) produced chunk by chunk, so a 10 MB
// file is not held as plaintext, packets and armored text at once. Same message as sealBinary: SEIPDv1, v4 signature,
// no compression, encrypted to every recipient and to the signer.
import * as openpgp from 'openpgp';
import type { Key, Message, PrivateKey } from 'openpgp';
import { classifyPgpError, pgpOk, type PgpResult } from './errors';
import { pgpConfig } from './limits';
import { sealPreflight, type SealFormat } from './seal';

export type SealStreamInput<F extends SealFormat = 'armored'> = {
  input: ReadableStream<Uint8Array>;
  /** 'armored' (the default) or binary packets. */
  format?: F;
  recipientKeys: readonly Key[];
  signingKey: PrivateKey;
  /** Mark the literal data as UTF-8 text ('u'); the bytes are kept exactly as given. */
  text?: boolean;
  filename?: string;
  date?: Date;
};

type StreamMessage = Message<ReadableStream<Uint8Array>>;

// openpgp.js's declared types for streamed calls are conditional over Node stream types;
// these views pin them to the Web streams Airlock passes.
const createStreamMessage = openpgp.createMessage as unknown as (options: {
  binary: ReadableStream<Uint8Array>;
  format: 'utf8' | 'binary';
  filename?: string;
  date: Date;
}) => Promise<StreamMessage>;
/** What a streamed seal yields: text for armor, bytes for binary packets. */
export type SealedStream<F extends SealFormat> = ReadableStream<
  F extends 'armored' ? string : Uint8Array
>;

const encryptStream = openpgp.encrypt as unknown as <F extends SealFormat>(
  options: Omit<openpgp.EncryptOptions, 'message' | 'format'> & {
    message: StreamMessage;
    format: F;
  },
) => Promise<SealedStream<F>>;

/**
 * The sealed message as a stream. Key problems fail before any data is read; an error
 * while reading the input errors the returned stream (the caller discards its output).
 */
export async function sealStream<F extends SealFormat = 'armored'>(
  input: SealStreamInput<F>,
): Promise<PgpResult<SealedStream<F>>> {
  const date = input.date ?? new Date();
  const ready = await sealPreflight(input, date);
  if (!ready.ok) return ready;
  try {
    const message = await createStreamMessage({
      binary: input.input,
      format: input.text === true ? 'utf8' : 'binary',
      ...(input.filename === undefined ? {} : { filename: input.filename }),
      date,
    });
    return pgpOk(
      await encryptStream<F>({
        message,
        encryptionKeys: ready.value,
        signingKeys: input.signingKey,
        format: input.format ?? ('armored' as F),
        date,
        config: pgpConfig(),
      }),
    );
  } catch (error) {
    return { ok: false, error: classifyPgpError(error, 'unsupported') };
  }
}
