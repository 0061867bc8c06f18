// `airlock message open|seal`: vendors without Airlock and other scripts use this; the
// JSON printed here is a contract (see --help), so keep its shape exactly.
import { Buffer } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  classifyPgpError,
  readKeysFrom,
  sealRecipients,
  type Key,
  type PgpError,
  type PrivateKey,
} from '../../shared/crypto/pgp';
import { sealStream } from '../../shared/crypto/pgp/seal-stream';
import type { OpenedReply } from '../../shared/exchange/message';
import { decodeText } from '../../shared/exchange/message/charset';
import { unlockKeyFile } from '../secret-key';
import { CliError, printJson, readFileOr, runVerbs } from '../output';
import { judgeRecipients } from '../key-health';
import { checkOutputs, writeFileAtomically, writeStreamAtomically } from '../file-out';
import { fileStream, openEncryptedToFile } from './message-out';
import { PlaintextProbe, printEncryptedAsJson } from './message-json';

const PROBE_CHUNK = 1 << 20;

const help = `airlock message <verb> [options]

  open <file> [--signature <detached sig>] --secret-key <armored secret key>
       --passphrase-file <file> [--known-key <public key file>]... [--out <file> [--force]] --json
      Opens any reply shape (armored/binary, clearsigned, inline-signed, detached
      signature, .eml inline PGP, PGP/MIME encrypted or signed). Prints
        {"ok":true,"encrypted":bool,"signatures":[{"status","fingerprint"}],
         "text":"...","charset":"shift_jis","attachments":[{"name","size","sha256"}]}
      charset: what the text was decoded with (declared charset= or Charset: armor
      header, else detected; null without text); an undecodable one is charset-invalid.
      status: valid | invalid | unknown-key | expired-key | revoked-key; [] = unsigned.
      fingerprint: the signer's primary key (40 hex) when the key is known; for an
      unknown key, the signature's issuer fingerprint (may be a signing subkey's), or the
      16-hex issuer key ID when the signature carries no fingerprint.
      The secret key's own signatures count as known.
      --out <file>: the content goes to <file> and "text" is replaced by
        "out","size","sha256" (of the file). An encrypted OpenPGP message is decrypted
        as a stream: <file> gets its data exactly as sent (like gpg --output, charset
        null: not decoded), and only once the integrity check and every signature are
        done; on failure it is not written. Other shapes write their text as UTF-8.
        An existing <file> is refused (file-exists) unless --force; <file> naming an
        input of the command is always refused (file-is-input).

  seal --in <plaintext file> --to <public key file>... --sign-with <secret key file>
       --passphrase-file <file> --out <file.asc> [--force] [--case <case document .json>]
      Signs with --sign-with and encrypts to every --to key and to the signer's own key
      (ASCII-armored, SEIPDv1: readable by GnuPG 2.2, Sequoia, RNP). A --to key that is
      expired, revoked or has no usable encryption subkey refuses the seal
      (key-health.refused, naming it); one that expires within 30 days, is RSA under 3072
      bits, DSA/ElGamal, SHA-1 self-signed or carries an unbound user ID is sealed to and
      listed in "keyWarnings":[{"fingerprint","userId","codes","message"}].
      --case: the letter is to a vendor of this case (the document as exported by the
      organisation sealing). A case it has handed over to another coordinator refuses
      the seal before anything is written (coordination-transferred, naming the owner).
      An existing --out file is refused (file-exists) unless --force; --out naming an
      input of the command is always refused (file-is-input).

Failure: non-zero exit and {"ok":false,"error":{"code","message"}}.
A passphrase file's single trailing newline is ignored.`;

/**
 * decodeText(file's bytes) !== null, without holding the file in the common case: bytes
 * without NUL or ESC (so not ISO-2022-JP) that are valid UTF-8 are exactly what it accepts
 * as UTF-8, and that is learnt chunk by chunk; only other bytes (a legacy charset, binary)
 * are read whole and decoded as before.
 */
async function isTextFile(path: string): Promise<boolean> {
  const probe = new PlaintextProbe();
  let read = true;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: PROBE_CHUNK }))
      probe.observe(chunk as Buffer);
  } catch {
    // Unreadable: readFileOr below refuses it in the command's words.
    read = false;
  }
  if (read && !probe.nul && !probe.esc && probe.utf8) return true;
  return decodeText(await readFileOr(path, 'plaintext')) !== null;
}

/** Armored text to bytes: ASCII, so one byte per char (TextEncoderStream spends seconds in GC on openpgp.js's rope strings). */
function asciiBytes(): TransformStream<string, Uint8Array> {
  return new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(Buffer.from(chunk, 'latin1'));
    },
  });
}

function fail(error: PgpError): never {
  throw new CliError(error.code, error.message);
}

async function readKeyFiles(paths: readonly string[], what: string): Promise<Key[]> {
  const keys: Key[] = [];
  for (const path of paths) {
    const read = await readKeysFrom(await readFileOr(path, what));
    if (!read.ok) throw new CliError(read.error.code, `${what} '${path}': ${read.error.message}`);
    keys.push(...read.value.map((k) => k.toPublic()));
  }
  return keys;
}

