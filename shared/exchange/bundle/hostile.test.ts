// Hostile imports: every malformed, tampered, wrong-key, unsigned, replayed or oversized
// bundle must be refused with its documented code, and no plan may come out of it.
import * as openpgp from 'openpgp';
import { beforeAll, describe, expect, it } from 'vitest';
import { sealBinary } from '../../crypto/pgp/seal';
import { sha256Hex } from './digest';
import { BUNDLE_ERROR_CODES, type BundleErrorCode, type BundleResult } from './errors';
import { DEFAULT_BUNDLE_LIMITS, type BundleLimits } from './limits';
import type { BundleManifest } from './manifest';
import { importBundle } from './open';
import type { ImportPlan } from './plan';
import { selectForExport } from './select';
import { entriesOf, rawZip, type RawEntry } from './testing/raw-zip';
import { IDS, sampleCase } from './testing/sample-case';
import { revoked, testKey, type TestKey } from './testing/keys';
import { writeBundleZip } from './write';

let sender: TestKey;
let recipient: TestKey;
let stranger: TestKey;
let revokedSigner: TestKey;
let knownKeys: openpgp.Key[];
let valid: { zip: Uint8Array; manifest: BundleManifest };
const ledger = new Set<string>();
const enc = new TextEncoder();

beforeAll(async () => {
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
});

