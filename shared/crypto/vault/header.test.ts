import { describe, it, expect } from 'vitest';
import { createVaultHeader, parseVaultHeader, rewrapHeader, unwrapMaster } from './header';
import { DEFAULT_KDF, newKdfParams } from './kdf';
import { TEST_KDF } from './testing/test-kdf';

describe('vault header', () => {
  it('uses the production Argon2id cost unless the test override is passed explicitly', () => {
    const prod = newKdfParams();
    expect(prod.memoryKiB).toBeGreaterThanOrEqual(65_536);
    expect(prod.iterations).toBeGreaterThanOrEqual(3);
    expect(prod.weakForTesting).toBeUndefined();
    const weak = newKdfParams({ override: TEST_KDF });
    expect(weak).toMatchObject({ memoryKiB: 8192, iterations: 1, weakForTesting: true });
    expect(() =>
      newKdfParams({ override: { memoryKiB: 8192, iterations: 1 } as unknown as typeof TEST_KDF }),
    ).toThrow();
  });

  it('unwraps the same master key with the right passphrase', async () => {
    const { header, master } = await createVaultHeader('correct horse', { override: TEST_KDF });
    const phases: string[] = [];
    const out = await unwrapMaster(header, 'correct horse', (p) => phases.push(p));
    expect(out.ok && Array.from(out.value)).toEqual(Array.from(master));
    expect(phases).toEqual(['deriving-key', 'unwrapping']);
  });

  it('refuses a wrong passphrase with a typed error', async () => {
    const { header } = await createVaultHeader('correct horse', { override: TEST_KDF });
    const out = await unwrapMaster(header, 'correct hors');
    expect(out).toEqual({
      ok: false,
      error: { code: 'vault.wrong-passphrase', message: expect.any(String) as string },
    });
  });

  it('detects edited KDF parameters as it detects a wrong passphrase', async () => {
    const { header } = await createVaultHeader('pw-one', { override: TEST_KDF });
    const edited = { ...header, kdf: { ...header.kdf, iterations: 2 } };
    expect((await unwrapMaster(edited, 'pw-one')).ok).toBe(false);
  });

  it('re-wraps on passphrase change: new works, old fails, master key unchanged', async () => {
    const { header, master } = await createVaultHeader('old pass', { override: TEST_KDF });
    const next = await rewrapHeader(header, 'old pass', 'new pass');
    if (!next.ok) throw new Error(next.error.message);
    expect(next.value.kdf.salt).not.toBe(header.kdf.salt);
    expect(next.value.kdf.weakForTesting).toBe(true);
    const viaNew = await unwrapMaster(next.value, 'new pass');
    expect(viaNew.ok && Array.from(viaNew.value)).toEqual(Array.from(master));
    expect((await unwrapMaster(next.value, 'old pass')).ok).toBe(false);
    expect((await rewrapHeader(header, 'not it', 'x')).ok).toBe(false);
  });

  it('rejects a malformed header and absurd KDF costs', () => {
    expect(parseVaultHeader({ format: 'airlock-vault/1' }).ok).toBe(false);
    const kdf = {
      alg: 'argon2id',
      ...DEFAULT_KDF,
      memoryKiB: 64 * 1024 * 1024,
      salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
    };
    expect(
      parseVaultHeader({
        format: 'airlock-vault/1',
        vaultId: crypto.randomUUID(),
        createdAt: new Date().toISOString(),
        kdf,
        wrap: { iv: 'A'.repeat(16), ct: 'A'.repeat(64) },
      }).ok,
    ).toBe(false);
  });
});
