// Clearsigned text (RFC 9580 §7) verified over its original bytes. openpgp.js's cleartext
// reader takes a JS string, so a Shift_JIS or EUC-JP text would have to be decoded and
// re-encoded first, and the signature made over the vendor's bytes would no longer match.
// Here the block is split at the byte level (one char per byte), the signed text is
// canonicalised as §7.2 says (dash-escapes removed, trailing spaces/tabs stripped, CRLF
// between lines, none after the last) and verified as a detached text signature.
import * as openpgp from 'openpgp';
import type { Key } from 'openpgp';
import { classifyPgpError, pgpFail, pgpOk, type PgpResult } from './errors';
import { pgpConfig } from './limits';
import { evaluateSignatures, type SignatureReport } from './signatures';

const BEGIN = '-----BEGIN PGP SIGNED MESSAGE-----';
const SIG_BEGIN = '-----BEGIN PGP SIGNATURE-----';
const SIG_END = '-----END PGP SIGNATURE-----';

export type ClearsignedParts = {
  /** The canonical bytes the signature covers. */
  signedBytes: Uint8Array;
  /** The same lines joined by LF: the text to decode and show (still in its charset). */
  textBytes: Uint8Array;
  /** `Hash:` armor header values, upper case (empty when absent). */
  hashes: string[];
  /** The `Charset:` armor header (of either block), or null. */
  charset: string | null;
  /** The armored signature block. */
  signature: string;
};

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return out;
}

function bytesOf(binary: string): Uint8Array {
  return Uint8Array.from(binary, (c) => c.charCodeAt(0) & 0xff);
}

const stripEnd = (line: string): string => line.replace(/[ \t\r\n]+$/, '');

/** Armor headers (`Name: value`) from the lines after a BEGIN line up to the blank line. */
function readHeaders(lines: readonly string[], from: number): { end: number; headers: string[] } {
  const headers: string[] = [];
  let i = from;
  for (; i < lines.length; i += 1) {
    const line = stripEnd(lines[i] ?? '');
    if (line === '') return { end: i + 1, headers };
    headers.push(line);
  }
  return { end: i, headers };
}

const headerValues = (headers: readonly string[], name: string): string[] =>
  headers
    .filter((h) => h.toLowerCase().startsWith(`${name.toLowerCase()}:`))
    .map((h) => h.slice(name.length + 1).trim());

/** Splits the first clearsigned block in `bytes` (text around it is ignored). */
export function parseClearsigned(bytes: Uint8Array): PgpResult<ClearsignedParts> {
  const all = latin1(bytes);
  const start = all.indexOf(BEGIN);
  if (start < 0) return pgpFail('not-openpgp', 'no clearsigned block');
  const lines = all.slice(start).split('\n');
  const head = readHeaders(lines, 1);
  const sigAt = lines.findIndex((line, i) => i >= head.end && stripEnd(line) === SIG_BEGIN);
  if (sigAt < 0) return pgpFail('truncated', 'the clearsigned text has no signature');
  const endAt = lines.findIndex((line, i) => i > sigAt && stripEnd(line) === SIG_END);
  if (endAt < 0) return pgpFail('truncated', 'the clearsigned text has no signature end line');
  const text = lines
    .slice(head.end, sigAt)
    .map((line) => stripEnd(line.startsWith('- ') ? line.slice(2) : line));
  const signatureLines = lines.slice(sigAt, endAt + 1).map(stripEnd);
  const sigHeaders = readHeaders(signatureLines, 1).headers;
  const charset = [
    ...headerValues(head.headers, 'Charset'),
    ...headerValues(sigHeaders, 'Charset'),
  ][0];
  return pgpOk({
    signedBytes: bytesOf(text.join('\r\n')),
    textBytes: bytesOf(text.join('\n')),
    hashes: headerValues(head.headers, 'Hash').flatMap((v) =>
      v.split(',').map((h) => h.trim().toUpperCase()),
    ),
    charset: charset === undefined || charset === '' ? null : charset,
    signature: `${signatureLines.join('\n')}\n`,
  });
}

export type OpenedClearsigned = {
  textBytes: Uint8Array;
  charset: string | null;
  signatures: SignatureReport[];
};

/**
 * Verifies a clearsigned block over its original bytes. A `Hash:` header that does not
 * name a signature's hash algorithm is refused, as openpgp.js does (it would let an
 * attacker relabel the hash).
 */
export async function openClearsignedBytes(
  bytes: Uint8Array,
  verificationKeys: readonly Key[],
  now: Date = new Date(),
): Promise<PgpResult<OpenedClearsigned>> {
  const parsed = parseClearsigned(bytes);
  if (!parsed.ok) return parsed;
  const { signedBytes, textBytes, hashes, charset, signature } = parsed.value;
  try {
    const sig = await openpgp.readSignature({ armoredSignature: signature, config: pgpConfig() });
    if (hashes.length > 0) {
      const nameOf = (id: number | null): string =>
        Object.entries(openpgp.enums.hash)
          .find(([, value]) => value === id)?.[0]
          .toUpperCase() ?? '';
      const mismatch = sig.packets.find((p) => !hashes.includes(nameOf(p.hashAlgorithm)));
      if (mismatch !== undefined)
        return pgpFail('corrupt', 'hash algorithm mismatch in armor header and signature');
    }
    const keys = [...verificationKeys];
    const verified = await openpgp.verify({
      message: await openpgp.createMessage({ binary: signedBytes }),
      signature: sig,
      verificationKeys: keys,
      date: now,
      config: pgpConfig(),
    });
    return pgpOk({
      textBytes,
      charset,
      signatures: await evaluateSignatures(verified.signatures, keys, now),
    });
  } catch (error) {
    return { ok: false, error: classifyPgpError(error, 'corrupt') };
  }
}
