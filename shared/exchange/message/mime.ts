// A minimal, byte-exact MIME splitter. postal-mime parses content (text, charsets,
// attachments), but RFC 3156 needs what it does not give: the exact bytes of the first
// part of multipart/signed (the signed data) and the raw parts of multipart/encrypted.
import { binaryString, fromBinaryString } from './charset';

export type MimeEntity = {
  /** Lower-cased header names; unfolded values. */
  headers: Map<string, string>;
  contentType: string;
  params: Map<string, string>;
  /** Entity bytes as a binary string (one char per byte), headers included. */
  raw: string;
  /** Body as a binary string, not transfer-decoded. */
  body: string;
};

const MAX_PARTS = 1000;

function parseParams(value: string): { type: string; params: Map<string, string> } {
  const [type = '', ...rest] = value.split(';');
  const params = new Map<string, string>();
  for (const item of rest) {
    const eq = item.indexOf('=');
    if (eq < 0) continue;
    const name = item.slice(0, eq).trim().toLowerCase();
    const raw = item.slice(eq + 1).trim();
    params.set(name, raw.startsWith('"') ? raw.slice(1, raw.lastIndexOf('"')) : raw);
  }
  return { type: type.trim().toLowerCase(), params };
}

/** Parses an entity (a message or a part) from a binary string. */
export function parseEntity(raw: string): MimeEntity {
  const match = /\r?\n\r?\n/.exec(raw);
  const headerText = match === null ? raw : raw.slice(0, match.index);
  const body = match === null ? '' : raw.slice(match.index + match[0].length);
  const headers = new Map<string, string>();
  for (const line of headerText.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  const { type, params } = parseParams(headers.get('content-type') ?? 'text/plain');
  return { headers, contentType: type, params, raw, body };
}

export function parseEntityBytes(bytes: Uint8Array): MimeEntity {
  return parseEntity(binaryString(bytes));
}

/** Whether bytes look like an e-mail (RFC 5322 headers) rather than armor or packets. */
export function looksLikeMime(bytes: Uint8Array): boolean {
  const head = binaryString(bytes.subarray(0, 8192));
  if (!/^[A-Za-z][A-Za-z0-9-]*:[^\r\n]*\r?\n/.test(head)) return false;
  return /^(content-type|mime-version|from|subject|to|date|message-id|received|return-path):/im.test(
    head,
  );
}

/** The parts of a multipart entity, each as raw binary string (exact bytes). */
export function splitMultipart(entity: MimeEntity): string[] | null {
  const boundary = entity.params.get('boundary');
  if (boundary === undefined || boundary === '') return null;
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  const lines = entity.body.split(/(?<=\n)/);
  let current: string[] | null = null;
  for (const line of lines) {
    const bare = line.replace(/\r?\n$/, '').replace(/[ \t]+$/, '');
    if (bare === delimiter || bare === `${delimiter}--`) {
      if (current !== null) parts.push(current.join('').replace(/\r?\n$/, ''));
      if (bare.endsWith('--') || parts.length > MAX_PARTS) return parts;
      current = [];
    } else if (current !== null) {
      current.push(line);
    }
  }
  return parts;
}

/** Decodes the body per Content-Transfer-Encoding. */
export function decodeBody(entity: MimeEntity): Uint8Array {
  const encoding = (entity.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') {
    const clean = entity.body.replace(/[^A-Za-z0-9+/=]/g, '');
    try {
      return fromBinaryString(atob(clean));
    } catch {
      return new Uint8Array();
    }
  }
  if (encoding === 'quoted-printable') {
    const text = entity.body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return fromBinaryString(text);
  }
  return fromBinaryString(entity.body);
}

/**
 * The first text/plain leaf, depth-first, transfer-encoded still: its bytes are decoded
 * with its own `charset=` (or checked for inline PGP before any decoding). `inlineOnly`
 * skips parts marked as attachments (when looking for the body text).
 */
export function firstTextPart(
  entity: MimeEntity,
  inlineOnly = false,
  depth = 0,
): MimeEntity | null {
  if (entity.contentType === 'text/plain') {
    const disposition = (entity.headers.get('content-disposition') ?? '').toLowerCase();
    return inlineOnly && disposition.startsWith('attachment') ? null : entity;
  }
  if (!entity.contentType.startsWith('multipart/') || depth > 16) return null;
  for (const part of splitMultipart(entity) ?? []) {
    const found = firstTextPart(parseEntity(part), inlineOnly, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** Line endings to CRLF: the canonical form signatures over MIME parts are made on. */
export function toCrlf(binary: string): Uint8Array {
  return fromBinaryString(binary.replace(/\r?\n/g, '\r\n'));
}
