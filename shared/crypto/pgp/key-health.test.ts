import * as openpgp from 'openpgp';

type GenerateKeyOptions = Omit<Parameters<typeof openpgp.generateKey>[0], 'format'>;
import { describe, expect, it } from 'vitest';
import { checkRecipientKeys, compareKeyHealth, keyHealth, keyHealthText } from './key-health';
import { readKeysFrom } from './keys';
import { makeTestKey, withInsertedUserId } from './testing/test-support';

const day = 86_400_000;
const created = new Date('2026-01-05T00:00:00Z');
const now = new Date('2026-06-01T00:00:00Z');

async function generated(
  options: Partial<GenerateKeyOptions> & { name?: string },
): Promise<openpgp.PublicKey> {
  const { name = 'Vendor', ...rest } = options;
  const { publicKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name, email: 'psirt@vendor.example' }],
    date: created,
    format: 'object',
    ...rest,
    config: { aeadProtect: false, v6Keys: false, ...rest.config },
  });
  return publicKey;
}

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe('keyHealth', () => {
  it('a current ed25519/cv25519 key is healthy and named by its user ID', async () => {
    const key = await generated({});
    const health = await keyHealth(key, { now });
    expect(health).toEqual({
      fingerprint: key.getFingerprint().toUpperCase(),
      userId: 'Vendor <psirt@vendor.example>',
      level: 'ok',
      refusals: [],
      warnings: [],
    });
  });

  it('refuses an expired key, with the instant it expired', async () => {
    const key = await generated({ keyExpirationTime: 100 * 86_400 });
    const health = await keyHealth(key, { now });
    expect(health.level).toBe('refused');
    expect(health.refusals).toEqual([
      { code: 'expired', at: new Date(created.getTime() + 100 * day).toISOString() },
    ]);
    // The same key a day before it expired: only warned (within 30 days).
    const before = await keyHealth(key, { now: new Date(created.getTime() + 99 * day) });
    expect(before.level).toBe('warned');
    expect(codes(before.warnings)).toEqual(['expires-soon']);
  });

  it('refuses a revoked key', async () => {
    const { privateKey } = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ name: 'Old', email: 'old@vendor.example' }],
      date: created,
      format: 'object',
    });
    const { publicKey } = await openpgp.revokeKey({
      key: privateKey,
      date: new Date(created.getTime() + day),
      format: 'object',
    });
    const health = await keyHealth(publicKey, { now });
    expect(codes(health.refusals)).toEqual(['revoked']);
  });

  it('refuses a key without an encryption subkey', async () => {
    const key = await generated({ subkeys: [] });
    expect(key.subkeys).toHaveLength(0);
    const health = await keyHealth(key, { now });
    expect(codes(health.refusals)).toEqual(['no-encryption-key']);
  });

  it('warns when the key expires before the embargo ends, or within 30 days', async () => {
    const key = await generated({ keyExpirationTime: 200 * 86_400 });
    const expiresAt = new Date(created.getTime() + 200 * day);
    const embargoEndsAt = new Date(expiresAt.getTime() + 10 * day);
    const health = await keyHealth(key, { now, embargoEndsAt });
    expect(health.level).toBe('warned');
    expect(health.warnings).toEqual([
      {
        code: 'expires-before-embargo',
        at: expiresAt.toISOString(),
        embargoEndsAt: embargoEndsAt.toISOString(),
      },
    ]);
    // An embargo ending before the expiry, and more than 30 days left: nothing to say.
    const fine = await keyHealth(key, { now, embargoEndsAt: new Date(expiresAt.getTime() - day) });
    expect(fine.level).toBe('ok');
    const soon = await keyHealth(key, { now: new Date(expiresAt.getTime() - 29 * day) });
    expect(codes(soon.warnings)).toEqual(['expires-soon']);
  });

  it('warns about RSA under 3072 bits, and not about RSA 3072', async () => {
    const weak = await generated({ type: 'rsa', rsaBits: 2048 });
    const health = await keyHealth(weak, { now });
    expect(health.level).toBe('warned');
    expect(health.warnings).toEqual([{ code: 'weak-rsa', bits: 2048 }]);
    const strong = await generated({ type: 'rsa', rsaBits: 3072 });
    expect((await keyHealth(strong, { now })).level).toBe('ok');
  }, 60_000);

  it('warns about a user ID without a valid self-signature and never names the key by it', async () => {
    const vendor = await makeTestKey('Vendor');
    const hostile = await withInsertedUserId(vendor.armoredPublic, 'Mallory <m@evil.invalid>');
    const read = await readKeysFrom(hostile);
    if (!read.ok || read.value[0] === undefined) throw new Error('unreadable');
    const health = await keyHealth(read.value[0], { now: new Date() });
    expect(health.userId).toBe('Vendor <vendor@example.org>');
    expect(health.warnings).toEqual([
      { code: 'invalid-user-id', userId: 'Mallory <m@evil.invalid>' },
    ]);
  });
});

describe('checkRecipientKeys', () => {
  it('refuses naming every refused key by user ID and fingerprint', async () => {
    const good = await generated({ name: 'Good' });
    const old = await generated({ name: 'Old Vendor', keyExpirationTime: 10 * 86_400 });
    const result = await checkRecipientKeys([good, old], { now });
    if (result.ok) throw new Error('sealed to an expired key');
    expect(result.error.code).toBe('key-health.refused');
    expect(result.error.keys.map((k) => k.userId)).toEqual(['Old Vendor <psirt@vendor.example>']);
    expect(result.error.message).toContain(old.getFingerprint().toUpperCase());
    expect(result.error.message).toContain('Old Vendor <psirt@vendor.example>');
    expect(result.error.message).toContain('has expired');
  });

  it('passes the healths of usable keys, warnings included', async () => {
    const weak = await generated({ type: 'rsa', rsaBits: 2048 });
    const result = await checkRecipientKeys([weak], { now });
    expect(result.ok && result.value.map((h) => h.level)).toEqual(['warned']);
    if (result.ok && result.value[0] !== undefined)
      expect(keyHealthText(result.value[0], result.value[0].warnings)).toMatch(/RSA under 3072/);
  }, 60_000);

  it('sorts refused keys before warned ones before healthy ones', () => {
    const h = (level: 'ok' | 'warned' | 'refused', warnings = 0) => ({
      fingerprint: level,
      userId: null,
      level,
      refusals: [],
      warnings: Array.from({ length: warnings }, () => ({ code: 'sha1-self-signature' as const })),
    });
    const sorted = [h('ok'), h('warned', 1), h('refused'), h('warned', 2)].sort(compareKeyHealth);
    expect(sorted.map((x) => `${x.level}${x.warnings.length}`)).toEqual([
      'refused0',
      'warned2',
      'warned1',
      'ok0',
    ]);
  });
});
