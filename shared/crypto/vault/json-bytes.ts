// Stored rows hold Uint8Arrays (IVs, ciphertexts); JSON (a backup body, the store digest)
// carries them as `{ $b64 }`. One codec for both directions.
import { fromBase64, toBase64 } from './bytes';

/** Uint8Arrays anywhere in `value` as `{ $b64 }`. */
export const toJsonSafe = (value: unknown): unknown => {
  if (value instanceof Uint8Array) return { $b64: toBase64(value) };
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSafe(v)]));
  }
  return value;
};

/** Inverse of toJsonSafe; returns undefined if a `$b64` value is not base64. */
export const fromJsonSafe = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(fromJsonSafe);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]?.[0] === '$b64' && typeof entries[0][1] === 'string') {
      return fromBase64(entries[0][1]) ?? undefined;
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, fromJsonSafe(v)]));
  }
  return value;
};
