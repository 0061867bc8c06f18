// Decoding message text. Vendors in Japan still send ISO-2022-JP (7-bit, escape
// sequences); everything else we expect is UTF-8. TextDecoder supports iso-2022-jp in
// Node 20 and Chromium.

// eslint-disable-next-line no-control-regex -- ESC is exactly what JIS escapes are made of
const ESC_JIS = /\x1b\$[@B]|\x1b\([BJ]/;

/** Whether bytes are 7-bit ISO-2022-JP (JIS escape sequences present). */
export function looksIso2022Jp(bytes: Uint8Array): boolean {
  if (bytes.some((b) => b >= 0x80)) return false;
  return ESC_JIS.test(binaryString(bytes.subarray(0, 1 << 20)));
}

/** Bytes to a string with one char per byte (for byte-exact MIME handling). */
export function binaryString(bytes: Uint8Array): string {
  let out = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    out += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return out;
}

export function fromBinaryString(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/**
 * Decodes text bytes: an explicit charset wins; otherwise ISO-2022-JP when its escapes
 * are present, else UTF-8. Returns null when the bytes are not text (NUL bytes or invalid
 * UTF-8): the caller then treats them as a file.
 */
export function decodeText(bytes: Uint8Array, charset?: string | null): string | null {
  if (bytes.includes(0)) return null;
  const label = charset?.trim().toLowerCase();
  if (
    label !== undefined &&
    label !== '' &&
    label !== 'utf-8' &&
    label !== 'utf8' &&
    label !== 'us-ascii'
  ) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // Unknown label: fall through to detection.
    }
  }
  if (looksIso2022Jp(bytes)) return new TextDecoder('iso-2022-jp').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}
