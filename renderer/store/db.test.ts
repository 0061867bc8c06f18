import { describe, it, expect } from 'vitest';
import { Dexie } from 'dexie';
import { ALL_TABLES, SCHEMA_VERSIONS, openDb } from './db';

const row = (id: string) => ({
  id,
  kind: 'x',
  iv: new Uint8Array(12),
  ct: new Uint8Array(16),
  v: 1,
});

describe('Dexie schema versions', () => {
  it('only ever add tables: no later version redefines or drops an earlier table', () => {
    const seen = new Set<string>();
    for (const stores of SCHEMA_VERSIONS) {
      for (const table of Object.keys(stores)) {
        expect(seen.has(table), `${table} redefined`).toBe(false);
        seen.add(table);
      }
    }
    expect([...seen].sort()).toEqual([...ALL_TABLES].sort());
  });

  it('opens a database written by every earlier version under the current one, rows intact', async () => {
    for (let upTo = 1; upTo < SCHEMA_VERSIONS.length; upTo += 1) {
      const name = `schema-upgrade-${upTo}-${crypto.randomUUID()}`;
      const old = openDb(name, upTo);
      const tables = SCHEMA_VERSIONS.slice(0, upTo).flatMap((v) => Object.keys(v));
      for (const table of tables) {
        if (table === 'attachmentChunks') {
          await old
            .table(table)
            .put({ aid: 'a', idx: 0, iv: new Uint8Array(12), ct: new Uint8Array(16) });
        } else if (table === 'audit') {
          await old.table(table).put({ ...row('x'), id: 1 });
        } else {
          await old.table(table).put(row(`${table}-1`));
        }
      }
      old.close();

      const current = openDb(name);
      await current.open();
      expect(current.verno).toBe(SCHEMA_VERSIONS.length);
      for (const table of tables) expect(await current.table(table).count(), table).toBe(1);
      expect(await current.table('cases').get('cases-1')).toMatchObject({ id: 'cases-1', v: 1 });
      for (const table of ALL_TABLES) expect(current.tables.map((t) => t.name)).toContain(table);
      current.close();
      await Dexie.delete(name);
    }
  });

  it('enforces blind-index uniqueness at the database level', async () => {
    const db = openDb(`unique-${crypto.randomUUID()}`);
    await db.cases.put({ ...row('a'), bi: 'same' });
    await expect(db.cases.put({ ...row('b'), bi: 'same' })).rejects.toThrow();
    await db.cases.put(row('c'));
    await db.cases.put(row('d'));
    expect(await db.cases.count()).toBe(3);
    db.close();
  });
});
