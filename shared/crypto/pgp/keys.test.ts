import { beforeAll, describe, expect, it } from 'vitest';
import { describeKey, formatFingerprint, keyUsability } from './describe';
import { generateOrgKey, revokeOwnKey, type GeneratedKey } from './generate';
import { exportSecretKey, readKeysFrom, unlockSecretKey } from './keys';
import { makeTestKey } from './testing/test-support';

let org: GeneratedKey;
const yearS = 365 * 86400;

beforeAll(async () => {
  const generated = await generateOrgKey({
    name: 'Org PSIRT',
    email: 'psirt@org.example',
    passphrase: 'pw',
    expiresInSeconds: 2 * yearS,
  });
  if (!generated.ok) throw new Error(generated.error.message);
  org = generated.value;
});

describe('generate and describe', () => {
  it('makes a v4 ed25519/cv25519 key with expiry, readable as one public key', async () => {
    const d = await describeKey(org.key);
    expect(d.fingerprint).toMatch(/^[0-9A-F]{40}$/);
    expect(d.fingerprintGrouped.replace(/ /g, '')).toBe(d.fingerprint);
    expect(d.algorithm.algorithm).toBe('eddsaLegacy');
    expect(d.subkeys.map((s) => s.algorithm.algorithm)).toEqual(['ecdh']);
    expect(d.userIds).toEqual(['Org PSIRT <psirt@org.example>']);
    expect(Date.parse(d.expiresAt ?? '') - Date.parse(d.createdAt)).toBe(2 * yearS * 1000);
    expect([d.canSign, d.canEncrypt, d.revoked, d.expired]).toEqual([true, true, false, false]);
  });

  it('groups a fingerprint as GnuPG prints it', () => {
    expect(formatFingerprint('4D69F9E04507617BFA6892AB26C35A9E5FCF486C')).toBe(
      '4D69 F9E0 4507 617B FA68  92AB 26C3 5A9E 5FCF 486C',
    );
  });

  it('refuses an empty passphrase', async () => {
    const result = await generateOrgKey({ name: 'x', email: 'x@example.org', passphrase: '' });
    expect(result.ok ? 'ok' : result.error.code).toBe('bad-passphrase');
  });
});

describe('import, export, revoke', () => {
  it('reads several keys from one file (two armored blocks, or one block with two keys)', async () => {
    const [a, b] = await Promise.all([makeTestKey('A'), makeTestKey('B')]);
    const twoBlocks = await readKeysFrom(`${a.armoredPublic}\n${b.armoredPublic}`);
    expect(twoBlocks.ok && twoBlocks.value.length).toBe(2);
    const binary = new Uint8Array([...a.key.toPublic().write(), ...b.key.toPublic().write()]);
    const fromBinary = await readKeysFrom(binary);
    expect(fromBinary.ok && fromBinary.value.map((k) => k.getFingerprint())).toEqual([
      a.key.getFingerprint(),
      b.key.getFingerprint(),
    ]);
    const garbage = await readKeysFrom('not a key');
    expect(garbage.ok ? 'ok' : garbage.error.code).toBe('key-invalid');
  });

  it('exports the secret key under a new passphrase only', async () => {
    const exported = await exportSecretKey(org.key, 'new passphrase');
    if (!exported.ok) throw new Error(exported.error.message);
    expect((await unlockSecretKey(exported.value, 'pw')).ok).toBe(false);
    expect((await unlockSecretKey(exported.value, 'new passphrase')).ok).toBe(true);
  });

  it('revokes the own key; the revoked public key says so and is unusable', async () => {
    const revoked = await revokeOwnKey(org.key, 'superseded', 'new key');
    if (!revoked.ok) throw new Error(revoked.error.message);
    const read = await readKeysFrom(revoked.value.publicKey);
    if (!read.ok || read.value[0] === undefined) throw new Error('unreadable');
    const d = await describeKey(read.value[0]);
    expect(d.revoked).toBe(true);
    expect(keyUsability(d, 'verified')).toEqual({
      usable: false,
      warnings: expect.arrayContaining(['revoked']) as unknown,
    });
  });
});

describe('keyUsability', () => {
  it('warns for unverified and expiring keys, refuses expired ones', async () => {
    const fresh = await describeKey((await makeTestKey('Fresh')).key.toPublic());
    expect(keyUsability(fresh, 'unknown')).toEqual({ usable: true, warnings: ['unverified'] });
    expect(keyUsability(fresh, 'verified')).toEqual({ usable: true, warnings: [] });
    const old = await makeTestKey('Old', {
      date: new Date(Date.now() - 2 * yearS * 1000),
      expiresInSeconds: yearS,
    });
    const expired = await describeKey(old.key.toPublic());
    expect(keyUsability(expired, 'verified').usable).toBe(false);
    expect(keyUsability(expired, 'verified').warnings).toContain('expired');
    const soon = await makeTestKey('Soon', { expiresInSeconds: 10 * 86400 });
    expect(keyUsability(await describeKey(soon.key.toPublic()), 'verified').warnings).toEqual([
      'expires-soon',
    ]);
  });
});
