import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TEST_KDF } from '../../shared/crypto/vault/testing/test-kdf';
import { openStore } from './open-store';
import { PASSPHRASE, makeCase, memoryMirror } from './testing/test-support';

/**
 * Chromium deletes an IndexedDB database it finds damaged when it opens it (a torn write
 * after a crash can do that; seen in the crash e2e). The profile's mirror of the audit head,
 * kept outside IndexedDB, still says a vault was here: the store must say it is lost rather
 * than look like a first start.
 */
describe('a vault whose database is gone', () => {
  const vaultThenDeleted = async () => {
    const mirror = memoryMirror();
    const dbName = `lost-${crypto.randomUUID()}`;
    const first = await openStore({ dbName, anchorMirror: mirror });
    expect(first.vaultLost()).toBe(false);
    expect((await first.create(PASSPHRASE, { kdf: TEST_KDF })).ok).toBe(true);
    expect((await first.repos.cases.put(makeCase(1))).ok).toBe(true);
    first.close();
    await Dexie.delete(dbName);
    return { mirror, dbName };
  };

  it('is reported lost when the mirror outlives the database, until a vault is made again', async () => {
    const { mirror, dbName } = await vaultThenDeleted();
    const reopened = await openStore({ dbName, anchorMirror: mirror });
    expect(reopened.status()).toBe('absent');
    expect(reopened.vaultLost()).toBe(true);
    const unlocked = await reopened.unlock(PASSPHRASE);
    expect(unlocked.ok ? null : unlocked.error.code).toBe('vault.absent');

    expect((await reopened.create(PASSPHRASE, { kdf: TEST_KDF })).ok).toBe(true);
    expect(reopened.vaultLost()).toBe(false);
    reopened.lock();
    expect(reopened.vaultLost()).toBe(false);
    reopened.close();
    const again = await openStore({ dbName, anchorMirror: mirror });
    expect(again.vaultLost()).toBe(false);
    again.close();
  });

  it('is a first start, not a loss, where no vault was ever made', async () => {
    const store = await openStore({
      dbName: `new-${crypto.randomUUID()}`,
      anchorMirror: memoryMirror(),
    });
    expect(store.status()).toBe('absent');
    expect(store.vaultLost()).toBe(false);
    store.close();
  });
});
