import { describe, expect, it } from 'vitest';
import { freshStore } from '../../store/testing/test-support';
import { generateAndStore, importKeys } from './key-actions';
import { makeTestKey, withInsertedUserId } from '../../../shared/crypto/pgp/testing/test-support';

describe('generating the organisation key before any settings were saved', () => {
  it('keeps the language the UI speaks in the settings it creates', async () => {
    const store = await freshStore();
    const generated = await generateAndStore(
      store,
      { name: 'PSIRT', email: 'psirt@example.org', passphrase: 'key passphrase' },
      'en',
    );
    expect(generated.ok).toBe(true);
    const [settings] = store.repos.settings.all();
    expect(settings?.language).toBe('en');
    expect(settings?.organisation.ownKeyFingerprint).toBe(
      generated.ok ? generated.value.fingerprint : 'none',
    );
  });

  it('leaves a language already saved as it was', async () => {
    const store = await freshStore();
    const first = await generateAndStore(
      store,
      { name: 'PSIRT', email: 'psirt@example.org', passphrase: 'key passphrase' },
      'ja',
    );
    expect(first.ok).toBe(true);
    await generateAndStore(
      store,
      { name: 'PSIRT 2', email: 'psirt2@example.org', passphrase: 'key passphrase' },
      'en',
    );
    expect(store.repos.settings.all()[0]?.language).toBe('ja');
  });
});

describe('importing a key that carries an unsigned user ID', () => {
  it('stores only the user IDs the key signed itself (the same rule as airlock key inspect)', async () => {
    const store = await freshStore();
    const vendor = await makeTestKey('Vendor');
    const hostile = await withInsertedUserId(
      vendor.armoredPublic,
      'Mallory <mallory@evil.invalid>',
    );
    const imported = await importKeys(store, hostile);
    expect(imported.ok && imported.value.records.map((r) => r.userIds)).toEqual([
      ['Vendor <vendor@example.org>'],
    ]);
  });
});
