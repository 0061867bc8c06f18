// Unlocking the secret key a command was given (`--secret-key` / `--sign-with` with
// `--passphrase-file`): for the one use the command has, with the S2K streamed through Node's
// incremental hash, so a key as GnuPG exports it costs one S2K and no 65 MB buffer.
import { createHash } from 'node:crypto';
import {
  unlockSecretKey,
  type IncrementalHashFactory,
  type KeyUse,
  type PrivateKey,
} from '../shared/crypto/pgp';
import { CliError, readFileOr, readPassphraseFile } from './output';

export const nodeIncrementalHash: IncrementalHashFactory = (name) => {
  const hash = createHash(name);
  return {
    update: (data) => {
      hash.update(data);
    },
    digest: () => new Uint8Array(hash.digest()),
  };
};

export async function unlockKeyFile(
  path: string,
  passphraseFile: string | undefined,
  use: KeyUse,
): Promise<PrivateKey> {
  if (passphraseFile === undefined)
    throw new CliError('usage', '--passphrase-file is required with a secret key');
  const unlocked = await unlockSecretKey(
    await readFileOr(path, 'secret key'),
    await readPassphraseFile(passphraseFile),
    { use, createHash: nodeIncrementalHash },
  );
  if (!unlocked.ok) throw new CliError(unlocked.error.code, unlocked.error.message);
  return unlocked.value;
}
