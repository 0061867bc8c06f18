import { canonicalJson, sha256Hex } from '../../shared/crypto/canonical-json';
import { toJsonSafe } from '../../shared/crypto/vault';
import { ALL_TABLES, type AirlockDb } from './db';

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
