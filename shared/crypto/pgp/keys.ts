// Reading, unlocking and exporting OpenPGP keys. Every function returns a PgpResult:
// a key file from removable media is outside data and may be anything.
import * as openpgp from 'openpgp';
import type { Key, PrivateKey, PublicKey } from 'openpgp';
import { isArmored, splitArmorBlocks, toBytes } from './bytes';
import { classifyPgpError, pgpFail, pgpOk, type PgpResult } from './errors';
import { pgpConfig } from './limits';

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

/** Reads a passphrase-protected secret key and unlocks it. */
export async function unlockSecretKey(
  input: Uint8Array | string,
  passphrase: string,
): Promise<PgpResult<PrivateKey>> {
  const keys = await readKeysFrom(input);
  if (!keys.ok) return keys;
  const [key] = keys.value;
  if (key === undefined || keys.value.length > 1 || !key.isPrivate()) {
    return pgpFail('key-invalid', 'expected exactly one secret key');
  }
  return decryptSecretKey(key, passphrase);
}

/** Unlocks an already-parsed secret key; an unprotected key is accepted as is. */
export async function decryptSecretKey(
  key: PrivateKey,
  passphrase: string,
): Promise<PgpResult<PrivateKey>> {
  if (key.isDecrypted()) return pgpOk(key);
  try {
    return pgpOk(await openpgp.decryptKey({ privateKey: key, passphrase, config: pgpConfig() }));
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
