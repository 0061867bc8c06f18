// Keys for unit tests, made with openpgp.js at test time (no committed binaries).
// Imported only by *.test.ts files.
import * as openpgp from 'openpgp';
import type { PrivateKey } from 'openpgp';
import { encryptArmored, encryptBinary, signArmored, signBinary } from './calls';

export type TestKey = {
  key: PrivateKey;
  armoredSecret: string;
  armoredPublic: string;
  passphrase: string;
};

export async function makeTestKey(
  name: string,
  options: { date?: Date; expiresInSeconds?: number; passphrase?: string } = {},
): Promise<TestKey> {
  const passphrase = options.passphrase ?? `pass-${name}`;
  const generated = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name, email: `${name.toLowerCase()}@example.org` }],
    passphrase,
    keyExpirationTime: options.expiresInSeconds ?? 0,
    ...(options.date === undefined ? {} : { date: options.date }),
    format: 'object',
    config: { aeadProtect: false, v6Keys: false },
  });
  const key = await openpgp.decryptKey({ privateKey: generated.privateKey, passphrase });
  return {
    key,
    armoredSecret: generated.privateKey.armor(),
    armoredPublic: generated.publicKey.armor(),
    passphrase,
  };
}

/** Signs (and optionally encrypts) like a vendor's tool would, dated `date`. */
export async function vendorMessage(options: {
  text: string;
  signer?: PrivateKey;
  encryptTo?: PrivateKey[];
  date?: Date;
  format?: 'armored' | 'binary';
}): Promise<string | Uint8Array> {
  const message = await openpgp.createMessage({
    binary: new TextEncoder().encode(options.text),
    date: options.date ?? new Date(),
  });
  const signingKeys = options.signer === undefined ? [] : [options.signer];
  const date = options.date ?? new Date();
  const format = options.format ?? 'armored';
  if (options.encryptTo === undefined) {
    return format === 'armored'
      ? signArmored({ message, signingKeys, date, format: 'armored' })
      : signBinary({ message, signingKeys, date, format: 'binary' });
  }
  const encryptionKeys = options.encryptTo.map((k) => k.toPublic());
  return format === 'armored'
    ? encryptArmored({ message, encryptionKeys, signingKeys, date, format: 'armored' })
    : encryptBinary({ message, encryptionKeys, signingKeys, date, format: 'binary' });
}
