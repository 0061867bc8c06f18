import { beforeAll, describe, expect, it } from 'vitest';
import { openBinary } from './open';
import { sealBinary } from './seal';
import { unlockSecretKey } from './keys';
import { compressionBomb, makeTestKey, type TestKey } from './testing/test-support';

let org: TestKey;
let vendor: TestKey;
let other: TestKey;
let sealedBinary: Uint8Array;
let sealedArmored: string;

beforeAll(async () => {
  [org, vendor, other] = await Promise.all([
    makeTestKey('Org'),
    makeTestKey('Vendor'),
    makeTestKey('Other'),
  ]);
  const data = new TextEncoder().encode('secret reply '.repeat(200));
  const bin = await sealBinary({
    data,
    recipientKeys: [org.key],
    signingKey: vendor.key,
    format: 'binary',
  });
  const arm = await sealBinary({
    data,
    recipientKeys: [org.key],
    signingKey: vendor.key,
    format: 'armored',
  });
  if (!bin.ok || !arm.ok) throw new Error('seal failed');
  sealedBinary = bin.value;
  sealedArmored = arm.value;
});

const codeOf = async (
  data: Uint8Array | string,
  limits?: { maxInputBytes: number; maxDecompressedBytes: number },
) => {
  const opened = await openBinary({
    data,
    decryptionKeys: [org.key],
    verificationKeys: [vendor.key.toPublic()],
    ...(limits === undefined ? {} : { limits }),
  });
  return opened.ok ? 'opened' : opened.error.code;
};

describe('hostile inputs open nothing and say why', () => {
  it('not OpenPGP at all', async () => {
    expect(await codeOf(new TextEncoder().encode('hello, this is plain text'))).toBe('not-openpgp');
    expect(await codeOf(new Uint8Array())).toBe('not-openpgp');
  });

  it('random bytes that start like a packet: not an OpenPGP message, or damaged', async () => {
    // Seeded, not random: each first byte is a packet tag openpgp.js then fails to parse in
    // its own words (a SEIP packet of version 67, a compressed packet of an unknown kind…).
    let seed = 7;
    const noise = Uint8Array.from(
      { length: 5120 },
      () => (seed = (seed * 48271) % 2147483647) & 0xff,
    );
    for (const tag of [0xd2, 0xd4, 0xc8, 0x84]) {
      const data = Uint8Array.of(tag, ...noise.subarray(1));
      const opened = await openBinary({ data, decryptionKeys: [org.key], verificationKeys: [] });
      expect(opened.ok).toBe(false);
      if (opened.ok) continue;
      expect(opened.error.code, tag.toString(16)).toBe('not-openpgp');
      expect(opened.error.message).toMatch(/^not an OpenPGP message, or it is damaged \(/);
    }
  });

  it('truncated armored and binary messages', async () => {
    expect(await codeOf(sealedArmored.slice(0, sealedArmored.length / 2))).toBe('truncated');
    expect(await codeOf(sealedBinary.slice(0, sealedBinary.length - 40))).toMatch(
      /^(truncated|corrupt)$/,
    );
  });

  it('a flipped byte in the ciphertext', async () => {
    const flipped = sealedBinary.slice();
    const at = flipped.length - 30;
    flipped[at] = (flipped[at] ?? 0) ^ 0x01;
    expect(await codeOf(flipped)).toBe('corrupt');
  });

  it('a message for someone else', async () => {
    const sealed = await sealBinary({
      data: new Uint8Array([1, 2]),
      recipientKeys: [other.key],
      signingKey: vendor.key,
      format: 'binary',
    });
    if (!sealed.ok) throw new Error('seal failed');
    expect(await codeOf(sealed.value)).toBe('no-decryption-key');
  });

  it('input over the size cap', async () => {
    expect(await codeOf(sealedBinary, { maxInputBytes: 100, maxDecompressedBytes: 1e9 })).toBe(
      'too-large',
    );
  });

  it('a compression bomb stops at maxDecompressedMessageSize', async () => {
    const bomb = await compressionBomb(8 * 1024 * 1024, org.key, vendor.key);
    expect(bomb.length).toBeLessThan(100_000);
    expect(await codeOf(bomb, { maxInputBytes: 1e9, maxDecompressedBytes: 1024 * 1024 })).toBe(
      'decompression-limit',
    );
    expect(await codeOf(bomb)).toBe('opened');
  });

  it('a wrong passphrase is bad-passphrase', async () => {
    const result = await unlockSecretKey(org.armoredSecret, 'not the passphrase');
    expect(result.ok ? 'unlocked' : result.error.code).toBe('bad-passphrase');
    const good = await unlockSecretKey(org.armoredSecret, org.passphrase);
    expect(good.ok).toBe(true);
  });
});
