import { buf, toBase64Url, utf8 } from './bytes';

/**
 * Keyed HMAC of a normalised value: lets IndexedDB enforce uniqueness (case ref, key
 * fingerprint) without any plaintext in an index. Without the index key it reveals only
 * equality between rows, which the unique constraint reveals anyway.
 */
export const blindIndex = async (
  indexKey: CryptoKey,
  table: string,
  field: string,
  value: string,
): Promise<string> => {
  const normalised = value.normalize('NFKC').trim().toUpperCase().replace(/\s+/g, '');
  const mac = await globalThis.crypto.subtle.sign(
    'HMAC',
    indexKey,
    buf(utf8(`${table}|${field}|${normalised}`)),
  );
  return toBase64Url(new Uint8Array(mac));
};
