import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_KDF } from '../../shared/crypto/vault/testing/test-kdf';
import { openStore } from './open-store';
import { PASSPHRASE, freshStore, makeCase } from './testing/test-support';

/**
 * A full disk or exhausted quota (issue 29 item 2), injected where IndexedDB reports it: a
 * put or add into one of `stores` throws the QuotaExceededError a browser raises. Every
 * write of the vault itself (header, passphrase, master key, restore, records) must say
 * `store.quota-exceeded` and leave the store as it was.
 */
const fullDiskFor = (...stores: string[]) => {
  const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  for (const method of ['put', 'add'] as const) {
    // The unpatched method, called on the store it was invoked on.
    const original = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, method)
      ?.value as IDBObjectStore['put'];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (stores.length === 0 || stores.includes(this.name)) throw full();
      return original.apply(this, args);
    });
  }
};

afterEach(() => {
  vi.restoreAllMocks();
});

const quota = { ok: false, error: { code: 'store.quota-exceeded' } };
const NEW_PASSPHRASE = 'a different passphrase entirely 2026';

describe('a write the disk cannot take', () => {
  it('creating the vault: refused, no vault is left behind, and creating it again works', async () => {
    const store = await openStore({ dbName: `test-${crypto.randomUUID()}` });
    fullDiskFor('meta');
    expect(await store.create(PASSPHRASE, { kdf: TEST_KDF })).toMatchObject(quota);
    vi.restoreAllMocks();
    expect(await store.create(PASSPHRASE, { kdf: TEST_KDF })).toMatchObject({ ok: true });
  });

  it('changing the passphrase: refused, the vault header unchanged, the old passphrase still opens it', async () => {
    const store = await freshStore();
    await store.repos.cases.put(makeCase(1));
    const before = await store.storeDigest();
    fullDiskFor('meta');
    expect(await store.changePassphrase(PASSPHRASE, NEW_PASSPHRASE, { kdf: TEST_KDF })).toEqual({
      ok: false,
      error: {
        code: 'store.quota-exceeded',
        message: 'The disk or the storage quota is full: nothing of this write was saved.',
      },
    });
    vi.restoreAllMocks();
    expect(await store.storeDigest()).toBe(before);
    store.lock();
    expect(await store.unlock(NEW_PASSPHRASE)).toMatchObject({
      ok: false,
      error: { code: 'vault.wrong-passphrase' },
    });
    expect(await store.unlock(PASSPHRASE)).toMatchObject({
      ok: true,
      value: { audit: { ok: true } },
    });
    expect(store.repos.cases.all()).toHaveLength(1);
  });

  it('rotating the master key: refused, every row as it was, and the same rotation later succeeds', async () => {
    const store = await freshStore();
    await store.repos.cases.put(makeCase(1));
    const before = await store.storeDigest();
    fullDiskFor('attachmentChunks', 'audit', 'meta');
    expect(await store.rotateMasterKey(PASSPHRASE, { kdf: TEST_KDF })).toMatchObject(quota);
    vi.restoreAllMocks();
    expect(await store.storeDigest()).toBe(before);
    expect(await store.verifyAuditLog()).toMatchObject({ ok: true, value: { ok: true } });
    expect(await store.rotateMasterKey(PASSPHRASE, { kdf: TEST_KDF })).toMatchObject({ ok: true });
    store.lock();
    expect(await store.unlock(PASSPHRASE)).toMatchObject({
      ok: true,
      value: { audit: { ok: true } },
    });
    expect(store.repos.cases.all()).toHaveLength(1);
  });

  it('restoring over the vault: refused before its journal row, saying the backup was not restored', async () => {
    const store = await freshStore();
    await store.repos.cases.put(makeCase(1));
    const file = await store.backup();
    if (!file.ok) throw new Error(file.error.message);
    await store.repos.cases.put(makeCase(2));
    const before = await store.storeDigest();
    fullDiskFor();
    const restored = await store.restore(file.value, PASSPHRASE, {
      replaceExisting: true,
      acceptLoss: true,
    });
    expect(restored).toMatchObject({
      ok: false,
      error: {
        code: 'store.quota-exceeded',
        message: expect.stringContaining('the backup was not restored') as unknown,
      },
    });
    vi.restoreAllMocks();
    expect(await store.storeDigest()).toBe(before);
    expect(store.repos.cases.all()).toHaveLength(2);
  });

  it('records: refused, nothing kept, and a write that fits afterwards is saved', async () => {
    const store = await freshStore();
    const before = await store.storeDigest();
    fullDiskFor('cases');
    expect(await store.repos.cases.put(makeCase(1))).toMatchObject(quota);
    vi.restoreAllMocks();
    expect(await store.storeDigest()).toBe(before);
    expect(await store.repos.cases.put(makeCase(2))).toMatchObject({ ok: true });
    expect(await store.verifyAuditLog()).toMatchObject({ ok: true, value: { ok: true } });
  });
});
