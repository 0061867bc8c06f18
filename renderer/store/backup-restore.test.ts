import { describe, expect, it } from 'vitest';
import { openBackup, toJsonSafe } from '../../shared/crypto/vault';
import { sealBackupV1, v1BodyOf } from '../../shared/crypto/vault/testing/backup-v1';
import { openDb } from './db';
import { openStore } from './open-store';
import { PASSPHRASE, freshStore, makeCase } from './testing/test-support';

/** Restore against the vault it replaces (issue 29): checked, compared, confirmed, recorded. */
const backupAfter = async (writes: number) => {
  const store = await freshStore();
  for (let i = 1; i <= writes; i += 1) await store.repos.cases.put(makeCase(i));
  const file = await store.backup();
  if (!file.ok) throw new Error(file.error.message);
  return { store, file: file.value };
};

describe('restoring an older backup of this vault', () => {
  it('is checked first, asks for confirmation naming what would be lost, then leaves an audit entry', async () => {
    const { store, file } = await backupAfter(2);
    const later = makeCase(3);
    await store.repos.cases.put(later);
    await store.repos.cases.put({ ...later, title: 'Embargo moved' });

    const check = await store.checkBackup(file, PASSPHRASE);
    expect(check).toMatchObject({
      ok: true,
      value: {
        verify: { ok: true, problems: [] },
        comparison: {
          relation: 'older',
          sameVault: true,
          backupSeq: 3,
          currentSeq: 5,
          lost: { entries: 2, records: 1 },
          needsConfirmation: true,
        },
      },
    });

    const before = await store.storeDigest();
    const refused = await store.restore(file, PASSPHRASE, { replaceExisting: true });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'backup.needs-confirmation',
        message: expect.stringContaining('2 audit entries and 1 records') as unknown,
      },
    });
    expect(await store.storeDigest()).toBe(before);

    const restored = await store.restore(file, PASSPHRASE, {
      replaceExisting: true,
      acceptLoss: true,
    });
    expect(restored).toMatchObject({ ok: true, value: { restoredFromSeq: 3 } });
    expect(store.repos.cases.get(later.id)).toBeUndefined();
    expect(store.repos.audit.all().at(-1)).toMatchObject({
      seq: 4,
      table: 'vault',
      recordId: 'restore',
      restoredFromSeq: 3,
    });
    expect(await store.verifyAuditLog()).toMatchObject({ ok: true, value: { ok: true } });
    store.lock();
    expect(await store.unlock(PASSPHRASE)).toMatchObject({
      ok: true,
      value: { audit: { ok: true } },
    });
  });

  it('needs no confirmation for a backup of the vault as it is', async () => {
    const { store, file } = await backupAfter(1);
    const restored = await store.restore(file, PASSPHRASE, { replaceExisting: true });
    expect(restored).toMatchObject({ ok: true, value: { restoredFromSeq: 2 } });
  });

  it('refuses a backup whose audit chain does not verify before replacing anything', async () => {
    const { store } = await backupAfter(3);
    const db = openDb(store.dbName);
    await db.audit.delete(2);
    const broken = await store.backup();
    if (!broken.ok) throw new Error(broken.error.message);
    const target = await freshStore();
    const before = await target.storeDigest();
    expect(
      await target.restore(broken.value, PASSPHRASE, { replaceExisting: true, acceptLoss: true }),
    ).toMatchObject({ ok: false, error: { code: 'backup.audit-broken' } });
    expect(await target.storeDigest()).toBe(before);
    expect(await target.checkBackup(broken.value, PASSPHRASE)).toMatchObject({
      ok: true,
      value: { verify: { ok: false, audit: { chain: { ok: false } } } },
    });
    db.close();
  });
});

describe('a backup file in format v1 (row count in its clear header)', () => {
  it('still verifies and restores', async () => {
    const { store, file } = await backupAfter(2);
    // The same backup as Airlock wrote it before format v2.
    const opened = await openBackup(file, PASSPHRASE);
    if (!opened.ok) throw new Error(opened.error.message);
    const old = await sealBackupV1(
      opened.value.keys.backup,
      opened.value.header.vault,
      opened.value.rowCount,
      v1BodyOf(toJsonSafe(opened.value.tables)),
    );
    expect(new TextDecoder().decode(old.subarray(0, 4000))).toContain('"rowCount"');
    expect(await store.checkBackup(old, PASSPHRASE)).toMatchObject({
      ok: true,
      value: { verify: { ok: true, problems: [] }, comparison: { relation: 'same' } },
    });
    const target = await openStore({ dbName: `restore-v1-${crypto.randomUUID()}` });
    const restored = await target.restore(old, PASSPHRASE, {});
    expect(restored).toMatchObject({ ok: true, value: { loadIssues: [], restoredFromSeq: 3 } });
    const titles = (s: typeof store) =>
      s.repos.cases
        .all()
        .map((c) => c.title)
        .sort();
    expect(titles(target)).toEqual(titles(store));
    expect(await target.verifyAuditLog()).toMatchObject({ ok: true, value: { ok: true } });
  });
});
