// Canonical JSON (sorted object keys, no whitespace) so a hash over a record does not depend
// on property insertion order: the audit chain and the store digest hash these bytes.
const encoder = new TextEncoder();

const canonicalValue = (value: unknown): unknown => {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError('canonicalJson: non-finite number');
    }
    return value;
  }
  if (value instanceof Uint8Array) {
    throw new TypeError('canonicalJson: encode bytes as base64 before hashing');
  }
  if (Array.isArray(value)) return value.map((item: unknown) => canonicalValue(item));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    // JSON.stringify drops undefined properties; do it up front so key order stays sorted.
    if (item !== undefined) out[key] = canonicalValue(item);
  }
  return out;
};

/** JSON text with object keys sorted at every depth; `undefined` properties are omitted. */
export const canonicalJson = (value: unknown): string => JSON.stringify(canonicalValue(value));

export const sha256 = async (data: Uint8Array | string): Promise<Uint8Array> => {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as BufferSource));
};

export const toHex = (bytes: Uint8Array): string => {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
};

export const sha256Hex = async (data: Uint8Array | string): Promise<string> =>
  toHex(await sha256(data));

/** SHA-256 (hex) of the canonical JSON of a value. */
export const canonicalHash = (value: unknown): Promise<string> => sha256Hex(canonicalJson(value));
