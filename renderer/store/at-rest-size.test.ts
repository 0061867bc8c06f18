import { describe, expect, it } from 'vitest';
import {
  buf,
  createVaultHeader,
  deriveVaultKeys,
  linkEntries,
  utf8,
} from '../../shared/crypto/vault';
import { TEST_KDF } from '../../shared/crypto/vault/testing/test-kdf';
import type { AuditEntry } from '../../shared/model/audit-entry';
import { sealAuditRow } from './audit-log';
import { aesGcmCipher } from './cipher';
import { openDb } from './db';
import { openStore } from './open-store';
import { PASSPHRASE, freshStore, makeCase } from './testing/test-support';

/** A row as the app sealed it before padding (envelope v1: the JSON as it is). */
const sealV1Row = async (key: CryptoKey, table: string, id: string, record: unknown) => {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: buf(utf8(`${table}|${id}|1`)) },
    key,
    buf(utf8(JSON.stringify(record))),
  );
  return { id, kind: table, iv, ct: new Uint8Array(ct), v: 1 };
};

describe('record sizes at rest (issue 29: padding to size buckets)', () => {
  it('two records of different lengths within one bucket are the same size in IndexedDB', async () => {
    const store = await freshStore();
    const a = makeCase(1, { title: 'Short' });
    const b = makeCase(2, { title: 'A rather longer title for the same kind of case' });
    expect((await store.transact((tx) => (tx.put('cases', a), tx.put('cases', b)))).ok).toBe(true);
    const db = openDb(store.dbName);
    const [rowA, rowB] = await Promise.all([db.cases.get(a.id), db.cases.get(b.id)]);
    expect(rowA?.v).toBe(2);
    expect(rowA?.ct.length).toBe(rowB?.ct.length);
    // The records differ by 42 characters of JSON; the rows do not differ at all in size.
    expect(JSON.stringify(b).length - JSON.stringify(a).length).toBe(42);
    db.close();
  });

  it('reads a row written before padding and pads it at its next write', async () => {
    const { header, master } = await createVaultHeader(PASSPHRASE, { override: TEST_KDF });
    const keys = await deriveVaultKeys(master, header.vaultId);
    const old = makeCase(1, { title: 'Written unpadded' });
    const entries = await linkEntries<AuditEntry>(
      [
        {
          schemaVersion: 1,
          at: '2026-01-05T09:00:00.000Z',
          table: 'cases',
          recordId: old.id,
          op: 'put' as const,
        },
      ],
      null,
    );
    const dbName = `test-${crypto.randomUUID()}`;
    const db = openDb(dbName);
    await db.meta.put({ id: 'vault', header });
    await db.cases.put(await sealV1Row(keys.record, 'cases', old.id, old));
    await db.audit.add(await sealAuditRow(aesGcmCipher(keys.record), 1, entries));
    const before = await db.cases.get(old.id);

    const store = await openStore({ dbName });
    const unlocked = await store.unlock(PASSPHRASE);
    expect(unlocked.ok && unlocked.value.loadIssues).toEqual([]);
    expect(store.repos.cases.get(old.id)?.title).toBe('Written unpadded');

    expect((await store.repos.cases.put({ ...old, title: 'Written again' })).ok).toBe(true);
    const after = await db.cases.get(old.id);
    expect(before?.v).toBe(1);
    expect(after?.v).toBe(2);
    expect(((after?.ct.length ?? 0) - 16) % 64).toBe(0); // a bucket boundary, not the JSON's length
    expect(await store.verifyAuditLog()).toMatchObject({ value: { ok: true } });
    store.lock();
    expect((await store.unlock(PASSPHRASE)).ok).toBe(true);
    expect(store.repos.cases.get(old.id)?.title).toBe('Written again');
    db.close();
  });
});
