// Canonical JSON (sorted object keys, no whitespace) so a hash over a record does not depend
// on property insertion order: the audit chain and the store digest hash these bytes.
const encoder = new TextEncoder();

/**
 * RFC 8785 (JCS): object keys sorted by UTF-16 code units at every depth, array order kept,
 * primitives as ECMAScript serialises them, no whitespace. The object is written by hand:
 * a rebuilt JS object would put integer-like keys ("1") first whatever their sort order.
 * `undefined` properties are omitted (as JSON.stringify does); a lone surrogate is escaped
 * (\udxxx), where the RFC would refuse the input.
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError('canonicalJson: non-finite number');
    }
    return JSON.stringify(value) ?? 'null';
  }
  if (value instanceof Uint8Array) {
    throw new TypeError('canonicalJson: encode bytes as base64 before hashing');
  }
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item !== undefined) members.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
  }
  return `{${members.join(',')}}`;
};

/**
 * Whether two values have the same canonical JSON (`canonicalJson(a) === canonicalJson(b)`),
 * without writing either: a commit asks it of every record it would rewrite (a case of 1,000
 * vendors), to write only those that changed. Undefined properties are absent, an undefined
 * array item is null, -0 is 0, as in `canonicalJson`.
 */
export const sameJson = (a: unknown, b: unknown): boolean => {
  const x = a === undefined ? null : a;
  const y = b === undefined ? null : b;
  if (x === y) return true;
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i += 1) if (!sameJson(x[i], y[i])) return false;
    return true;
  }
  const xr = x as Record<string, unknown>;
  const yr = y as Record<string, unknown>;
  let count = 0;
  for (const key of Object.keys(xr)) {
    if (xr[key] === undefined) continue;
    count += 1;
    const other = yr[key];
    if (other === undefined || !sameJson(xr[key], other)) return false;
  }
  for (const key of Object.keys(yr)) if (yr[key] !== undefined) count -= 1;
  return count === 0;
};

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
