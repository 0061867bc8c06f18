// Fast test keys (ed25519/cv25519, v4: readable by GnuPG 2.2, Sequoia and RNP).
import * as openpgp from 'openpgp';
import type { PrivateKey, PublicKey } from 'openpgp';

export type TestKey = {
  secret: PrivateKey;
  public: PublicKey;
  armoredSecret: string;
  armoredPublic: string;
  fingerprint: string;
};

export async function testKey(name: string, passphrase?: string): Promise<TestKey> {
  const generated = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.org` }],
    format: 'object',
    ...(passphrase === undefined ? {} : { passphrase }),
    config: { v6Keys: false },
  });
  const secret =
    passphrase === undefined
      ? generated.privateKey
      : await openpgp.decryptKey({ privateKey: generated.privateKey, passphrase });
  return {
    secret,
    public: generated.publicKey,
    armoredSecret: generated.privateKey.armor(),
    armoredPublic: generated.publicKey.armor(),
    fingerprint: generated.publicKey.getFingerprint().toUpperCase(),
  };
}

export async function revoked(key: TestKey): Promise<PublicKey> {
  const { publicKey } = await openpgp.revokeKey({ key: key.secret, format: 'object' });
  return publicKey;
}