async function seal(
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

function attempt(
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

function expectRefused(result: BundleResult<ImportPlan>, code: BundleErrorCode): void {
  expect(BUNDLE_ERROR_CODES).toContain(code);
  expect(result.ok ? 'accepted' : result.error.code).toBe(code);
  expect('value' in result).toBe(false);
}

const entries = (): RawEntry[] => entriesOf(valid.zip);
const manifestOf = (list: RawEntry[]): BundleManifest =>
  JSON.parse(
    new TextDecoder().decode(list.find((e) => e.name === 'manifest.json')?.data),
  ) as BundleManifest;
const withManifest = (list: RawEntry[], edit: (m: BundleManifest) => unknown): RawEntry[] =>
  list.map((e) =>
    e.name === 'manifest.json'
      ? { name: e.name, data: enc.encode(JSON.stringify(edit(manifestOf(list)))) }
      : e,
  );

/** Replaces a file and keeps the manifest consistent, so only the content check can fail. */
async function withFile(list: RawEntry[], path: string, data: Uint8Array): Promise<RawEntry[]> {
  const sha256 = await sha256Hex(data);
  const replaced = list.map((e) => (e.name === path ? { name: path, data } : e));
  return withManifest(replaced, (m) => ({
    ...m,
    files: m.files.map((f) => (f.path === path ? { ...f, size: data.length, sha256 } : f)),
  }));
}

const casePath = (file: string): string => `cases/${IDS.case}/${file}`;
const json = (value: unknown): Uint8Array => enc.encode(JSON.stringify(value));

describe('control', () => {
  it('the untampered bundle imports (so every refusal below is caused by its tampering)', async () => {
    const result = await attempt(await seal(rawZip(entries())));
    expect(result.ok).toBe(true);
  });
});

describe('OpenPGP layer', () => {
  const cuts = [5, 20, 100, 0.25, 0.5, 0.75, -1];
  for (const cut of cuts) {
    it(`truncated at ${cut}`, async () => {
      const bytes = await seal(valid.zip);
      const at = cut < 0 ? bytes.length + cut : cut < 1 ? Math.floor(bytes.length * cut) : cut;
      expectRefused(await attempt(bytes.slice(0, at)), 'truncated');
    });
  }
  for (const where of [0.4, 0.6, 0.8, 0.95, -1]) {
    it(`byte flipped in the encrypted data at ${where}`, async () => {
      const bytes = await seal(valid.zip);
      const at = where < 0 ? bytes.length + where : Math.floor(bytes.length * where);
      bytes[at] = (bytes[at] ?? 0) ^ 0x20;
      expectRefused(await attempt(bytes), 'corrupt');
    });
  }
  it('encrypted to someone else', async () => {
    expectRefused(await attempt(await seal(valid.zip, sender, stranger)), 'wrong-recipient');
  });
  it('not OpenPGP at all (a bare ZIP)', async () => {
    expectRefused(await attempt(valid.zip), 'not-openpgp');
  });
  it('an empty file', async () => {
    expectRefused(await attempt(new Uint8Array(0)), 'not-openpgp');
  });
  it('signed but not encrypted', async () => {
    const message = await openpgp.createMessage({ binary: valid.zip });
    const signed = (await openpgp.sign({
      message,
      signingKeys: sender.secret,
      format: 'binary',
    })) as unknown as Uint8Array;
    expectRefused(await attempt(signed), 'not-openpgp');
  });
  it('larger than the input cap', async () => {
    const bytes = await seal(valid.zip);
    expectRefused(
      await attempt(bytes, { ...DEFAULT_BUNDLE_LIMITS, maxInputBytes: bytes.length - 1 }),
      'input-too-large',
    );
  });
});

describe('signer', () => {
  it('unsigned', async () => {
    const message = await openpgp.createMessage({ binary: valid.zip });
    const bytes = (await openpgp.encrypt({
      message,
      encryptionKeys: recipient.public,
      format: 'binary',
    })) as unknown as Uint8Array;
    expectRefused(await attempt(bytes), 'unsigned');
  });
  it('signed by an unknown key: refused, naming the signer, unless explicitly accepted', async () => {
    const zip = await writeBundleZip((await selection()).value, header(stranger.fingerprint));
    const bytes = await seal(zip.zip, stranger);
    const result = await attempt(bytes);
    expectRefused(result, 'signer-unknown');
    if (!result.ok) expect(result.error.signer?.fingerprint).toBe(stranger.fingerprint);
    const accepted = await importBundle(bytes, {
      decryptionKeys: [recipient.secret],
      knownKeys,
      acceptUnknownSigner: stranger.fingerprint,
      lookup: { isBundleImported: () => false, existingEvents: () => undefined },
    });
    expect(accepted.ok && accepted.value.signer).toEqual({
      status: 'accepted-unknown',
      fingerprint: stranger.fingerprint,
    });
  });
  it('accepting one unknown key does not accept another', async () => {
    const bytes = await seal(valid.zip, stranger);
    const result = await importBundle(bytes, {
      decryptionKeys: [recipient.secret],
      knownKeys,
      acceptUnknownSigner: sender.fingerprint,
      lookup: { isBundleImported: () => false, existingEvents: () => undefined },
    });
    expectRefused(result, 'signer-unknown');
  });
  it('signed by a revoked key', async () => {
    expectRefused(await attempt(await seal(valid.zip, revokedSigner)), 'signer-revoked');
  });
  it('the manifest names a sender other than the signer', async () => {
    const zip = rawZip(
      withManifest(entries(), (m) => ({ ...m, sender: { fingerprint: stranger.fingerprint } })),
    );
    expectRefused(await attempt(await seal(zip)), 'sender-mismatch');
  });
});

async function selection() {
  const s = selectForExport([await sampleCase()], { kind: 'full' });
  if (!s.ok) throw new Error(s.error.message);
  return s;
}
const header = (fingerprint: string) => ({
  bundleId: '1a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  createdAt: '2026-05-05T00:00:00.000Z',
  senderFingerprint: fingerprint,
  recipientFingerprints: [recipient.fingerprint],
});

describe('ZIP container', () => {
  const refusedZip = (
    name: string,
    code: BundleErrorCode,
    make: () => Uint8Array | Promise<Uint8Array>,
    limits?: BundleLimits,
  ) => it(name, async () => expectRefused(await attempt(await seal(await make()), limits), code));

  refusedZip('not a ZIP', 'zip-invalid', () => enc.encode('just text, no archive'));
  refusedZip('ZIP cut short (no central directory)', 'zip-invalid', () =>
    valid.zip.slice(0, valid.zip.length - 40),
  );
  for (const evil of [
    '../evil.json',
    '../../etc/passwd',
    '/etc/passwd',
    'C:/Windows/evil.dll',
    'cases\\..\\evil',
    'cases/./x.json',
    'cases//x.json',
    'cases/',
    '.hidden',
    'cases/\u0000.json',
    'caf\u00e9.json',
  ]) {
    refusedZip(`entry path ${JSON.stringify(evil)}`, 'path-invalid', () =>
      rawZip([...entries(), { name: evil, data: enc.encode('{}') }]),
    );
  }
  refusedZip('duplicate entry', 'duplicate-entry', () => {
    const list = entries();
    const events = list.find((e) => e.name.endsWith('events.json'));
    return rawZip([...list, { name: events?.name ?? '', data: enc.encode('[]') }]);
  });
  refusedZip('duplicate entry differing only in case', 'duplicate-entry', () =>
    rawZip([...entries(), { name: 'MANIFEST.json', data: enc.encode('{}') }]),
  );
  refusedZip('zip bomb by ratio (16 MiB of zeros)', 'ratio-too-high', () =>
    rawZip([...entries(), { name: 'bomb.bin', data: new Uint8Array(16 * 1024 * 1024) }]),
  );
  refusedZip(
    'zip bomb by absolute size (an entry over the per-file cap)',
    'entry-too-large',
    () =>
      rawZip([
        ...entries(),
        { name: 'big.bin', data: globalThis.crypto.getRandomValues(new Uint8Array(60_000)) },
      ]),
    { ...DEFAULT_BUNDLE_LIMITS, maxEntryBytes: 50_000 },
  );
  refusedZip(
    'zip bomb by total size (many entries each under the cap)',
    'total-too-large',
    () =>
      rawZip([
        ...entries(),
        ...Array.from({ length: 8 }, (_, i) => ({
          name: `part${i}.bin`,
          data: new Uint8Array(40_000).fill(i),
        })),
      ]),
    { ...DEFAULT_BUNDLE_LIMITS, maxTotalBytes: 200_000 },
  );
  refusedZip(
    'central directory lies: entry inflates past its declared size',
    'inflated-size-mismatch',
    () => {
      const target = casePath('events.json');
      const lied = withManifest(entries(), (m) => ({
        ...m,
        files: m.files.map((f) => (f.path === target ? { ...f, size: 10 } : f)),
      }));
      return rawZip(lied.map((e) => (e.name === target ? { ...e, declaredSize: 10 } : e)));
    },
  );
  refusedZip('100k entries', 'too-many-entries', () =>
    rawZip(
      Array.from({ length: 100_000 }, (_, i) => ({
        name: `f${i}`,
        data: new Uint8Array(0),
        method: 0 as const,
      })),
    ),
  );
  refusedZip('encrypted ZIP entry', 'zip-unsupported', () =>
    rawZip(entries().map((e, i) => (i === 1 ? { ...e, flags: 1 } : e))),
  );
  refusedZip('entry not in the manifest', 'file-unlisted', () =>
    rawZip([...entries(), { name: 'extra.json', data: enc.encode('{}') }]),
  );
  refusedZip('manifest entry missing from the ZIP', 'file-missing', () =>
    rawZip(entries().filter((e) => !e.name.endsWith('vulnerabilities.json'))),
  );
  refusedZip('manifest hash does not match the file', 'hash-mismatch', () => {
    const list = entries().map((e) =>
      e.name.endsWith('case.json')
        ? {
            ...e,
            data: enc.encode(new TextDecoder().decode(e.data).replace('Stored XSS', 'Stored XSX')),
          }
        : e,
    );
    return rawZip(list);
  });
  refusedZip('manifest size does not match the file', 'size-mismatch', () =>
    rawZip(
      withManifest(entries(), (m) => ({
        ...m,
        files: m.files.map((f, i) => (i === 0 ? { ...f, size: f.size + 1 } : f)),
      })),
    ),
  );
});

describe('manifest', () => {
  const refused = (
    name: string,
    code: BundleErrorCode,
    make: () => RawEntry[] | Promise<RawEntry[]>,
  ) => it(name, async () => expectRefused(await attempt(await seal(rawZip(await make()))), code));

  refused('no manifest.json', 'manifest-missing', () =>
    entries().filter((e) => e.name !== 'manifest.json'),
  );
  refused('manifest is not JSON', 'manifest-invalid-json', () =>
    entries().map((e) =>
      e.name === 'manifest.json' ? { ...e, data: enc.encode('{"format": "airlock-bundle/1",') } : e,
    ),
  );
  refused('manifest is JSON but fails the schema', 'manifest-invalid', () =>
    withManifest(entries(), (m) => ({ ...m, bundleId: 'not-a-uuid' })),
  );
  refused('manifest lists a traversal path', 'manifest-invalid', () =>
    withManifest(entries(), (m) => ({
      ...m,
      files: [...m.files, { path: '../x', size: 0, sha256: '0'.repeat(64), kind: 'events' }],
    })),
  );
  refused('future format version', 'format-unsupported', () =>
    withManifest(entries(), (m) => ({ ...m, format: 'airlock-bundle/2' })),
  );
});

describe('records', () => {
  const refused = (
    name: string,
    code: BundleErrorCode,
    make: () => RawEntry[] | Promise<RawEntry[]>,
  ) => it(name, async () => expectRefused(await attempt(await seal(rawZip(await make()))), code));
  const sample = async () => (await sampleCase()).document;

  refused('events.json is not JSON', 'record-invalid-json', () =>
    withFile(entries(), casePath('events.json'), enc.encode('[{"id":')),
  );
  refused('case.json is not UTF-8', 'record-invalid-json', () =>
    withFile(entries(), casePath('case.json'), new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])),
  );
  refused('an event of an unknown type', 'record-invalid', async () => {
    const events = (await sample()).events.map((e, i) =>
      i === 0 ? { ...e, type: 'case.exploded' } : e,
    );
    return withFile(entries(), casePath('events.json'), json(events));
  });
  refused('a case record with a bad TLP', 'record-invalid', async () =>
    withFile(entries(), casePath('case.json'), json({ ...(await sample()).case, tlp: 'PURPLE' })),
  );
  refused('a record from a newer app version', 'record-invalid', async () =>
    withFile(
      entries(),
      casePath('case.json'),
      json({ ...(await sample()).case, schemaVersion: 99 }),
    ),
  );
  refused('an event for another case id', 'record-case-mismatch', async () => {
    const events = (await sample()).events.map((e, i) =>
      i === 2 ? { ...e, caseId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' } : e,
    );
    return withFile(entries(), casePath('events.json'), json(events));
  });
  refused('an involvement for another case id', 'record-case-mismatch', async () => {
    const involvements = (await sample()).involvements?.map((e) => ({
      ...e,
      caseId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
    }));
    return withFile(entries(), casePath('involvements.json'), json(involvements));
  });
  refused('case.json holds another case', 'record-case-mismatch', async () =>
    withFile(
      entries(),
      casePath('case.json'),
      json({ ...(await sample()).case, id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' }),
    ),
  );
  refused('an attachment record without its blob', 'record-reference-missing', () => {
    const list = entries().filter((e) => !e.name.includes('/attachments/'));
    return withManifest(list, (m) => ({
      ...m,
      files: m.files.filter((f) => !f.path.includes('/attachments/')),
    }));
  });
});

describe('ledger', () => {
  it('a bundle already imported is refused as a replay', async () => {
    const bytes = await seal(valid.zip);
    expect((await attempt(bytes)).ok).toBe(true);
    ledger.add(valid.manifest.bundleId);
    expectRefused(await attempt(bytes), 'replayed');
    ledger.delete(valid.manifest.bundleId);
  });
});
