import { canonicalJson, sha256Hex } from '../../shared/crypto/canonical-json';
import { fromBase64, toBase64 } from '../../shared/crypto/vault';
import { ALL_TABLES, type AirlockDb } from './db';

/** Raw rows hold Uint8Arrays; JSON carries them as `{ $b64 }` (backup body, digest). */
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

/** Every raw row of every table, in one read transaction (a consistent snapshot). */
export const readAllRows = (db: AirlockDb): Promise<Record<string, unknown[]>> =>
  db.transaction('r', ALL_TABLES, async () => {
    const lists = await Promise.all(ALL_TABLES.map((table) => db.table(table).toArray()));
    return Object.fromEntries(ALL_TABLES.map((table, i) => [table, lists[i] ?? []]));
  });

/**
 * SHA-256 over every raw (encrypted) row of every table, rows sorted: equal digests mean
 * the database is byte-for-byte the same, e.g. before and after a refused import.
 */
export const storeDigest = async (db: AirlockDb): Promise<string> => {
  const all = await readAllRows(db);
  const lines: string[] = [];
  for (const table of [...ALL_TABLES].sort()) {
    const rows = (all[table] ?? []).map((row) => canonicalJson(toJsonSafe(row))).sort();
    lines.push(`${table}:${rows.length}`, ...rows);
  }
  return sha256Hex(lines.join('\n'));
};
