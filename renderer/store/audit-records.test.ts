import { describe, expect, it } from 'vitest';
import {
  createVaultHeader,
  deriveVaultKeys,
  linkEntries,
  recordDigester,
  sealRecord,
} from '../../shared/crypto/vault';
import { TEST_KDF } from '../../shared/crypto/vault/testing/test-kdf';
import type { AuditEntry } from '../../shared/model/audit-entry';
import { sealAuditRow } from './audit-log';
import { aesGcmCipher } from './cipher';
import { openDb } from './db';
import { openStore } from './open-store';
import { PASSPHRASE, freshStore, makeCase } from './testing/test-support';

/** Findings come in table, id order. */
const inIdOrder = (list: { table: string; recordId: string; problem: string }[]) =>
  list
    .sort((a, b) => a.recordId.localeCompare(b.recordId))
    .map((finding) => expect.objectContaining(finding) as unknown);

/** Audit chain v2 (issue 29): the log records the SHA-256 of every ciphertext it wrote. */
const storeWithCase = async () => {
  const store = await freshStore();
  const kase = makeCase(1, { title: 'Embargo ends 2026-06-01' });
  expect((await store.repos.cases.put(kase)).ok).toBe(true);
  return { store, kase, db: openDb(store.dbName) };
};

describe('audit chain v2: records against the entries that wrote them', () => {
  it('each put entry carries the digest of the ciphertext it wrote', async () => {
    const { store, kase, db } = await storeWithCase();
    const entry = store.repos.audit.all().find((e) => e.recordId === kase.id);
    expect(entry).toMatchObject({
      schemaVersion: 2,
      table: 'cases',
      op: 'put',
      ev: 2,
      digest: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
    });
    // The write digests through WebCrypto, Verify through hash-wasm: the same SHA-256.
    const row = await db.cases.get(kase.id);
    if (row === undefined || entry?.schemaVersion !== 2) throw new Error('no row');
    expect((await recordDigester())(row)).toBe(entry.digest);
    expect(await store.verifyAuditLog()).toMatchObject({ ok: true, value: { ok: true } });
    db.close();
  });

  it('reports a record restored from an older copy under the kept audit log', async () => {
    const { store, kase, db } = await storeWithCase();
    const older = await db.cases.get(kase.id);
    await store.repos.cases.put({ ...kase, title: 'Embargo ends 2026-09-01' });
    const seq = store.repos.audit.all().at(-1)?.seq;
    if (older === undefined) throw new Error('no row');
    await db.cases.put(older);

    // The older ciphertext still decrypts (same key, same id): only the log can tell.
    store.lock();
    expect((await store.unlock(PASSPHRASE)).ok).toBe(true);
    expect(store.repos.cases.get(kase.id)?.title).toBe('Embargo ends 2026-06-01');
    expect(await store.verifyAuditLog()).toEqual({
      ok: true,
      value: {
        ok: false,
        firstBreak: { seq, reason: 'record-changed' },
        records: [{ table: 'cases', recordId: kase.id, seq, problem: 'changed' }],
      },
    });
    db.close();
  });

  it('reports a record deleted behind the store, and one put back after its delete', async () => {
    const { store, kase, db } = await storeWithCase();
    const other = makeCase(2);
    await store.repos.cases.put(other);
    const otherRow = await db.cases.get(other.id);
    await store.repos.cases.delete(other.id);
    await db.cases.delete(kase.id);
    if (otherRow !== undefined) await db.cases.put(otherRow);

    const verdict = await store.verifyAuditLog();
    expect(verdict.ok && !verdict.value.ok && verdict.value.records).toEqual(
      inIdOrder([
        { table: 'cases', recordId: kase.id, problem: 'missing' },
        { table: 'cases', recordId: other.id, problem: 'unexpected' },
      ]),
    );
    db.close();
  });
});

describe('a v1 audit chain', () => {
  it('still verifies, is upgraded on the next write, and only v2 entries are checked', async () => {
    // A vault as the app wrote it before v2: v1 entries without digests, one case.
    const { header, master } = await createVaultHeader(PASSPHRASE, { override: TEST_KDF });
    const keys = await deriveVaultKeys(master, header.vaultId);
    const old = makeCase(1);
    const entries = await linkEntries<AuditEntry>(
      [
        { table: 'vault', recordId: 'header', op: 'put' as const },
        { table: 'cases', recordId: old.id, op: 'put' as const },
      ].map((change) => ({ schemaVersion: 1, at: '2026-01-05T09:00:00.000Z', ...change })),
      null,
    );
    const dbName = `test-${crypto.randomUUID()}`;
    const db = openDb(dbName);
    const v1Header = Object.fromEntries(
      Object.entries(header).filter(([k]) => k !== 'schemaVersion'),
    );
    await db.meta.put({ id: 'vault', header: v1Header });
    await db.cases.put({ ...(await sealRecord(keys.record, 'cases', old.id, old)), id: old.id });
    await db.audit.add(await sealAuditRow(aesGcmCipher(keys.record), 1, entries));

    const store = await openStore({ dbName });
    expect((await store.unlock(PASSPHRASE)).ok).toBe(true);
    expect(store.repos.audit.all().map((e) => e.schemaVersion)).toEqual([1, 1]);
    expect(await store.verifyAuditLog()).toMatchObject({ value: { ok: true, entries: 2 } });

    const next = makeCase(2);
    await store.repos.cases.put(next);
    const written = store.repos.audit.all().slice(2);
    expect(written.map((e) => e.schemaVersion)).toEqual([2, 2]);
    expect(await store.verifyAuditLog()).toMatchObject({ value: { ok: true, entries: 4 } });

    // The record last written by a v1 entry has no digest to check; the v2 one is checked.
    const nextRow = await db.cases.get(next.id);
    await store.repos.cases.put({ ...next, title: 'changed' });
    if (nextRow === undefined) throw new Error('no row');
    const other = await sealRecord(keys.record, 'cases', old.id, { ...old, title: 'other' });
    await db.cases.bulkPut([{ ...other, id: old.id }, nextRow]);
    const verdict = await store.verifyAuditLog();
    expect(verdict.ok && !verdict.value.ok && verdict.value.records).toEqual(
      inIdOrder([{ table: 'cases', recordId: next.id, problem: 'changed' }]),
    );
    db.close();
  });
});
