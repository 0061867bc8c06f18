// `message open --json` (no --out) of an encrypted OpenPGP message: the plaintext is
// decrypted as a stream into a private spool (cli/spool.ts), never into memory, and nothing
// of it is printed before the integrity check and every signature are done. Then the text
// is read back from the spool and written into the JSON piece by piece.
//
// The JSON is exactly what openReply gives (contentFromLiteral): what is learnt while
// spooling (NUL, ESC, ASCII-only, valid UTF-8) decides the common cases without holding the
// text — a file (NUL bytes: name, size and sha256 only), or UTF-8 text, declared or
// detected, streamed — and every other case (a declared legacy charset, ISO-2022-JP,
// Shift_JIS or EUC-JP by detection, text that is not valid in its charset) reads the
// spool whole and takes the same path as openReply, refusals included.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Buffer, isAscii, isUtf8 } from 'node:buffer';
import type { Key, PrivateKey, SignatureReport } from '../../shared/crypto/pgp';
import { declaredEncoding } from '../../shared/exchange/message/charset';
import { armorCharset } from '../../shared/exchange/message/detect';
import { CliError, printJson, printJsonStreamingText } from '../output';
import { withSpool } from '../spool';
import { openStreamed, streamable } from './message-out';

const READ_BYTES = 64 * 1024;

/** Bytes of a UTF-8 sequence its lead byte starts (1 for ASCII and for stray bytes). */
function sequenceLength(lead: number): number {
  if (lead >= 0xf0) return 4;
  if (lead >= 0xe0) return 3;
  return lead >= 0xc0 ? 2 : 1;
}

/** How many bytes at the end of `bytes` begin a UTF-8 sequence that the next chunk ends. */
function openSequence(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) !== 0x80) return sequenceLength(byte) > back ? back : 0;
  }
  return 0;
}

/** What the plaintext is, learnt chunk by chunk with Node's native scans. */
export class PlaintextProbe {
  nul = false;
  esc = false;
  ascii = true;
  private utf8Valid = true;
  private carry: Uint8Array = new Uint8Array(0);

  readonly observe = (chunk: Uint8Array): void => {
    if (!this.nul && chunk.includes(0)) this.nul = true;
    if (!this.esc && chunk.includes(0x1b)) this.esc = true;
    if (this.ascii && !isAscii(chunk)) this.ascii = false;
    if (!this.utf8Valid) return;
    let body = chunk;
    if (this.carry.length > 0) {
      // A sequence split between chunks: completed from this chunk's first bytes.
      const missing = sequenceLength(this.carry[0] ?? 0) - this.carry.length;
      const joined = Buffer.concat([this.carry, chunk.subarray(0, missing)]);
      body = chunk.subarray(missing);
      if (joined.length < sequenceLength(joined[0] ?? 0)) {
        this.carry = joined;
        return;
      }
      this.carry = new Uint8Array(0);
      if (!isUtf8(joined)) {
        this.utf8Valid = false;
        return;
      }
    }
    const open = openSequence(body);
    if (!isUtf8(body.subarray(0, body.length - open))) this.utf8Valid = false;
    this.carry = body.slice(body.length - open);
  };

  /** Valid UTF-8 from the first byte to the last (call once the stream has ended). */
  get utf8(): boolean {
    return this.utf8Valid && this.carry.length === 0;
  }
}

type Plan = 'file' | 'utf-8' | 'whole';

/** contentFromLiteral's choice, made from the probe; 'whole' when only the bytes can tell. */
export function planContent(probe: PlaintextProbe, declared: string | null): Plan {
  if (probe.nul) return 'file';
  const encoding = declaredEncoding(declared);
  // An escape in 7-bit text may be ISO-2022-JP, which detection looks at the bytes for.
  if (encoding === null && probe.esc && probe.ascii) return 'whole';
  if (encoding !== null && encoding !== 'utf-8') return 'whole';
  return probe.utf8 ? 'utf-8' : 'whole';
}

/** The spooled UTF-8 text as strings, CRLF read as LF (asText in content.ts), in pieces. */
export async function* spooledText(path: string, chunkBytes = READ_BYTES): AsyncGenerator<string> {
  // Not fatal: the probe found the bytes valid. The BOM is dropped as strict decoding does.
  const decoder = new TextDecoder('utf-8');
  let heldCr = false;
  const normalise = (piece: string): string => {
    let text = heldCr ? `\r${piece}` : piece;
    heldCr = text.endsWith('\r');
    if (heldCr) text = text.slice(0, -1);
    return text.replace(/\r\n/g, '\n');
  };
  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes })) {
    yield normalise(decoder.decode(chunk as Buffer, { stream: true }));
  }
  const last = normalise(decoder.decode());
  yield heldCr ? `${last}\r` : last;
}

type JsonOpenInput = {
  file: string;
  decryptionKeys: readonly PrivateKey[];
  knownKeys: readonly Key[];
};

/**
 * Opens an encrypted message into the JSON on stdout. Returns false (nothing printed) when
 * the file is not streamable or not encrypted: the caller then opens it in memory.
 */
export async function printEncryptedAsJson(input: JsonOpenInput): Promise<boolean> {
  const how = await streamable(input.file, input.decryptionKeys);
  if (how === null) return false;
  return withSpool(async (spool) => {
    const probe = new PlaintextProbe();
    const opened = await openStreamed(input, how.armored, (unverified) =>
      spool.writer.consume(unverified, probe.observe),
    );
    if (!opened.ok) {
      if (spool.writer.ioFailure !== null) throw spool.writer.ioFailure;
      if (opened.error.code === 'not-encrypted') return false;
      throw new CliError(opened.error.code, opened.error.message);
    }
    // Verified: from here on the spooled plaintext is what the sender sent.
    const spooled = await spool.writer.publish();
    const signatures = opened.value.signatures.map((s: SignatureReport) => ({
      status: s.status,
      fingerprint: s.fingerprint,
    }));
    const fileName = basename(input.file).replace(/\.(pgp|gpg|asc)$/i, '') || 'message.bin';
    const declared = how.armored ? armorCharset(how.headText, 'MESSAGE') : null;
    const head = { ok: true, encrypted: true, signatures };
    const plan = planContent(probe, declared);
    // content.ts brings postal-mime (e-mail parsing): loaded only by the plans that need it.
    const content = () => import('../../shared/exchange/message/content');
    if (plan === 'file') {
      const { safeName } = await content();
      const name = safeName(opened.value.filename || fileName);
      printJson({
        ...head,
        charset: null,
        text: '',
        attachments: [{ name, size: spooled.size, sha256: spooled.sha256 }],
      });
    } else if (plan === 'utf-8') {
      await printJsonStreamingText({ ...head, charset: 'utf-8' }, 'text', spooledText(spool.path), {
        attachments: [],
      });
    } else {
      const data = new Uint8Array(await readFile(spool.path));
      const { contentFromLiteral } = await content();
      const decoded = await contentFromLiteral(data, opened.value.filename, fileName, declared);
      if (!decoded.ok) throw new CliError(decoded.error.code, decoded.error.message);
      const { text, charset, attachments } = decoded.value;
      printJson({
        ...head,
        charset,
        text,
        attachments: attachments.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 })),
      });
    }
    return true;
  });
}
