import { parseArgs } from 'node:util';
import { CliError, readFileOr, readPassphraseFile } from './output';

/** `<backup file> --passphrase-file F`, as `audit verify` and `backup verify` take them. */
export const readBackupArgs = async (
  argv: string[],
  command: string,
): Promise<{ bytes: Uint8Array; passphrase: string }> => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'passphrase-file': { type: 'string' } },
  });
  const [file, ...extra] = positionals;
  const passphraseFile = values['passphrase-file'];
  if (file === undefined || extra.length > 0 || passphraseFile === undefined)
    throw new CliError('usage', `${command} takes one <backup file> and --passphrase-file`);
  return {
    bytes: await readFileOr(file, 'backup'),
    passphrase: await readPassphraseFile(passphraseFile),
  };
};
