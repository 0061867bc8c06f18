import { describe, expect, it } from 'vitest';
import { mirrorV1Of, openBackup } from '../../shared/crypto/vault';
import { openDb } from './db';
import { PASSPHRASE, freshStore, makeCase, memoryMirror } from './testing/test-support';

/** The anchor's mirror outside IndexedDB (issue 29): sealed (v2), a v1 one still read. */
const storeWithMirror = async () => {
  const mirror = memoryMirror();
  const store = await freshStore({ anchorMirror: mirror });
  for (let i = 1; i <= 3; i += 1) await store.repos.cases.put(makeCase(i));
  const key = [...mirror.values.keys()][0] ?? '';
  return { store, mirror, key };
};

const unlockAudit = async (store: Awaited<ReturnType<typeof freshStore>>) => {
  store.lock();
  const unlocked = await store.unlock(PASSPHRASE);
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  return unlocked.value.audit;
};

/** A v1 mirror of this vault's head moved by `ahead`, as the app wrote them before. */
const v1Mirror = async (store: Awaited<ReturnType<typeof freshStore>>, ahead: number) => {
  const backup = await store.backup();
  if (!backup.ok) throw new Error(backup.error.message);
  const opened = await openBackup(backup.value, PASSPHRASE);
  if (!opened.ok) throw new Error(opened.error.message);
  const last = store.repos.audit.all().at(-1);
  const db = openDb(store.dbName);
  const rowId = ((await db.audit.orderBy(':id').lastKey()) as number | undefined) ?? 0;
  db.close();
  return mirrorV1Of(opened.value.keys.mirror, opened.value.header.vault.vaultId, {
    seq: (last?.seq ?? 0) + ahead,
    hash: last?.hash ?? '',
    rowId,
  });
};

describe('the anchor mirror', () => {
  it('keeps the audit sequence sealed: nothing of the head is readable beside the database', async () => {
    const { store, mirror, key } = await storeWithMirror();
    const stored = mirror.values.get(key);
    expect(stored).toMatchObject({ v: 2 });
    expect(stored).not.toHaveProperty('seq');
    expect(Object.keys(stored ?? {}).sort()).toEqual(['ct', 'iv', 'v', 'vaultId']);
    expect(await unlockAudit(store)).toMatchObject({ ok: true, mirror: 'ok' });
  });

  it('reads a v1 mirror (seq in the clear) and replaces it with a sealed one', async () => {
    const { store, mirror, key } = await storeWithMirror();
    mirror.values.set(key, await v1Mirror(store, 0));
    expect(await unlockAudit(store)).toMatchObject({ ok: true, mirror: 'ok' });
    expect(mirror.values.get(key)).toMatchObject({ v: 2 });

    // A v1 mirror ahead of the database still tells a rollback.
    mirror.values.set(key, await v1Mirror(store, 1));
    expect(await unlockAudit(store)).toMatchObject({ ok: false, mirror: 'rolled-back' });
  });
});
