// Typed failures of the OpenPGP layer. openpgp.js reports everything as Error with a
// free-text message; the UI, the CLI and other scripts need a stable code instead, so the
// mapping from openpgp.js wording to a code lives here, in one place, and is unit-tested.
import type { Result } from '../../result';

/** Stable error codes (the CLI prints them; other scripts depend on them). */
export type PgpErrorCode =
  | 'not-openpgp'
  | 'truncated'
  | 'corrupt'
  | 'no-decryption-key'
  | 'bad-passphrase'
  | 'key-locked'
  | 'too-large'
  | 'decompression-limit'
  | 'too-many-packets'
  | 'signature-invalid'
  | 'signature-missing'
  | 'signature-unknown-key'
  | 'key-invalid'
  | 'key-unusable'
  | 'not-encrypted'
  | 'unsupported'
  | 'mime-invalid'
  | 'mime-too-deep'
  | 'charset-invalid';

export type PgpError = { code: PgpErrorCode; message: string };

export type PgpResult<T> = Result<T, PgpError>;

export const pgpOk = <T>(value: T): PgpResult<T> => ({ ok: true, value });

export const pgpFail = (code: PgpErrorCode, message: string): { ok: false; error: PgpError } => ({
  ok: false,
  error: { code, message },
});

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// Ordered: the first pattern that matches the openpgp.js message wins. The wording was
// collected by feeding hostile inputs to openpgp.js 6.3 (see errors.test.ts).
const patterns: readonly (readonly [RegExp, PgpErrorCode])[] = [
  [/decompressed message size exceeded/i, 'decompression-limit'],
  [/packets before its data/i, 'too-many-packets'],
  [/incorrect key passphrase|passphrase.*(incorrect|wrong)/i, 'bad-passphrase'],
  [/private key is not decrypted|decryption key is not decrypted/i, 'key-locked'],
  [
    /session key decryption failed|no (decryption|secret) key|no matching key|not find.*decryption key/i,
    'no-decryption-key',
  ],
  [/message is not signed/i, 'signature-missing'],
  [/could not find signing key/i, 'signature-unknown-key'],
  [/signed digest did not match|digest.*mismatch/i, 'signature-invalid'],
  [
    /modification detected|mdc|authentication tag|integrity check failed|checksum mismatch/i,
    'corrupt',
  ],
  [/unexpected end|premature end|end of (data|stream|input)|truncat|not enough data/i, 'truncated'],
  [
    /misformed armored text|unknown ascii armor|no valid packets|could not find .*packet|unexpected packet|unknown packet|not a.*pgp|missing .*packet/i,
    'not-openpgp',
  ],
  [
    /unsupported|not supported|unknown (symmetric|public key|hash|compression|aead)/i,
    'unsupported',
  ],
];

/** Maps an openpgp.js exception to a typed error; `fallback` when the wording is unknown. */
export function classifyPgpError(error: unknown, fallback: PgpErrorCode = 'corrupt'): PgpError {
  const message = errorText(error);
  for (const [pattern, code] of patterns) {
    if (pattern.test(message)) return { code, message };
  }
  return { code: fallback, message };
}

// openpgp.js's words when a message's bytes are not packets it can parse. Random bytes that
// merely start with a packet-like byte end here ("Version 7 of the SEIP packet is
// unsupported"), as does a damaged message; a well-formed message using an unsupported
// algorithm does not (its wording names the algorithm, and stays 'unsupported').
const UNPARSABLE =
  /version \d+ of the .* packet is (unsupported|not supported)|error during parsing|parsing .* failed|invalid enum value|unexpected end of packet/i;

/** classifyPgpError for reading a message: unparsable packets say the file is not an OpenPGP
 *  message or is damaged (openpgp.js's words kept in brackets for whoever digs further). */
export function classifyMessageError(error: unknown): PgpError {
  const classified = classifyPgpError(error, 'corrupt');
  const parseFailure = ['unsupported', 'corrupt', 'truncated', 'not-openpgp'].includes(
    classified.code,
  );
  // A cap (decompression, packets) is reached inside a parse too: its own code says more.
  if (!parseFailure || !UNPARSABLE.test(classified.message)) return classified;
  return {
    code: classified.code === 'truncated' ? 'truncated' : 'not-openpgp',
    message: `not an OpenPGP message, or it is damaged (${classified.message})`,
  };
}
