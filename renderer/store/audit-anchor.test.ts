import { describe, expect, it } from 'vitest';
import { createVaultHeader, deriveVaultKeys } from '../../shared/crypto/vault';
import { TEST_KDF } from '../../shared/crypto/vault/testing/test-kdf';
import type { AnchorMirrorPort } from './audit-anchor';
import { buildAuditEntries, sealAuditRow } from './audit-log';
import { aesGcmCipher } from './cipher';
import { openDb, type AirlockDb } from './db';
import { openStore } from './open-store';
import { PASSPHRASE, freshStore, makeCase, memoryMirror } from './testing/test-support';

const without = (record: object, key: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

type Copy = Record<string, unknown[]>;
const TABLES = ['meta', 'audit', 'cases'] as const;

/** A raw copy of some tables, as someone copying the IndexedDB files would keep them. */
const copyTables = async (db: AirlockDb, tables: readonly string[] = TABLES): Promise<Copy> =>
  Object.fromEntries(
    await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()] as const)),
  );

const putBack = async (db: AirlockDb, copy: Copy): Promise<void> => {
  await db.transaction('rw', Object.keys(copy), async () => {
    for (const [table, rows] of Object.entries(copy)) {
      await db.table(table).clear();
      await db.table(table).bulkAdd(rows);
    }
  });
};

/** A store with three writes after creation; the db handle reaches under the store. */
const storeWithHistory = async (mirror?: AnchorMirrorPort) => {
  const store = await freshStore(mirror === undefined ? {} : { anchorMirror: mirror });
  for (let i = 1; i <= 3; i += 1) await store.repos.cases.put(makeCase(i));
  return { store, db: openDb(store.dbName) };
};

const unlockAudit = async (store: Awaited<ReturnType<typeof freshStore>>) => {
  store.lock();
  const unlocked = await store.unlock(PASSPHRASE);
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  return unlocked.value.audit;
};

