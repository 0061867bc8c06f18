// Japanese vendor mail as it really travels: text in Shift_JIS, ISO-2022-JP or EUC-JP
// (made by iconv from Debian libc-bin, since Node has no encoder for them), wrapped in an
// .eml with quoted-printable or base64 transfer encoding and CRLF line ends.
import { must } from './tools';

export type LegacyCharset = 'shift_jis' | 'iso-2022-jp' | 'euc-jp';

export const LEGACY_CHARSETS: readonly LegacyCharset[] = ['shift_jis', 'iso-2022-jp', 'euc-jp'];

const iconvName: Record<LegacyCharset, string> = {
  shift_jis: 'SHIFT_JIS',
  'iso-2022-jp': 'ISO-2022-JP',
  'euc-jp': 'EUC-JP',
};

/** The MIME label a mailer writes (`charset=`). */
export const mimeLabel: Record<LegacyCharset, string> = {
  shift_jis: 'Shift_JIS',
  'iso-2022-jp': 'ISO-2022-JP',
  'euc-jp': 'EUC-JP',
};

/** UTF-8 text to bytes in a legacy charset, by iconv. */
export async function encodeAs(text: string, charset: LegacyCharset): Promise<Buffer> {
  return (await must('iconv', ['-f', 'UTF-8', '-t', iconvName[charset]], { input: text })).stdout;
}

/** LF or CRLF line ends to CRLF, byte for byte (0x0D/0x0A never occur inside these charsets). */
export const withCrlf = (bytes: Uint8Array): Buffer =>
  Buffer.from(Buffer.from(bytes).toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');

/** RFC 2045 §6.7 quoted-printable of CRLF text: hard breaks kept, soft breaks at 76. */
export function quotedPrintable(bytes: Uint8Array): string {
  const lines = Buffer.from(bytes).toString('latin1').split('\r\n');
  return lines
    .map((line) => {
      const tokens = Array.from(line, (ch, i) => {
        const c = ch.charCodeAt(0);
        const last = i === line.length - 1;
        const literal = (c >= 33 && c <= 126 && c !== 61) || ((c === 32 || c === 9) && !last);
        return literal ? ch : `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
      });
      const out: string[] = [];
      let current = '';
      for (const token of tokens) {
        if (current.length + token.length > 75) {
          out.push(`${current}=`);
          current = '';
        }
        current += token;
      }
      return [...out, current].join('\r\n');
    })
    .join('\r\n');
}

export const base64Lines = (bytes: Uint8Array): string =>
  (
    Buffer.from(bytes)
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');

/** A single-part text/plain e-mail whose body is `body` (raw bytes) in `encoding`. */
export function textEml(input: {
  charset: string;
  encoding: 'quoted-printable' | 'base64';
  body: Uint8Array;
  subject?: string;
}): Buffer {
  const crlfBody = withCrlf(input.body);
  const encoded = input.encoding === 'base64' ? base64Lines(crlfBody) : quotedPrintable(crlfBody);
  const head = [
    'From: PSIRT <psirt@vendor.example>',
    'To: psirt@airlock.example',
    `Subject: ${input.subject ?? '[AL-2026-0042] Re: vulnerability report'}`,
    'Date: Thu, 03 Dec 2026 09:00:00 +0900',
    'MIME-Version: 1.0',
    `Content-Type: text/plain; charset=${input.charset}`,
    `Content-Transfer-Encoding: ${input.encoding}`,
  ];
  return Buffer.from([...head, '', encoded, ''].join('\r\n'), 'latin1');
}

/** The byte offset of `needle` (in the legacy charset) inside `haystack`. */
export async function offsetOf(
  haystack: Uint8Array,
  needle: string,
  charset: LegacyCharset,
): Promise<number> {
  const encoded = await encodeAs(needle, charset);
  // ISO-2022-JP: drop the escapes iconv wraps around one word, keep the JIS bytes.
  const core = charset === 'iso-2022-jp' ? encoded.subarray(3, encoded.length - 3) : encoded;
  const at = Buffer.from(haystack).indexOf(core);
  if (at < 0) throw new Error(`"${needle}" not found in the ${charset} bytes`);
  return at;
}
