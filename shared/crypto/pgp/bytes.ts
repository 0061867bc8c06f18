// Small byte helpers shared by the OpenPGP and message layers (Web-standard APIs only).

const utf8 = new TextDecoder('utf-8');

export function toBytes(input: Uint8Array | string): Uint8Array {
  return typeof input === 'string' ? new TextEncoder().encode(input) : input;
}

/** Decodes bytes as Latin-1-safe ASCII for sniffing headers; never throws. */
export function asciiPrefix(bytes: Uint8Array, length = 4096): string {
  return utf8.decode(bytes.subarray(0, length));
}

/** Whether the bytes look like ASCII armor (possibly after leading whitespace or a BOM). */
export function isArmored(bytes: Uint8Array): boolean {
  return /^(\uFEFF)?\s*-----BEGIN PGP /.test(asciiPrefix(bytes, 1024));
}

/** Splits text holding several ASCII-armored blocks (e.g. a keyring export) into blocks. */
export function splitArmorBlocks(text: string): string[] {
  const blocks: string[] = [];
  const re = /-----BEGIN PGP ([A-Z ,0-9/]+)-----[\s\S]*?-----END PGP \1-----/g;
  for (const match of text.matchAll(re)) blocks.push(match[0]);
  return blocks;
}

export async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
