// Keys for unit tests, made with openpgp.js at test time (no committed binaries).
// Imported only by *.test.ts files.
import * as openpgp from 'openpgp';
import type { PrivateKey } from 'openpgp';
import { encryptArmored, encryptBinary, signArmored, signBinary } from '../calls';

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

// openpgp.js declares these packets' constructors and methods private; the views below
// are what they are at run time.
type RawSeipd = openpgp.AnyPacket & {
  version: number;
  packets: openpgp.PacketList<openpgp.AnyPacket>;
  encrypt(
    algorithm: openpgp.enums.symmetric,
    key: Uint8Array,
    config: openpgp.Config,
  ): Promise<void>;
};
const Unparseable = openpgp.UnparseablePacket as unknown as new (
  tag: number,
  raw: Uint8Array,
) => openpgp.UnparseablePacket;

/**
 * An encrypted message (SEIPDv1 with a valid MDC, binary) whose decrypted contents are
 * one packet `inner` as given: lets a test hand openpgp.js packets no honest tool writes,
 * e.g. a compressed packet with an unknown algorithm, sealed so its integrity check passes.
 */
export async function encryptRawPacket(
  inner: { tag: number; body: Uint8Array },
  recipient: PrivateKey,
): Promise<Uint8Array> {
  const sessionKey = globalThis.crypto.getRandomValues(new Uint8Array(32));
  const message = await openpgp.encryptSessionKey({
    data: sessionKey,
    algorithm: 'aes256',
    encryptionKeys: recipient.toPublic(),
    format: 'object',
  });
  const seipd = new openpgp.SymEncryptedIntegrityProtectedDataPacket() as unknown as RawSeipd;
  seipd.version = 1;
  seipd.packets = new openpgp.PacketList();
  seipd.packets.push(new Unparseable(inner.tag, inner.body));
  await seipd.encrypt(openpgp.enums.symmetric.aes256, sessionKey, {
    ...openpgp.config,
    aeadProtect: false,
  });
  message.packets.push(seipd);
  return message.write() as Uint8Array;
}

/** A binary message with its first packet (the session key) repeated `times` times. */
export async function repeatFirstPacket(sealed: Uint8Array, times: number): Promise<Uint8Array> {
  const message = await openpgp.readMessage({ binaryMessage: sealed });
  const [first] = message.packets;
  if (first === undefined) throw new Error('no packets');
  const list = new openpgp.PacketList();
  list.push(first);
  const head = list.write();
  const rest = sealed.subarray(head.length);
  const out = new Uint8Array(head.length * times + rest.length);
  for (let i = 0; i < times; i += 1) out.set(head, i * head.length);
  out.set(rest, head.length * times);
  return out;
}

/** The key with a user ID packet inserted after its own, with no binding signature. */
export async function withInsertedUserId(armoredPublic: string, userId: string): Promise<string> {
  const key = await openpgp.readKey({ armoredKey: armoredPublic });
  const packets = key.toPacketList();
  const inserted = new openpgp.PacketList<openpgp.AnyPacket>();
  for (const packet of packets) {
    inserted.push(packet);
    // After the first user ID's self-signature: before the subkey.
    if (packet instanceof openpgp.SignaturePacket && inserted.length === 3) {
      const [name = '', email = ''] = /^(.*) <(.*)>$/.exec(userId)?.slice(1) ?? [];
      inserted.push(openpgp.UserIDPacket.fromObject({ name, email }));
    }
  }
  return openpgp.armor(openpgp.enums.armor.publicKey, inserted.write());
}

/** `bytes` of zeros, zlib-compressed, signed and encrypted: a compression bomb. */
export async function compressionBomb(
  bytes: number,
  recipient: PrivateKey,
  signer: PrivateKey,
): Promise<Uint8Array> {
  const message = await openpgp.createMessage({ binary: new Uint8Array(bytes) });
  return encryptBinary({
    message,
    encryptionKeys: recipient.toPublic(),
    signingKeys: signer,
    format: 'binary',
    config: { preferredCompressionAlgorithm: openpgp.enums.compression.zlib },
  });
}
