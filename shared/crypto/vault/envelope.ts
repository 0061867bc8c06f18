import { z } from 'zod';
import { buf, fromUtf8, randomBytes, utf8, utf8Into } from './bytes';
import { padBytes, padInPlace, unpadBytes } from './padding';

/**
 * Envelope format version, written by every seal; part of the AAD so one format cannot be
 * confused with another. v2 (issue 29) pads the plaintext to a size bucket (padding.ts);
 * v1 rows (unpadded) still open, and are written as v2 at their next change.
 */
export const ENVELOPE_VERSION = 2;
/** Versions a row may carry. */
export const ENVELOPE_VERSIONS = [1, 2] as const;

/**
 * A stored row: nothing of the record is in clear except its id (a random UUID) and the
 * table it belongs to. `id` is a string, or a number for the audit log's sequence.
 */
export type Envelope = {
  id: string | number;
  kind: string;
  iv: Uint8Array;
  ct: Uint8Array;
  v: number;
};

export const envelopeSchema = z.object({
  id: z.union([z.string().min(1), z.number().int().nonnegative()]),
  kind: z.string().min(1),
  iv: z.instanceof(Uint8Array).refine((iv) => iv.length === 12, 'iv must be 12 bytes'),
  ct: z.instanceof(Uint8Array).refine((ct) => ct.length >= 16, 'ciphertext too short'),
  v: z.union([z.literal(1), z.literal(2)]),
});

// Binding table, id and version means a ciphertext copied to another row or table fails the
// GCM tag instead of silently decrypting as the wrong record.
const aadText = (table: string, id: string | number, v: number) =>
  `${table}|${typeof id === 'number' ? `#${id}` : id}|${v}`;

// The AAD of one call, encoded into a reused buffer (a new one per record was a tenth of a
// bulk write's encoding time). Safe because WebCrypto copies `additionalData` before
// encrypt()/decrypt() return their promise, as it copies the data.
const aadScratch = new Uint8Array(1024);
const aadFor = (table: string, id: string | number, v: number): Uint8Array<ArrayBuffer> => {
  const text = aadText(table, id, v);
  const written = utf8Into(text, aadScratch);
  return written === null ? buf(utf8(text)) : aadScratch.subarray(0, written);
};

// A bulk write seals thousands of records: one getRandomValues call per 4,096 IVs instead
// of one per record. Each IV is copied out (a stored row must not share the pool's buffer,
// which structured clone would store whole); IVs are public, the pool holds no secret.
const IV_LENGTH = 12;
const IV_POOL_SIZE = IV_LENGTH * 4096; // under getRandomValues' 65,536-byte limit
let ivPool: Uint8Array = new Uint8Array(0);
let ivAt = 0;
const nextIv = (): Uint8Array => {
  if (ivAt + IV_LENGTH > ivPool.length) {
    ivPool = randomBytes(IV_POOL_SIZE);
    ivAt = 0;
  }
  const iv = ivPool.slice(ivAt, ivAt + IV_LENGTH);
  ivAt += IV_LENGTH;
  return iv;
};

// `padded` is already padded to its bucket.
const sealPadded = async (
  key: CryptoKey,
  table: string,
  id: string | number,
  padded: Uint8Array,
): Promise<Envelope> => {
  const iv = nextIv();
  const ct = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: buf(iv), additionalData: aadFor(table, id, ENVELOPE_VERSION) },
    key,
    buf(padded),
  );
  return { id, kind: table, iv, ct: new Uint8Array(ct), v: ENVELOPE_VERSION };
};

/** Seals `plain` padded to its size bucket (envelope v2). */
export const sealBytes = (
  key: CryptoKey,
  table: string,
  id: string | number,
  plain: Uint8Array,
): Promise<Envelope> => sealPadded(key, table, id, padBytes(plain));

/** Returns null when the envelope does not authenticate for this table and id. */
export const openBytes = async (
  key: CryptoKey,
  table: string,
  envelope: Envelope,
): Promise<Uint8Array | null> => {
  if (envelope.kind !== table || (envelope.v !== 1 && envelope.v !== 2)) return null;
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: buf(envelope.iv),
        additionalData: aadFor(table, envelope.id, envelope.v),
      },
      key,
      buf(envelope.ct),
    );
    // v1 was sealed unpadded; v2's padding is inside the authenticated plaintext.
    return envelope.v === 1 ? new Uint8Array(plain) : unpadBytes(new Uint8Array(plain));
  } catch {
    return null;
  }
};

// Records are UTF-8 encoded into one reused buffer instead of a new one each (GC was 13% of
// a 10k bulk write). Safe because encrypt() copies its input before it returns its promise
// (WebCrypto: "a copy of the bytes held by the data parameter"); the bytes are then zeroed.
// The padding is written in place after the record.
let scratch = new Uint8Array(64 * 1024);

export const sealRecord = (
  key: CryptoKey,
  table: string,
  id: string | number,
  record: unknown,
): Promise<Envelope> => {
  const json = JSON.stringify(record);
  if (json.length * 3 > scratch.length && json.length * 3 <= 4 * 1024 * 1024) {
    scratch = new Uint8Array(json.length * 4); // room for the UTF-8 and its padding
  }
  const written = utf8Into(json, scratch);
  if (written === null) return sealBytes(key, table, id, utf8(json));
  const total = padInPlace(scratch, written);
  if (total === null) {
    scratch.fill(0, 0, written);
    return sealBytes(key, table, id, utf8(json));
  }
  const sealing = sealPadded(key, table, id, scratch.subarray(0, total));
  scratch.fill(0, 0, total);
  return sealing;
};

/** Lock: nothing of the last record sealed stays in the scratch buffer (it is zeroed after
 *  each seal already; this also drops a buffer grown for a large record). */
export const wipeSealScratch = (): void => {
  scratch.fill(0);
  scratch = new Uint8Array(64 * 1024);
};

export type OpenedRecord = { ok: true; value: unknown } | { ok: false };

/** Decrypts and JSON-parses; the caller still runs the record's zod schema. */
export const openRecord = async (
  key: CryptoKey,
  table: string,
  envelope: Envelope,
): Promise<OpenedRecord> => {
  const plain = await openBytes(key, table, envelope);
  if (plain === null) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(fromUtf8(plain)) as unknown };
  } catch {
    return { ok: false };
  }
};
