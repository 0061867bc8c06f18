// The committed seed corpus (tests/fuzz/corpus, made by make-corpus.ts) and the test keys
// it was made with, written once per fuzz file to a folder the CLI reads them from.
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readKeysFrom, type Key, type PrivateKey } from '../../shared/crypto/pgp';

export const corpusDir = path.join(import.meta.dirname, 'corpus');

export const corpusFile = (relative: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(corpusDir, relative)));

/** The seed files of one corpus folder (not its subfolders), by name. */
export function corpusFolder(folder: string): Map<string, Uint8Array> {
  const dir = path.join(corpusDir, folder);
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
  return new Map(names.map((name) => [name, new Uint8Array(readFileSync(path.join(dir, name)))]));
}

export type FuzzKeys = {
  /** Org: the recipient whose secret key opens replies and bundles. */
  org: PrivateKey;
  /** Vendor: the known signer of replies and bundles. */
  vendor: PrivateKey;
  vendorPublic: Key;
  /** Where the CLI finds them: org.sec.asc, vendor.pub.asc, pass.txt. */
  dir: string;
  file: (name: string) => string;
};

async function secret(name: string): Promise<PrivateKey> {
  const read = await readKeysFrom(corpusFile(`keys/${name}`));
  const [key] = read.ok ? read.value : [];
  if (key === undefined || !key.isPrivate()) throw new Error(`corpus key ${name} unreadable`);
  return key;
}

export async function loadKeys(): Promise<FuzzKeys> {
  const dir = await mkdtemp(path.join(tmpdir(), 'airlock-fuzz-keys-'));
  const file = (name: string) => path.join(dir, name);
  await Promise.all([
    writeFile(file('org.sec.asc'), corpusFile('keys/org.sec.asc')),
    writeFile(file('vendor.pub.asc'), corpusFile('keys/vendor.pub.asc')),
    // The corpus keys are unprotected; the CLI still asks for a passphrase file.
    writeFile(file('pass.txt'), 'unused\n'),
  ]);
  const [org, vendor] = await Promise.all([secret('org.sec.asc'), secret('vendor.sec.asc')]);
  return { org, vendor, vendorPublic: vendor.toPublic(), dir, file };
}