async function openWhole(
  file: string,
  signaturePath: string | undefined,
  decryptionKeys: PrivateKey[],
  knownKeys: Key[],
): Promise<OpenedReply> {
  const data = await readFileOr(file, 'message');
  const signature =
    signaturePath === undefined ? undefined : await readFileOr(signaturePath, 'signature');
  // Loaded only here: it brings postal-mime (e-mail parsing), which the streamed paths do not use.
  const { openReply } = await import('../../shared/exchange/message/open-reply');
  const opened = await openReply({
    data,
    fileName: file.split(/[\\/]/).pop() ?? file,
    decryptionKeys,
    knownKeys,
    ...(signature === undefined ? {} : { detachedSignature: signature }),
  });
  return opened.ok ? opened.value : fail(opened.error);
}

async function open(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      signature: { type: 'string' },
      'secret-key': { type: 'string' },
      'passphrase-file': { type: 'string' },
      'known-key': { type: 'string', multiple: true },
      json: { type: 'boolean' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0)
    throw new CliError('usage', 'message open takes exactly one <file>');
  const { out, force } = values;
  if (out !== undefined) {
    const inputs = [file, values.signature, values['secret-key'], values['passphrase-file']];
    await checkOutputs([out], [...inputs, ...(values['known-key'] ?? [])], force);
  }
  const secretPath = values['secret-key'];
  const decryptionKeys =
    secretPath === undefined
      ? []
      : [await unlockKeyFile(secretPath, values['passphrase-file'], 'decrypt')];
  const knownKeys = await readKeyFiles(values['known-key'] ?? [], 'known key');
  if (out !== undefined && values.signature === undefined) {
    const streamed = await openEncryptedToFile({ file, out, force, decryptionKeys, knownKeys });
    if (streamed !== null) {
      printJson({
        ok: true,
        encrypted: streamed.encrypted,
        signatures: streamed.signatures.map((s) => ({
          status: s.status,
          fingerprint: s.fingerprint,
        })),
        // Written as sent, not decoded: no charset to report.
        charset: null,
        ...streamed.file,
        attachments: [],
      });
      return 0;
    }
  }
  // An encrypted message is decrypted as a stream into a private spool and printed from it
  // once verified; every other shape, and a file that is not plainly one message, is opened
  // in memory.
  if (out === undefined && values.signature === undefined) {
    if (await printEncryptedAsJson({ file, decryptionKeys, knownKeys })) return 0;
  }
  const { encrypted, signatures, text, charset, attachments } = await openWhole(
    file,
    values.signature,
    decryptionKeys,
    knownKeys,
  );
  const body =
    out === undefined ? { text } : await writeFileAtomically(out, text, { replace: force });
  printJson({
    ok: true,
    encrypted,
    signatures: signatures.map((s) => ({ status: s.status, fingerprint: s.fingerprint })),
    charset,
    ...body,
    attachments: attachments.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 })),
  });
  return 0;
}

async function seal(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      in: { type: 'string' },
      to: { type: 'string', multiple: true },
      'sign-with': { type: 'string' },
      'passphrase-file': { type: 'string' },
      out: { type: 'string' },
      case: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const { in: input, out } = values;
  const signWith = values['sign-with'];
  const to = values.to ?? [];
  if (input === undefined || out === undefined || signWith === undefined || to.length === 0) {
    throw new CliError(
      'usage',
      'message seal needs --in, --to (one or more), --sign-with, --passphrase-file and --out',
    );
  }
  const inputs = [input, signWith, values['passphrase-file'], values.case, ...to];
  await checkOutputs([out], inputs, values.force);
  if (values.case !== undefined) {
    const { refuseIfHandedOver } = await import('./message-case');
    await refuseIfHandedOver(values.case);
  }
  const signingKey = await unlockKeyFile(signWith, values['passphrase-file'], 'sign');
  const recipientKeys = await readKeyFiles(to, 'recipient key');
  const health = await judgeRecipients(recipientKeys, new Date());
  // The literal data's text flag needs the whole file (is it text?): one streamed pass
  // before the sealing streams from the file again.
  const text = await isTextFile(input);
  const sealed = await sealStream({ input: fileStream(input), recipientKeys, signingKey, text });
  if (!sealed.ok) fail(sealed.error);
  await writeStreamAtomically(
    out,
    sealed.value.pipeThrough(asciiBytes()),
    (error) => {
      const { code, message } = classifyPgpError(error, 'unsupported');
      return new CliError(code, message);
    },
    0o666,
    values.force,
  );
  printJson({
    ok: true,
    out,
    recipients: sealRecipients(recipientKeys, signingKey).map((k) =>
      k.getFingerprint().toUpperCase(),
    ),
    signer: signingKey.getFingerprint().toUpperCase(),
    ...health,
  });
  return 0;
}

export function run(argv: string[]): Promise<number> {
  return runVerbs(argv, help, { open, seal });
}
