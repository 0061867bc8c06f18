// One PGP/MIME `.eml` (RFC 3156 §4 and §6.2: combined sign+encrypt) carrying the text
// and the attachments, for vendors whose mail client (Thunderbird, Kleopatra with
// Outlook, Mailvelope) opens .eml files.
import { sealBinary, type PgpResult } from '../../crypto/pgp';
import {
  composeMessageText,
  type ComposeInput,
  type OutgoingAttachment,
  type SealKeys,
} from './compose';
import { safeName } from './content';

function base64Lines(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return (btoa(binary).match(/.{1,76}/g) ?? []).join('\r\n');
}

/** RFC 2047 encoded-word for non-ASCII header text. */
function headerText(value: string): string {
  const clean = value.replace(/[\r\n]+/g, ' ');
  if (/^[\x20-\x7e]*$/.test(clean)) return clean;
  return `=?UTF-8?B?${base64Lines(new TextEncoder().encode(clean)).replace(/\r\n/g, '')}?=`;
}

function boundary(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12));
  return `airlock-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The inner entity: multipart/mixed with the UTF-8 text and each attachment (base64). */
export function buildMimeBody(text: string, attachments: readonly OutgoingAttachment[]): string {
  const b = boundary();
  const parts = [
    [
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(new TextEncoder().encode(text)),
    ].join('\r\n'),
    ...attachments.map((a) => {
      const name = headerText(safeName(a.name)).replace(/"/g, '');
      return [
        `Content-Type: ${a.mimeType ?? 'application/octet-stream'}; name="${name}"`,
        `Content-Disposition: attachment; filename="${name}"`,
        'Content-Transfer-Encoding: base64',
        '',
        base64Lines(a.data),
      ].join('\r\n');
    }),
  ];
  return [
    `Content-Type: multipart/mixed; boundary="${b}"`,
    '',
    ...parts.map((p) => `--${b}\r\n${p}`),
    `--${b}--`,
    '',
  ].join('\r\n');
}

export type PgpMimeInput = ComposeInput &
  SealKeys & {
    attachments: readonly OutgoingAttachment[];
    from?: string;
    to?: readonly string[];
  };

/**
 * Seals text and attachments into a PGP/MIME `.eml`. The outer Subject carries only the
 * case ref (headers are not encrypted); the full subject is in the encrypted text.
 */
export async function sealPgpMime(input: PgpMimeInput): Promise<PgpResult<string>> {
  const date = input.date ?? new Date();
  const body = buildMimeBody(composeMessageText(input), input.attachments);
  const sealed = await sealBinary({
    data: new TextEncoder().encode(body),
    recipientKeys: input.recipientKeys,
    signingKey: input.signingKey,
    format: 'armored',
    date,
  });
  if (!sealed.ok) return sealed;
  const b = boundary();
  const headers = [
    ...(input.from === undefined ? [] : [`From: ${headerText(input.from)}`]),
    ...(input.to === undefined || input.to.length === 0
      ? []
      : [`To: ${input.to.map(headerText).join(', ')}`]),
    `Subject: [${headerText(input.ref)}]`,
    `Date: ${date.toUTCString()}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="${b}"`,
  ];
  const eml = [
    ...headers,
    '',
    'This is an OpenPGP/MIME encrypted message (RFC 3156).',
    `--${b}`,
    'Content-Type: application/pgp-encrypted',
    'Content-Description: PGP/MIME version identification',
    '',
    'Version: 1',
    '',
    `--${b}`,
    'Content-Type: application/octet-stream; name="encrypted.asc"',
    'Content-Description: OpenPGP encrypted message',
    'Content-Disposition: inline; filename="encrypted.asc"',
    '',
    sealed.value.replace(/\r?\n/g, '\r\n').trimEnd(),
    '',
    `--${b}--`,
    '',
  ];
  return { ok: true, value: eml.join('\r\n') };
}
