// The hostile-import tests' kit: test keys, one valid bundle, and helpers that tamper with
// it, seal it and try to import it. The bindings are filled by `setUpHostileKit` (call it
// in `beforeAll`) and read live by the tests.
import type * as openpgp from 'openpgp';
import { expect } from 'vitest';
import { sealBinary } from '../../../crypto/pgp/seal';
import { sha256Hex } from '../digest';
import { BUNDLE_ERROR_CODES, type BundleErrorCode, type BundleResult } from '../errors';
import { DEFAULT_BUNDLE_LIMITS, type BundleLimits } from '../limits';
import type { BundleManifest } from '../manifest';
import { importBundle } from '../open';
import type { ImportPlan } from '../plan';
import { selectForExport } from '../select';
import { entriesOf, type RawEntry } from './raw-zip';
import { IDS, sampleCase } from './sample-case';
import { revoked, testKey, type TestKey } from './keys';
import { writeBundleZip } from '../write';

export let sender: TestKey;
export let recipient: TestKey;
export let stranger: TestKey;
export let revokedSigner: TestKey;
export let knownKeys: openpgp.Key[];
export let valid: { zip: Uint8Array; manifest: BundleManifest };
export const ledger = new Set<string>();
export const enc = new TextEncoder();

/** Run in `beforeAll`: makes the keys and the valid bundle every test tampers with. */
export async function setUpHostileKit(): Promise<void> {
  [sender, recipient, stranger, revokedSigner] = await Promise.all([
    testKey('Sender'),
    testKey('Recipient'),
    testKey('Stranger'),
    testKey('Revoked'),
  ]);
  knownKeys = [sender.public, await revoked(revokedSigner)];
  const selection = selectForExport([await sampleCase()], { kind: 'full' });
  if (!selection.ok) throw new Error(selection.error.message);
  valid = await writeBundleZip(selection.value, {
    bundleId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    createdAt: '2026-05-05T00:00:00.000Z',
    senderFingerprint: sender.fingerprint,
    recipientFingerprints: [recipient.fingerprint, sender.fingerprint],
  });
}

export async function seal(
  data: Uint8Array,
  signer: TestKey = sender,
  to: TestKey = recipient,
): Promise<Uint8Array> {
  const sealed = await sealBinary({
    data,
    recipientKeys: [to.public],
    signingKey: signer.secret,
    format: 'binary',
  });
  if (!sealed.ok) throw new Error(sealed.error.message);
  return sealed.value;
}

export function attempt(
  bytes: Uint8Array,
  limits: BundleLimits = DEFAULT_BUNDLE_LIMITS,
): Promise<BundleResult<ImportPlan>> {
  return importBundle(bytes, {
    decryptionKeys: [recipient.secret],
    knownKeys,
    limits,
    lookup: { isBundleImported: (id) => ledger.has(id), existingEvents: () => undefined },
  });
}

export function expectRefused(result: BundleResult<ImportPlan>, code: BundleErrorCode): void {
  expect(BUNDLE_ERROR_CODES).toContain(code);
  expect(result.ok ? 'accepted' : result.error.code).toBe(code);
  expect('value' in result).toBe(false);
}

export const entries = (): RawEntry[] => entriesOf(valid.zip);
export const manifestOf = (list: RawEntry[]): BundleManifest =>
  JSON.parse(
    new TextDecoder().decode(list.find((e) => e.name === 'manifest.json')?.data),
  ) as BundleManifest;
export const withManifest = (list: RawEntry[], edit: (m: BundleManifest) => unknown): RawEntry[] =>
  list.map((e) =>
    e.name === 'manifest.json'
      ? { name: e.name, data: enc.encode(JSON.stringify(edit(manifestOf(list)))) }
      : e,
  );

/** Replaces a file and keeps the manifest consistent, so only the content check can fail. */
export async function withFile(
  list: RawEntry[],
  path: string,
  data: Uint8Array,
): Promise<RawEntry[]> {
  const sha256 = await sha256Hex(data);
  const replaced = list.map((e) => (e.name === path ? { name: path, data } : e));
  return withManifest(replaced, (m) => ({
    ...m,
    files: m.files.map((f) => (f.path === path ? { ...f, size: data.length, sha256 } : f)),
  }));
}

export const casePath = (file: string): string => `cases/${IDS.case}/${file}`;
export const json = (value: unknown): Uint8Array => enc.encode(JSON.stringify(value));

export async function selection() {
  const s = selectForExport([await sampleCase()], { kind: 'full' });
  if (!s.ok) throw new Error(s.error.message);
  return s;
}
export const header = (fingerprint: string) => ({
  bundleId: '1a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  createdAt: '2026-05-05T00:00:00.000Z',
  senderFingerprint: fingerprint,
  recipientFingerprints: [recipient.fingerprint],
});
