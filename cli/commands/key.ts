// `airlock key generate|inspect|export`: the keyring basics over shared/crypto/pgp.
import { parseArgs } from 'node:util';
import {
  DEFAULT_KEY_EXPIRY,
  describeKey,
  exportPublicKey,
  exportSecretKey,
  generateOrgKey,
  keyHealth,
  keyHealthText,
  keyUsability,
  readKeysFrom,
  revokeOwnKey,
  unlockSecretKey,
  type PgpError,
  type RevocationReason,
} from '../../shared/crypto/pgp';
import { checkOutputs, writeFileAtomically } from '../file-out';
import { CliError, printJson, readFileOr, readPassphraseFile, runVerbs } from '../output';

const help = `airlock key <verb> [options]

  generate --name <name> --email <email> [--algo ed25519|rsa4096] [--expires 2y|18m|90d|never]
           --passphrase-file <file> --out-secret <file> --out-public <file> [--out-revocation <file>]
           [--force]
      Makes the organisation key (v4; ed25519 = EdDSA + Curve25519 ECDH, readable by GnuPG 2.2),
      expiring in ${DEFAULT_KEY_EXPIRY} unless --expires says otherwise (as the app's form).
      The secret key is written protected by the passphrase. Prints the key's description.

  inspect <file> --json
      Describes every key in a .asc/.gpg file: fingerprint (40 hex and grouped), user IDs
      (userIds: self-signed; invalidUserIds: carried without a valid self-signature),
      algorithms, creation, expiry, revocation, subkeys, usability and "health": the app's
      key health now ({"level":"ok|warned|refused","refusals","warnings"} of {"code",...},
      and "message" naming every issue, e.g. "is RSA under 3072 bits").

  export --public --in <key file> --out <file>
      The armored public key(s).
  export --secret --in <secret key file> --passphrase-file <file> [--new-passphrase-file <file>] --out <file>
      The secret key, protected by the new passphrase (or the same one).
  export --revocation --in <secret key file> --passphrase-file <file> --out <file>
         [--reason no-reason|superseded|compromised|retired] [--reason-text <text>]
      Revokes the key and writes the revoked public key (what others import to learn of it).

  Every written file: an existing one is refused (file-exists, nothing written) unless
  --force; one naming an input of the command is always refused (file-is-input).

Failure: non-zero exit and {"ok":false,"error":{"code","message"}}.`;

function fail(error: PgpError): never {
  throw new CliError(error.code, error.message);
}

async function write(path: string, content: string, force: boolean, secret = false) {
  await writeFileAtomically(path, content, { mode: secret ? 0o600 : 0o666, replace: force });
}

/** `2y`, `18m`, `90d`, `never` → seconds (0 = never). */
export function parseExpiry(text: string): number {
  if (text === 'never' || text === '0') return 0;
  const match = /^(\d+)([dwmy])$/.exec(text);
  if (match === null)
    throw new CliError('usage', `--expires '${text}': use e.g. 2y, 18m, 6w, 90d or never`);
  const days = { d: 1, w: 7, m: 30, y: 365 }[match[2] as 'd' | 'w' | 'm' | 'y'];
  return Number(match[1]) * days * 86_400;
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || value === '')
    throw new CliError('usage', `--${name} is required (see 'airlock key --help')`);
  return value;
}

async function generate(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      name: { type: 'string' },
      email: { type: 'string' },
      algo: { type: 'string', default: 'ed25519' },
      expires: { type: 'string', default: DEFAULT_KEY_EXPIRY },
      'passphrase-file': { type: 'string' },
      'out-secret': { type: 'string' },
      'out-public': { type: 'string' },
      'out-revocation': { type: 'string' },
      json: { type: 'boolean' },
      force: { type: 'boolean', default: false },
    },
  });
  if (values.algo !== 'ed25519' && values.algo !== 'rsa4096')
    throw new CliError('usage', '--algo must be ed25519 or rsa4096');
  const outSecret = required(values['out-secret'], 'out-secret');
  const outPublic = required(values['out-public'], 'out-public');
  const outRevocation = values['out-revocation'];
  const outputs = [outSecret, outPublic, ...(outRevocation === undefined ? [] : [outRevocation])];
  await checkOutputs(outputs, [values['passphrase-file']], values.force);
  const generated = await generateOrgKey({
    name: required(values.name, 'name'),
    email: required(values.email, 'email'),
    algorithm: values.algo,
    expiresInSeconds: parseExpiry(values.expires),
    passphrase: await readPassphraseFile(required(values['passphrase-file'], 'passphrase-file')),
  });
  if (!generated.ok) fail(generated.error);
  await write(outSecret, generated.value.secretKey, values.force, true);
  await write(outPublic, generated.value.publicKey, values.force);
  if (outRevocation !== undefined)
    await write(outRevocation, generated.value.revocationCertificate, values.force, true);
  printJson({ ok: true, key: await describeKey(generated.value.key) });
  return 0;
}

