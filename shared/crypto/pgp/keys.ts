// Reading, unlocking and exporting OpenPGP keys. Every function returns a PgpResult:
// a key file from removable media is outside data and may be anything.
import * as openpgp from 'openpgp';
import type { AnySecretKeyPacket, Key, PrivateKey, PublicKey } from 'openpgp';
import { isArmored, splitArmorBlocks, toBytes } from './bytes';
import { classifyPgpError, pgpFail, pgpOk, type PgpResult } from './errors';
import { pgpConfig } from './limits';
import { streamPacketS2k, type IncrementalHashFactory } from './s2k-streaming';

const MAX_KEY_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Reads every key in a `.asc`/`.gpg` file or pasted text: several armored blocks, several
 * keys per block, or binary (transferable keys concatenated). Public and secret keys alike.
 */
export async function readKeysFrom(input: Uint8Array | string): Promise<PgpResult<Key[]>> {
  const bytes = toBytes(input);
  if (bytes.length > MAX_KEY_FILE_BYTES)
    return pgpFail('too-large', 'key file is larger than 16 MiB');
  const config = pgpConfig();
  try {
    if (isArmored(bytes)) {
      const text = new TextDecoder().decode(bytes);
      const blocks = splitArmorBlocks(text).filter((b) =>
        /BEGIN PGP (PUBLIC|PRIVATE) KEY BLOCK/.test(b),
      );
      if (blocks.length === 0) return pgpFail('not-openpgp', 'no armored key block found');
      const keys: Key[] = [];
      for (const armoredKeys of blocks)
        keys.push(...(await openpgp.readKeys({ armoredKeys, config })));
      return pgpOk(keys);
    }
    const keys = await openpgp.readKeys({ binaryKeys: bytes, config });
    return keys.length > 0 ? pgpOk(keys) : pgpFail('not-openpgp', 'no key found');
  } catch (error) {
    return { ok: false, error: { ...classifyPgpError(error, 'key-invalid'), code: 'key-invalid' } };
  }
}

/** Reads exactly one public key (a secret key is reduced to its public part). */
export async function readPublicKey(input: Uint8Array | string): Promise<PgpResult<PublicKey>> {
  const keys = await readKeysFrom(input);
  if (!keys.ok) return keys;
  const [first] = keys.value;
  if (first === undefined || keys.value.length > 1) {
    return pgpFail('key-invalid', `expected one key, found ${keys.value.length}`);
  }
  return pgpOk(first.toPublic());
}

/**
 * What an unlocked key will be used for. A key as GnuPG exports it protects its primary key and
 * each subkey separately, each with its own iterated-and-salted S2K (GnuPG calibrates the count
 * to about 100 ms of its C code: 65 million bytes hashed, far slower in JavaScript). Opening a
 * reply needs only the encryption subkey and sealing only the signing key, so a command that
 * says which pays one S2K, not one per key packet. `undefined` unlocks every packet.
 */
export type KeyUse = 'decrypt' | 'sign';

/** How to unlock: for one use only, and with an incremental hash to stream the S2K with (see
 *  s2k-streaming.ts; only where one exists, i.e. the CLI). */
export type UnlockOptions = { use?: KeyUse; createHash?: IncrementalHashFactory };

/** Reads a passphrase-protected secret key and unlocks it (for `use` only, when given). */
export async function unlockSecretKey(
  input: Uint8Array | string,
  passphrase: string,
  options: UnlockOptions = {},
): Promise<PgpResult<PrivateKey>> {
  const keys = await readKeysFrom(input);
  if (!keys.ok) return keys;
  const [key] = keys.value;
  if (key === undefined || keys.value.length > 1 || !key.isPrivate()) {
    return pgpFail('key-invalid', 'expected exactly one secret key');
  }
  return decryptSecretKey(key, passphrase, options);
}

/** The packets of `key` that `use` needs, or null when the key cannot say (then all). */
async function packetsFor(key: PrivateKey, use: KeyUse): Promise<AnySecretKeyPacket[] | null> {
  // The key's own methods take a whole config, not the partial one the top-level API merges.
  const config = { ...openpgp.config, ...pgpConfig() };
  try {
    const keys =
      use === 'decrypt'
        ? await key.getDecryptionKeys(undefined, undefined, undefined, config)
        : [await key.getSigningKey(undefined, undefined, undefined, config)];
    const packets = keys.map((k) => k.keyPacket);
    const secret = packets.filter((p): p is AnySecretKeyPacket => 'decrypt' in p);
    return secret.length === packets.length && secret.length > 0 ? secret : null;
  } catch {
    // No usable key for that purpose (expired, revoked, no such flag): unlock everything and
    // let the operation report what is wrong, as before.
    return null;
  }
}

/** Unlocks an already-parsed secret key (for `use` only, when given); an unprotected key is
 *  accepted as is. The key passed in stays locked: the unlocked one is a copy. */
export async function decryptSecretKey(
  key: PrivateKey,
  passphrase: string,
  { use, createHash }: UnlockOptions = {},
): Promise<PgpResult<PrivateKey>> {
  if (key.isDecrypted() && use === undefined) return pgpOk(key);
  try {
    // A copy read back from the key's bytes: decrypting its packets leaves `key` untouched.
    const copy =
      use === undefined
        ? null
        : await openpgp.readPrivateKey({ binaryKey: key.write(), config: pgpConfig() });
    const packets = copy === null ? null : await packetsFor(copy, use ?? 'decrypt');
    if (copy === null || packets === null) {
      if (key.isDecrypted()) return pgpOk(key);
      return pgpOk(await openpgp.decryptKey({ privateKey: key, passphrase, config: pgpConfig() }));
    }
    for (const packet of packets) {
      if (packet.isDecrypted() || packet.isDummy()) continue;
      if (createHash !== undefined) streamPacketS2k(packet, createHash);
      await packet.decrypt(passphrase);
      // As openpgp.decryptKey does for every packet: the decrypted parameters must match the
      // public key, so a tampered secret key cannot yield a key that signs or decrypts wrongly.
      await packet.validate();
    }
    return pgpOk(copy);
  } catch (error) {
    const classified = classifyPgpError(error, 'bad-passphrase');
    return { ok: false, error: { code: 'bad-passphrase', message: classified.message } };
  }
}

export function exportPublicKey(key: Key): string {
  return key.toPublic().armor();
}

/** Exports a secret key protected by `passphrase` (DESIGN §5.1: never exported in the clear). */
export async function exportSecretKey(
  key: PrivateKey,
  passphrase: string,
): Promise<PgpResult<string>> {
  if (passphrase.length === 0) return pgpFail('bad-passphrase', 'an export passphrase is required');
  try {
    // Re-protecting needs the unlocked key; a locked one would keep its old passphrase.
    if (!key.isDecrypted())
      return pgpFail('key-locked', 'unlock the secret key before exporting it');
    const protectedKey = await openpgp.encryptKey({
      privateKey: key,
      passphrase,
      config: pgpConfig(),
    });
    return pgpOk(protectedKey.armor());
  } catch (error) {
    return { ok: false, error: classifyPgpError(error, 'key-invalid') };
  }
}
