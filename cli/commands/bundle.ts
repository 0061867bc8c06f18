// `airlock bundle seal|open`: signed case bundles (.airlock, docs/bundle-format.md). The
// JSON printed here is a contract for partners' scripts, like the message commands'.
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { classifyPgpError, readKeysFrom, type Key } from '../../shared/crypto/pgp';
import {
  MANIFEST_PATH,
  openBundle,
  sealBundleStream,
  selectForExport,
  bundleAttachmentSchema,
  type AttachmentData,
  type AttachmentSource,
  type BundleAttachment,
  type BundleCase,
  type BundleError,
  type BundleResult,
  type ExportSelection,
  type ExportView,
  type SpooledBundle,
} from '../../shared/exchange/bundle';
import {
  checkClearance,
  recipientsByFingerprint,
  strictestOf,
} from '../../shared/workflow/clearance';
import { judgeHits } from '../../shared/workflow/vendor-confidentiality';
import { sha256Hex } from '../../shared/crypto/pgp/bytes';
import { readCaseDocument } from '../case-file';
import { judgeRecipients } from '../key-health';
import { unlockKeyFile } from '../secret-key';
import { CliError, printJson, readFileOr, runVerbs } from '../output';
import { checkOutputs, writeStreamAtomically } from '../file-out';
import { fileStream } from './message-out';
import { extractSpooled, withSpooledBundle, writeUnder } from './bundle-spooled';

const help = `airlock bundle <verb> [options]

  seal --case <case document JSON>... [--attach <file>]... --to <public key file>...
       --sign-with <secret key file> --passphrase-file <file> --out <file.airlock> [--force]
       [--view full|vendor --vendor <contact id>] [--confirm-red <fingerprint>]...
      Writes one OpenPGP message (signed by --sign-with, encrypted to every --to key and
      to the signer) holding a ZIP with manifest.json, the case records and attachments.
      A document's case record and involvements are sealed as the fold of its events: a
      document whose events the engine refuses (case-events-refused) or whose stated
      records differ from that fold (case-contradicts-events, naming the fields) is refused.
      --attach files belong to the first --case. A TLP:RED case needs --confirm-red for
      every recipient. A recipient whose contact (in a --case document, found by key
      fingerprint) is cleared below the case's TLP is refused (clearance.exceeded, with
      "breaches":[{"recipient","tlp","clearance"}]) unless --override-clearance <reason>;
      the override is echoed as "clearanceOverride":{"reason","breaches"} for the record.
      A TLP:AMBER-or-above bundle to a recipient whose clearance is not recorded is sealed
      with a warning: "clearanceNotRecorded":[{"recipient","tlp"}] (record it in Contacts).
      A vendor view whose case record or case.created/updated events name another vendor
      of the case (name, person, product, address) is refused (confidentiality.leak, with
      "hits":[{"field","text","kind","party"}]) unless --override-confidentiality <reason>
      (at least 10 characters), echoed as "confidentialityOverride":{"reason","hits"}.
      A --to key that is expired, revoked or has no usable encryption subkey is refused
      (key-health.refused, naming it); one that expires before the latest agreed
      publication of the cases or within 30 days, or is weak, is listed in
      "keyWarnings":[{"fingerprint","userId","codes","message"}].
      An existing --out file is refused (file-exists) unless --force; --out naming an
      input of the command is always refused (file-is-input).
      Prints {"ok":true,"out","bundleId","signer","recipients","tlp",
      "files":[{"path","size","sha256"}],"excluded":[{"kind","id","note"}]}.

  open <file.airlock> --secret-key <file> --passphrase-file <file>
       [--known-key <public key file>]... [--accept-signer <fingerprint>]
       [--extract <dir>] --json
      Decrypts, verifies the signer (a known, non-revoked key; an unknown signer only
      with --accept-signer <its fingerprint>), checks the ZIP caps, paths, manifest,
      hashes and every record. Prints {"ok":true,"signer":{"status","fingerprint"},
      "manifest":{...},"files":[{"path","size","sha256"}]}. --extract writes the
      verified files (and manifest.json) under <dir>, refusing any existing file.
      The secret key's own signatures count as known.

Failure: non-zero exit and {"ok":false,"error":{"code","message"}} (codes in
docs/bundle-format.md; a signer failure adds "signer":{"status","fingerprint"}).
A passphrase file's single trailing newline is ignored.`;

