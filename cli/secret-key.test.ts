// The CLI's key unlocking: the streamed S2K gives RFC 4880's key for every parameter, and a
// command unlocks only the key packet it uses.
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateOrgKey, openBinary, sealText } from '../shared/crypto/pgp';
import { iteratedS2kKey, type S2kHashName } from '../shared/crypto/pgp/s2k-streaming';
import { CliError } from './output';
import { nodeIncrementalHash, unlockKeyFile } from './secret-key';

/** RFC 4880 §3.7.1.3 read literally: the whole iterated input built, then hashed. */
function referenceS2k(
  hash: S2kHashName,
  salt: Uint8Array,
  passphrase: Uint8Array,
  count: number,
  keySize: number,
): Uint8Array {
  const data = Buffer.concat([salt, passphrase]);
  const octets = Math.max(count, data.length);
  const repeated = Buffer.alloc(octets);
  for (let i = 0; i < octets; i += 1) repeated[i] = data[i % data.length] ?? 0;
  const parts: Buffer[] = [];
  for (let prefix = 0; Buffer.concat(parts).length < keySize; prefix += 1)
    parts.push(createHash(hash).update(Buffer.alloc(prefix)).update(repeated).digest());
  return new Uint8Array(Buffer.concat(parts).subarray(0, keySize));
}

describe('streamed iterated-and-salted S2K', () => {
  it('gives the RFC 4880 key for any salt, passphrase, count and key size', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<S2kHashName>('sha1', 'sha224', 'sha256', 'sha384', 'sha512'),
        fc.uint8Array({ minLength: 8, maxLength: 8 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        // Counts below, at and across the 64 KiB block, and not multiples of the data.
        fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 65_000, max: 200_000 })),
        fc.constantFrom(16, 24, 32, 48, 64),
        (hash, salt, passphrase, count, keySize) => {
          const pass = new TextEncoder().encode(passphrase);
          const streamed = iteratedS2kKey(
            { salt, count, hash },
            pass,
            keySize,
            nodeIncrementalHash,
          );
          expect(Buffer.from(streamed).toString('hex')).toBe(
            Buffer.from(referenceS2k(hash, salt, pass, count, keySize)).toString('hex'),
          );
        },
      ),
      { seed: 2027, numRuns: 150 },
    );
  });
});

describe('unlocking a key file for one use', () => {
  const PASS = 'correct horse';
  const generate = async (name: string) => {
    const generated = await generateOrgKey({
      name,
      email: `${name}@example.test`,
      passphrase: PASS,
    });
    if (!generated.ok) throw new Error(generated.error.message);
    return generated.value;
  };
  const keyFiles = async () => {
    const generated = { value: await generate('org') };
    const dir = await mkdtemp(join(tmpdir(), 'airlock-unlock-'));
    const key = join(dir, 'org.asc');
    const pass = join(dir, 'pass.txt');
    const wrong = join(dir, 'wrong.txt');
    await writeFile(key, generated.value.secretKey);
    await writeFile(pass, `${PASS}\n`);
    await writeFile(wrong, 'not it');
    return { key, pass, wrong, publicKey: generated.value.key.toPublic() };
  };

  it('for opening: only the encryption subkey is unlocked, and it decrypts', async () => {
    const files = await keyFiles();
    const key = await unlockKeyFile(files.key, files.pass, 'decrypt');
    expect(key.keyPacket.isDecrypted()).toBe(false);
    expect(key.subkeys.map((s) => s.keyPacket.isDecrypted())).toEqual([true]);
    const vendor = await generate('vendor');
    const sealed = await sealText({
      text: 'reply from the vendor',
      recipientKeys: [files.publicKey],
      signingKey: vendor.key,
    });
    if (!sealed.ok) throw new Error(sealed.error.message);
    const opened = await openBinary({
      data: sealed.value,
      decryptionKeys: [key],
      verificationKeys: [vendor.key.toPublic()],
    });
    if (!opened.ok) throw new Error(opened.error.message);
    const data = new TextDecoder().decode(opened.value.data);
    expect(data).toBe('reply from the vendor');
  });

  it('for sealing: only the signing key is unlocked, and it signs', async () => {
    const files = await keyFiles();
    const key = await unlockKeyFile(files.key, files.pass, 'sign');
    expect(key.keyPacket.isDecrypted()).toBe(true);
    expect(key.subkeys.map((s) => s.keyPacket.isDecrypted())).toEqual([false]);
    const vendor = await generate('vendor');
    const sealed = await sealText({
      text: 'to the vendor',
      recipientKeys: [vendor.key.toPublic()],
      signingKey: key,
    });
    if (!sealed.ok) throw new Error(sealed.error.message);
    const opened = await openBinary({
      data: sealed.value,
      decryptionKeys: [vendor.key],
      verificationKeys: [files.publicKey],
    });
    expect(opened.ok && opened.value.signatures.map((sig) => sig.status)).toEqual(['valid']);
  });

  it('a wrong passphrase is refused as bad-passphrase, for either use', async () => {
    const files = await keyFiles();
    for (const use of ['decrypt', 'sign'] as const) {
      const failed = await unlockKeyFile(files.key, files.wrong, use).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(CliError);
      expect((failed as CliError).code).toBe('bad-passphrase');
    }
  });
});
