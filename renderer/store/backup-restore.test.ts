import { describe, expect, it } from 'vitest';
import { openDb } from './db';
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