async function inspect(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' } },
  });
  const [file] = positionals;
  if (file === undefined) throw new CliError('usage', 'key inspect takes a <file>');
  const keys = await readKeysFrom(await readFileOr(file, 'key file'));
  if (!keys.ok) fail(keys.error);
  const now = new Date();
  const described = await Promise.all(
    keys.value.map(async (key) => {
      const description = await describeKey(key, now);
      // The rule the app's keyring and every seal judge the key by.
      const judged = await keyHealth(key, { now });
      const { level, refusals, warnings } = judged;
      const issues = [...refusals, ...warnings];
      const message = issues.length === 0 ? {} : { message: keyHealthText(judged, issues) };
      const health = { level, refusals, warnings, ...message };
      return { ...description, usability: keyUsability(description, 'unknown', now), health };
    }),
  );
  printJson({ ok: true, keys: described });
  return 0;
}

async function exportKey(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      public: { type: 'boolean' },
      secret: { type: 'boolean' },
      revocation: { type: 'boolean' },
      in: { type: 'string' },
      out: { type: 'string' },
      'passphrase-file': { type: 'string' },
      'new-passphrase-file': { type: 'string' },
      reason: { type: 'string', default: 'no-reason' },
      'reason-text': { type: 'string', default: '' },
      force: { type: 'boolean', default: false },
    },
  });
  const modes = [values.public, values.secret, values.revocation].filter((v) => v === true).length;
  if (modes !== 1)
    throw new CliError('usage', 'choose exactly one of --public, --secret, --revocation');
  const out = required(values.out, 'out');
  const { force } = values;
  const inputs = [values.in, values['passphrase-file'], values['new-passphrase-file']];
  await checkOutputs([out], inputs, force);
  const input = await readFileOr(required(values.in, 'in'), 'key file');
  if (values.public === true) {
    const keys = await readKeysFrom(input);
    if (!keys.ok) fail(keys.error);
    await write(out, keys.value.map(exportPublicKey).join('\n'), force);
    printJson({
      ok: true,
      out,
      fingerprints: keys.value.map((k) => k.getFingerprint().toUpperCase()),
    });
    return 0;
  }
  const passphrase = await readPassphraseFile(
    required(values['passphrase-file'], 'passphrase-file'),
  );
  const unlocked = await unlockSecretKey(input, passphrase);
  if (!unlocked.ok) fail(unlocked.error);
  const fingerprint = unlocked.value.getFingerprint().toUpperCase();
  if (values.secret === true) {
    const newFile = values['new-passphrase-file'];
    const exported = await exportSecretKey(
      unlocked.value,
      newFile === undefined ? passphrase : await readPassphraseFile(newFile),
    );
    if (!exported.ok) fail(exported.error);
    await write(out, exported.value, force, true);
    printJson({ ok: true, out, fingerprint });
    return 0;
  }
  const reasons = ['no-reason', 'superseded', 'compromised', 'retired'];
  if (!reasons.includes(values.reason))
    throw new CliError('usage', `--reason must be one of ${reasons.join(', ')}`);
  const revoked = await revokeOwnKey(
    unlocked.value,
    values.reason as RevocationReason,
    values['reason-text'],
  );
  if (!revoked.ok) fail(revoked.error);
  await write(out, revoked.value.publicKey, force);
  printJson({ ok: true, out, fingerprint, revoked: true });
  return 0;
}

export function run(argv: string[]): Promise<number> {
  return runVerbs(argv, help, { generate, inspect, export: exportKey });
}
