// The keyring's operations as a screen calls them: bound to a real store and a recording
// host, no React.
import { describe, expect, it } from 'vitest';
import { makeTestKey } from '../../../shared/crypto/pgp/testing/test-support';
import { sampleContact } from '../../../shared/model/testing/fixtures';
import { bindOperations } from '../../app/operations';
import { depsOf, savingPlatform, type SavedFile } from '../../app/testing/operation-deps';
import { freshStore } from '../../store/testing/test-support';
import { keyOperations } from './operations';

describe('keyring operations', () => {
  it('imports a vendor key, then saving the contact that lists it links the key', async () => {
    const store = await freshStore();
    const ops = bindOperations(keyOperations, depsOf(store));
    const vendor = await makeTestKey('Vendor');
    const imported = await ops.importKeys({ key: vendor.armoredPublic });
    if (!imported.ok) throw new Error(imported.error.message);
    const [record] = imported.value.records;
    expect(record?.ownerContactId).toBeUndefined();

    const contact = { ...sampleContact(), pgpFingerprints: [record?.fingerprint ?? ''] };
    const saved = await ops.saveContact({ contact });
    expect(saved.ok).toBe(true);
    expect(store.repos.keys.get(record?.id ?? '')?.ownerContactId).toBe(contact.id);
  });

  it('refuses text that holds no key, with a code and nothing written', async () => {
    const store = await freshStore();
    const ops = bindOperations(keyOperations, depsOf(store));
    const digest = await store.storeDigest();
    const r = await ops.importKeys({ key: 'not a key at all' });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error.code).toMatch(/key/);
    expect(await store.storeDigest()).toBe(digest);
  });

  it('generates the organisation key and saves its revocation certificate where asked', async () => {
    const store = await freshStore();
    const files: SavedFile[] = [];
    const ops = bindOperations(keyOperations, depsOf(store, savingPlatform(files)));
    const generated = await ops.generateOrgKey({
      key: { name: 'PSIRT', email: 'psirt@example.org', passphrase: 'key passphrase' },
      language: 'ja',
    });
    if (!generated.ok) throw new Error(generated.error.message);
    expect(store.repos.settings.all()[0]?.organisation.ownKeyFingerprint).toBe(
      generated.value.fingerprint,
    );
    const digest = await store.storeDigest();
    const name = `${generated.value.fingerprint}-revocation.asc`;
    expect(await ops.saveText({ name, text: generated.value.revocationCertificate })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(files.map((f) => f.name)).toEqual([name]);
    expect(new TextDecoder().decode(files[0]?.bytes)).toContain('BEGIN PGP PUBLIC KEY BLOCK');
    expect(await store.storeDigest()).toBe(digest);
  });
});