function bundleFailure(error: BundleError): number {
  printJson({ ok: false, error });
  return 1;
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

function attachmentMeta(path: string, caseId: string, size: number, sha256: string) {
  return bundleAttachmentSchema.parse({
    schemaVersion: 1 as const,
    id: globalThis.crypto.randomUUID(),
    caseId,
    name: basename(path).slice(0, 255) || 'attachment',
    mediaType: 'application/octet-stream',
    size,
    sha256,
  });
}

/** The whole file in memory: the vendor view searches every attachment's contents. */
async function readAttachment(path: string, caseId: string): Promise<BundleAttachment> {
  const data = await readFileOr(path, 'attachment');
  return { meta: attachmentMeta(path, caseId, data.length, await sha256Hex(data)), data };
}

/** A file's size and SHA-256, read chunk by chunk. */
async function digestFile(path: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of fileStream(path)) {
      hash.update(chunk);
      size += chunk.length;
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError('file-unreadable', `cannot read attachment '${path}': ${reason}`);
  }
  return { size, sha256: hash.digest('hex') };
}

/**
 * The file read again only into the ZIP (never whole), hashed as it passes: a file changed
 * since its digest was taken errors the stream, so the bundle is not written.
 */
async function streamAttachment(
  path: string,
  caseId: string,
): Promise<BundleAttachment<AttachmentSource>> {
  const { size, sha256 } = await digestFile(path);
  const stream = () => {
    const hash = createHash('sha256');
    return fileStream(path).pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          hash.update(chunk);
          controller.enqueue(chunk);
        },
        flush() {
          if (hash.digest('hex') !== sha256)
            throw new Error(`attachment '${path}' changed while it was being sealed`);
        },
      }),
    );
  };
  return { meta: attachmentMeta(path, caseId, size, sha256), data: { stream } };
}

function viewFrom(view: string | undefined, vendor: string | undefined): ExportView {
  if (view === undefined || view === 'full') return { kind: 'full' };
  if (view === 'vendor' && vendor !== undefined) return { kind: 'vendor', vendorContactId: vendor };
  throw new CliError('usage', "--view is 'full' or 'vendor' (with --vendor <contact id>)");
}

/**
 * The export selection of the documents, --attach files going to the first: in the full
 * view they are read only into the ZIP (a 100 MB attachment is never held whole); the
 * vendor view reads them whole, because it searches their contents.
 */
async function selectWithAttachments(
  documents: readonly BundleCase['document'][],
  paths: readonly string[],
  view: ExportView,
): Promise<BundleResult<ExportSelection<AttachmentData>>> {
  const firstId = documents[0]?.case.id ?? '';
  const withAttachments = <D extends AttachmentData>(attachments: BundleAttachment<D>[]) =>
    documents.map((document, i) => ({ document, attachments: i === 0 ? attachments : [] }));
  if (view.kind === 'full') {
    const streamed: BundleAttachment<AttachmentSource>[] = [];
    for (const path of paths) streamed.push(await streamAttachment(path, firstId));
    return selectForExport(withAttachments(streamed), view);
  }
  const read: BundleAttachment[] = [];
  for (const path of paths) read.push(await readAttachment(path, firstId));
  return selectForExport(withAttachments(read), view);
}

