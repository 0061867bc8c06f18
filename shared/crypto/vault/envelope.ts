import { z } from 'zod';
import { buf, fromUtf8, randomBytes, utf8 } from './bytes';

/** Envelope format version; part of the AAD so a future format cannot be confused with v1. */
export const ENVELOPE_VERSION = 1;

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
  v: z.literal(ENVELOPE_VERSION),
});

// Binding table, id and version means a ciphertext copied to another row or table fails the
// GCM tag instead of silently decrypting as the wrong record.
const aadFor = (table: string, id: string | number, v: number) =>
  buf(utf8(`${table}|${typeof id === 'number' ? `#${id}` : id}|${v}`));

export const sealBytes = async (
  key: CryptoKey,
  table: string,
  id: string | number,
  plain: Uint8Array,
): Promise<Envelope> => {
  const iv = randomBytes(12);
  const ct = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: buf(iv), additionalData: aadFor(table, id, ENVELOPE_VERSION) },
    key,
    buf(plain),
  );
  return { id, kind: table, iv, ct: new Uint8Array(ct), v: ENVELOPE_VERSION };
};

/** Returns null when the envelope does not authenticate for this table and id. */
export const openBytes = async (
  key: CryptoKey,
  table: string,
  envelope: Envelope,
): Promise<Uint8Array | null> => {
  if (envelope.kind !== table || envelope.v !== ENVELOPE_VERSION) return null;
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
    return new Uint8Array(plain);
  } catch {
    return null;
  }
};

export const sealRecord = (
  key: CryptoKey,
  table: string,
  id: string | number,
  record: unknown,
): Promise<Envelope> => sealBytes(key, table, id, utf8(JSON.stringify(record)));

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
