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
  it('never drops a table or changes its primary key; a later version only adds or drops indexes', () => {
    const primaryKey = new Map<string, string>();
    for (const stores of SCHEMA_VERSIONS) {
      for (const [table, spec] of Object.entries(stores)) {
        const key = spec.split(',')[0]?.trim() ?? '';
        expect(primaryKey.get(table) ?? key, `${table}'s primary key changed`).toBe(key);
        primaryKey.set(table, key);
      }
    }
    expect([...primaryKey.keys()].sort()).toEqual([...ALL_TABLES].sort());
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

  it('keeps rows written with a blind index when v3 drops the unique index', async () => {
    const name = `v2-bi-${crypto.randomUUID()}`;
    const v2 = openDb(name, 2);
    await v2.cases.bulkPut([
      { ...row('a'), bi: 'hmac-a' },
      { ...row('b'), bi: 'hmac-b' },
    ]);
    await expect(v2.cases.put({ ...row('c'), bi: 'hmac-a' })).rejects.toThrow();
    v2.close();

    const current = openDb(name);
    await current.open();
    expect(current.cases.schema.indexes.map((index) => index.name)).toEqual([]);
    expect(current.keys.schema.indexes.map((index) => index.name)).toEqual([]);
    expect(await current.cases.get('a')).toMatchObject({ id: 'a', bi: 'hmac-a' });
    expect(await current.cases.count()).toBe(2);
    current.close();
    await Dexie.delete(name);
  });
});