async function seal(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      case: { type: 'string', multiple: true },
      attach: { type: 'string', multiple: true },
      to: { type: 'string', multiple: true },
      'sign-with': { type: 'string' },
      'passphrase-file': { type: 'string' },
      out: { type: 'string' },
      view: { type: 'string' },
      vendor: { type: 'string' },
      'confirm-red': { type: 'string', multiple: true },
      'override-clearance': { type: 'string' },
      'override-confidentiality': { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const casePaths = values.case ?? [];
  const signWith = values['sign-with'];
  const { out } = values;
  if (
    casePaths.length === 0 ||
    out === undefined ||
    signWith === undefined ||
    (values.to ?? []).length === 0
  ) {
    throw new CliError(
      'usage',
      'bundle seal needs --case, --to (one or more), --sign-with, --passphrase-file and --out',
    );
  }
  const inputs = [...casePaths, ...(values.attach ?? []), ...(values.to ?? [])];
  await checkOutputs([out], [...inputs, signWith, values['passphrase-file']], values.force);
  const signingKey = await unlockKeyFile(signWith, values['passphrase-file'], 'sign');
  const recipientKeys = await readKeyFiles(values.to ?? [], 'recipient key');
  const documents = [];
  for (const path of casePaths) documents.push(await readCaseDocument(path));
  // The latest agreed publication of the sealed cases: a key must last until then.
  const embargoEnds = documents
    .map((d) => d.case.dates.agreedPublication)
    .filter((at) => at !== null)
    .sort()
    .at(-1);
  const health = await judgeRecipients(
    recipientKeys,
    new Date(),
    embargoEnds === undefined ? null : new Date(embargoEnds),
  );
  const selection = await selectWithAttachments(
    documents,
    values.attach ?? [],
    viewFrom(values.view, values.vendor),
  );
  if (!selection.ok) return bundleFailure(selection.error);
  const clearance = checkClearance(
    strictestOf(documents.map((d) => d.case.tlp)),
    recipientsByFingerprint(
      recipientKeys.map((k) => k.getFingerprint()),
      documents.flatMap((d) => d.contacts),
    ),
    values['override-clearance'],
  );
  if (!clearance.ok) {
    const { code, message, breaches } = clearance.error;
    printJson({ ok: false, error: { code, message }, breaches });
    return 1;
  }
  const secret = judgeHits(selection.value.leaks, values['override-confidentiality']);
  if (!secret.ok) {
    const { code, message, hits } = secret.error;
    printJson({ ok: false, error: { code, message }, hits });
    return 1;
  }
  const sealed = await sealBundleStream({
    selection: selection.value,
    signingKey,
    recipientKeys,
    redConfirmations: values['confirm-red'] ?? [],
  });
  if (!sealed.ok) return bundleFailure(sealed.error);
  // Written beside <out> and renamed into place at the end: a failed seal leaves no file.
  await writeStreamAtomically(
    out,
    sealed.value.stream,
    (error) => new CliError('seal-failed', classifyPgpError(error, 'unsupported').message),
    0o666,
    values.force,
  );
  const { manifest } = sealed.value;
  printJson({
    ok: true,
    out,
    bundleId: manifest.bundleId,
    signer: manifest.sender.fingerprint,
    recipients: manifest.recipients.map((r) => r.fingerprint),
    tlp: manifest.tlp,
    files: manifest.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })),
    excluded: selection.value.items
      .filter((i) => !i.included)
      .map((i) => ({ kind: i.kind, id: i.id, note: i.note })),
    ...(clearance.value.notRecorded.length === 0
      ? {}
      : { clearanceNotRecorded: clearance.value.notRecorded }),
    ...(clearance.value.reason === null
      ? {}
      : {
          clearanceOverride: {
            reason: clearance.value.reason,
            breaches: clearance.value.overridden,
          },
        }),
    ...(secret.value.reason === null
      ? {}
      : {
          confidentialityOverride: { reason: secret.value.reason, hits: secret.value.overridden },
        }),
    ...health,
  });
  return 0;
}

/** Writes verified files under `dir`, refusing any existing file. */
async function extract(dir: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  await mkdir(resolve(dir), { recursive: true });
  for (const [path, data] of files) await writeUnder(dir, path, (h) => h.writeFile(data));
}

async function open(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'secret-key': { type: 'string' },
      'passphrase-file': { type: 'string' },
      'known-key': { type: 'string', multiple: true },
      'accept-signer': { type: 'string' },
      extract: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0)
    throw new CliError('usage', 'bundle open takes exactly one <file>');
  const secretPath = values['secret-key'];
  if (secretPath === undefined) throw new CliError('usage', 'bundle open needs --secret-key');
  const secret = await unlockKeyFile(secretPath, values['passphrase-file'], 'decrypt');
  const knownKeys = [
    ...(await readKeyFiles(values['known-key'] ?? [], 'known key')),
    secret.toPublic(),
  ];
  // A binary encrypted message (every bundle) is opened through spools in bounded memory;
  // anything else in memory as before, for its exact refusal.
  const spooled = await withSpooledBundle(
    {
      file,
      decryptionKeys: [secret],
      knownKeys,
      ...(values['accept-signer'] === undefined
        ? {}
        : { acceptUnknownSigner: values['accept-signer'] }),
    },
    async (bundle, zip) => {
      if (values.extract !== undefined) await extractSpooled(values.extract, bundle, zip);
      return bundle;
    },
  );
  if (spooled !== null) {
    if (!spooled.ok) return bundleFailure(spooled.error);
    printOpened(spooled.value, values.extract);
    return 0;
  }
  const opened = await openBundle(await readFileOr(file, 'bundle'), {
    decryptionKeys: [secret],
    knownKeys,
    ...(values['accept-signer'] === undefined
      ? {}
      : { acceptUnknownSigner: values['accept-signer'] }),
  });
  if (!opened.ok) return bundleFailure(opened.error);
  const { signer, manifest, manifestBytes, files } = opened.value;
  if (values.extract !== undefined) {
    await extract(values.extract, new Map([[MANIFEST_PATH, manifestBytes], ...files]));
  }
  printOpened({ signer, manifest }, values.extract);
  return 0;
}

function printOpened(
  { signer, manifest }: Pick<SpooledBundle, 'signer' | 'manifest'>,
  extracted: string | undefined,
): void {
  printJson({
    ok: true,
    signer,
    manifest,
    files: manifest.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })),
    ...(extracted === undefined ? {} : { extracted: resolve(extracted) }),
  });
}

export function run(argv: string[]): Promise<number> {
  return runVerbs(argv, help, { open, seal });
}
