import { parseArgs } from 'node:util';
import { CliError, readFileOr, readPassphraseFile } from './output';

export type BackupFileArg = { bytes: Uint8Array; passphrase: string };

/** `<backup file> --passphrase-file F`, as `audit verify` and `backup verify` take them;
 *  with `against`, also `--against <backup> [--against-passphrase-file G]` (backup verify:
 *  a backup of the vault as it is now, to compare with; its passphrase defaults to F). */
export const readBackupArgs = async (
  argv: string[],
  command: string,
  options: { against?: boolean } = {},
): Promise<BackupFileArg & { against?: BackupFileArg }> => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'passphrase-file': { type: 'string' },
      ...(options.against === true
        ? { against: { type: 'string' }, 'against-passphrase-file': { type: 'string' } }
        : {}),
    },
  });
  const [file, ...extra] = positionals;
  const passphraseFile = values['passphrase-file'];
  if (file === undefined || extra.length > 0 || typeof passphraseFile !== 'string')
    throw new CliError('usage', `${command} takes one <backup file> and --passphrase-file`);
  const main = {
    bytes: await readFileOr(file, 'backup'),
    passphrase: await readPassphraseFile(passphraseFile),
  };
  const against = values.against;
  if (typeof against !== 'string') return main;
  const againstPassphrase = values['against-passphrase-file'];
  return {
    ...main,
    against: {
      bytes: await readFileOr(against, 'backup'),
      passphrase:
        typeof againstPassphrase === 'string'
          ? await readPassphraseFile(againstPassphrase)
          : main.passphrase,
    },
  };
};
