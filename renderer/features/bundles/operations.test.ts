// Checking a bundle file writes nothing: a file that is no bundle is refused with its code.
// (The export and apply paths are tested through the same functions in export-bundle.test.ts
// and bundle-store.test.ts.)
import { describe, expect, it } from 'vitest';
import { makeTestKey } from '../../../shared/crypto/pgp/testing/test-support';
import { bindOperations } from '../../app/operations';
import { depsOf } from '../../app/testing/operation-deps';
import { freshStore } from '../../store/testing/test-support';
import { bundleOperations } from './operations';

describe('bundle operations', () => {
  it('refuses a file that is not a bundle, and writes nothing', async () => {
    const store = await freshStore();
    const org = await makeTestKey('Org');
    const ops = bindOperations(bundleOperations, depsOf(store));
    const digest = await store.storeDigest();
    const r = await ops.checkBundle({
      bytes: new TextEncoder().encode('not a bundle'),
      decryptionKey: org.key,
      keys: [],
    });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error.code).not.toBe('');
    expect(await store.storeDigest()).toBe(digest);
  });
});