describe('audit anchor in the vault header', () => {
  it('a sound vault unlocks and verifies clean', async () => {
    const { store, db } = await storeWithHistory();
    expect(await unlockAudit(store)).toEqual({
      ok: true,
      links: { ok: true },
      anchor: { status: 'ok' },
      mirror: 'absent',
    });
    expect(await store.verifyAuditLog()).toMatchObject({ ok: true, value: { ok: true } });
    db.close();
  });

  it('reports deleted tail entries at unlock and in Verify', async () => {
    const { store, db } = await storeWithHistory();
    await db.audit.delete(await db.audit.count());
    const audit = await unlockAudit(store);
    expect(audit).toMatchObject({
      ok: false,
      anchor: { status: 'tail-missing', anchoredSeq: 4, headSeq: 3 },
    });
    expect(store.auditIntegrity()).toEqual(audit);
    expect(await store.verifyAuditLog()).toEqual({
      ok: true,
      value: { ok: false, firstBreak: { seq: 4, reason: 'tail-missing' } },
    });
    db.close();
  });

  it('reports a removed entry in the middle as a broken link', async () => {
    const { store, db } = await storeWithHistory();
    await db.audit.delete(2);
    expect(await unlockAudit(store)).toMatchObject({ ok: false, links: { ok: false, seq: 2 } });
    db.close();
  });

  it('reports audit and records tables restored from an older copy under the newer header', async () => {
    const { store, db } = await storeWithHistory();
    const older = await copyTables(db, ['audit', 'cases']);
    await store.repos.cases.put(makeCase(4));
    await store.repos.cases.put(makeCase(5));
    await putBack(db, older);
    expect(await unlockAudit(store)).toMatchObject({
      ok: false,
      anchor: { status: 'tail-missing', anchoredSeq: 6, headSeq: 4 },
    });
    expect(store.repos.cases.all()).toHaveLength(3);
    db.close();
  });

  it('reports an older header put back over newer rows', async () => {
    const { store, db } = await storeWithHistory();
    const olderHeader = await copyTables(db, ['meta']);
    await store.repos.cases.put(makeCase(4));
    await putBack(db, olderHeader);
    expect(await unlockAudit(store)).toMatchObject({
      ok: false,
      anchor: { status: 'head-mismatch', anchoredSeq: 4, headSeq: 5 },
    });
    db.close();
  });

  it('a whole-database rollback is self-consistent: only the mirror outside IndexedDB tells', async () => {
    const mirror = memoryMirror();
    const { store, db } = await storeWithHistory(mirror);
    const older = await copyTables(db);
    await store.repos.cases.put(makeCase(4));
    await putBack(db, older);
    expect(await unlockAudit(store)).toMatchObject({
      ok: false,
      anchor: { status: 'ok' },
      mirror: 'rolled-back',
    });
    expect(await store.verifyAuditLog()).toMatchObject({
      value: { ok: false, firstBreak: { reason: 'rolled-back' } },
    });

    // Without the mirror (another machine, or the mirror rolled back too) nothing can tell.
    mirror.values.clear();
    expect(await unlockAudit(store)).toMatchObject({ ok: true, anchor: { status: 'ok' } });
    db.close();
  });

  it('a restore the analyst chose resets the mirror instead of raising a rollback', async () => {
    const mirror = memoryMirror();
    const { store, db } = await storeWithHistory(mirror);
    const backup = await store.backup();
    if (!backup.ok) throw new Error(backup.error.message);
    await store.repos.cases.put(makeCase(4));
    const restored = await store.restore(backup.value, PASSPHRASE, {
      replaceExisting: true,
      acceptLoss: true,
    });
    expect(restored.ok).toBe(true);
    expect(store.auditIntegrity()).toMatchObject({ ok: true });
    expect(await unlockAudit(store)).toMatchObject({ ok: true, mirror: 'ok' });
    db.close();
  });

  it('reports an edited or stripped anchor', async () => {
    const { store, db } = await storeWithHistory();
    const meta = await db.meta.get('vault');
    const header = meta?.header as { anchor: { iv: string; ct: string } };
    const ct = header.anchor.ct;
    const flipped = `${ct.slice(0, 4)}${ct[4] === 'A' ? 'B' : 'A'}${ct.slice(5)}`;
    await db.meta.put({
      id: 'vault',
      header: { ...header, anchor: { ...header.anchor, ct: flipped } },
    });
    expect(await unlockAudit(store)).toMatchObject({
      ok: false,
      anchor: { status: 'anchor-invalid' },
    });

    // Stripping it does not pass the vault off as one from before anchors existed.
    await db.meta.put({ id: 'vault', header: without(header, 'anchor') });
    expect(await unlockAudit(store)).toMatchObject({
      ok: false,
      anchor: { status: 'anchor-invalid' },
    });
    db.close();
  });

  it('opens a v1 vault (no anchor) without a warning and anchors it at the next write', async () => {
    // A v1 vault as the app wrote it: header without schemaVersion or anchor, one audit row.
    const { header, master } = await createVaultHeader(PASSPHRASE, { override: TEST_KDF });
    const keys = await deriveVaultKeys(master, header.vaultId);
    const entries = await buildAuditEntries(
      [{ table: 'vault', recordId: 'header', op: 'put' }],
      null,
    );
    const v1 = without(header, 'schemaVersion');
    const dbName = `test-${crypto.randomUUID()}`;
    const db = openDb(dbName);
    await db.meta.put({ id: 'vault', header: v1 });
    await db.audit.add(await sealAuditRow(aesGcmCipher(keys.record), 1, entries));

    const store = await openStore({ dbName });
    const unlocked = await store.unlock(PASSPHRASE);
    expect(unlocked).toMatchObject({
      ok: true,
      value: { audit: { ok: true, anchor: { status: 'unanchored' } } },
    });
    expect((await store.repos.cases.put(makeCase(1))).ok).toBe(true);
    expect((await db.meta.get('vault'))?.header).toMatchObject({ schemaVersion: 2, anchor: {} });
    expect(store.repos.audit.all().map((e) => `${e.table}/${e.recordId}`)).toContain(
      'vault/anchor',
    );
    expect(await unlockAudit(store)).toMatchObject({ ok: true, anchor: { status: 'ok' } });
    expect(await store.verifyAuditLog()).toMatchObject({
      ok: true,
      value: { ok: true, entries: 3 },
    });
    db.close();
  });
});
