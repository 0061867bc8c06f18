// SHA-256 through WebCrypto (present in Node 20 and Chromium alike).

export async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const encoder = new TextEncoder();

export const utf8Encode = (text: string): Uint8Array => encoder.encode(text);

/** Strict UTF-8: malformed bytes in a record file are an error, not U+FFFD. */
export function utf8DecodeStrict(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}
