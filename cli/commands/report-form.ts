// `airlock report-form --to <coordinator public key> --out report-form.html`: the finder's
// offline report form (issue 27 item 6), one self-contained HTML file the coordinator
// publishes or hands out. The key is judged as a seal judges a recipient: a secret key (it
// would be published), more than one key, or a key that cannot receive (expired, revoked,
// no encryption subkey) is refused and nothing is written.
import { parseArgs } from 'node:util';
import { exportPublicKey, formatFingerprint, readKeysFrom } from '../../shared/crypto/pgp';
import { checkOutputs, writeFileAtomically } from '../file-out';
import { judgeRecipients } from '../key-health';
import { CliError, printJson, readFileOr, runCommand } from '../output';
import { reportFormHtml } from '../report-form/html';

/** The page's script, bundled by scripts/build-cli.mjs (absent when run unbundled). */
declare const AIRLOCK_REPORT_FORM_PAGE: string | undefined;

const help = `airlock report-form --to <coordinator public key file> --out <file.html> [--lang ja|en] [--force]

  Writes the finder's offline report form: one HTML file with no network access (its CSP
  allows only its own inline script and style) that encrypts the finder's report to the
  coordinator key as an OpenPGP message (signed too if the finder loads their own key).
  --lang is the language the form opens in (ja by default; the finder can switch).
  An existing --out file is refused (file-exists) unless --force; --out naming the --to
  file is always refused (file-is-input).

Success: {"ok":true,"out","size","sha256","fingerprint"[,"keyWarnings"]}.
Failure: non-zero exit and {"ok":false,"error":{"code","message"}}; nothing is written.`;

async function coordinatorKey(file: string, now: Date) {
  const keys = await readKeysFrom(await readFileOr(file, 'coordinator key file'));
  if (!keys.ok) throw new CliError(keys.error.code, keys.error.message);
  const [key, ...more] = keys.value;
  if (key === undefined || more.length > 0)
    throw new CliError(
      'report-form.one-key',
      `--to must hold exactly one public key; '${file}' holds ${keys.value.length}`,
    );
  if (key.isPrivate())
    throw new CliError(
      'report-form.secret-key',
      `'${file}' is a secret key: the form is published, so give the public key only`,
    );
  const health = await judgeRecipients([key], now);
  return { key, health };
}

function options(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        to: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string', default: 'ja' },
        force: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new CliError('usage', error instanceof Error ? error.message : String(error));
  }
}

export function run(argv: string[]): Promise<number> {
  return runCommand(async () => {
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
      process.stdout.write(`${help}\n`);
      return argv.length === 0 ? 2 : 0;
    }
    const values = options(argv);
    const { to, out, lang } = values;
    if (to === undefined || out === undefined)
      throw new CliError('usage', `--to and --out are required\n\n${help}`);
    if (lang !== 'ja' && lang !== 'en') throw new CliError('usage', '--lang must be ja or en');
    await checkOutputs([out], [to], values.force);
    if (typeof AIRLOCK_REPORT_FORM_PAGE !== 'string')
      throw new CliError('internal', 'the report form page was not built (run the CLI bundle)');
    const { key, health } = await coordinatorKey(to, new Date());
    const html = reportFormHtml(AIRLOCK_REPORT_FORM_PAGE, {
      key: exportPublicKey(key),
      fingerprint: formatFingerprint(key.getFingerprint()),
      lang,
    });
    // Published, not secret: the usual mode of a new file, like a sealed message.
    const written = await writeFileAtomically(out, html, { mode: 0o666, replace: values.force });
    printJson({
      ok: true,
      ...written,
      fingerprint: key.getFingerprint().toUpperCase(),
      ...health,
    });
    return 0;
  });
}
