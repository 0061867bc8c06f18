// Bundles whose signature is valid but whose content is hostile (zip-slip, duplicate names,
// local/central header disagreement, wrong hashes, oversized entries, manifest violations,
// deep JSON), and sealed bundles damaged as bytes, through `airlock bundle open --extract`
// and the app's bundle import (importBundle, then applyImport into a real store).
import { crc32, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { openBinary } from '../../shared/crypto/pgp';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/exchange/bundle/digest';
import { entriesOf, rawZip, type RawEntry } from '../../shared/exchange/bundle/testing/raw-zip';
import { reportTally, runs, samples } from './kit';
import {
  applyBytes,
  applyJson,
  byteMutation,
  deepText,
  jsonMutation,
  mutatedBytes,
} from './mutate';
import { corpusFile, loadKeys } from './seeds';
import { targets, type Targets } from './targets';

let t: Targets;
let valid: RawEntry[];
const sealedSeed = corpusFile('bundles/sample.airlock');
const enc = new TextEncoder();
const dec = new TextDecoder();

beforeAll(async () => {
  const keys = await loadKeys();
  t = targets(keys);
  const opened = await openBinary({
    data: sealedSeed,
    decryptionKeys: [keys.org],
    verificationKeys: [keys.vendorPublic],
  });
  if (!opened.ok) throw new Error(opened.error.message);
  valid = entriesOf(opened.value.data);
});
reportTally('bundles');

const tryBundle = (label: string, bytes: Uint8Array) => t.bundle(label, bytes);
const seal = (zip: Uint8Array) => t.seal(zip);

const MANIFEST = 'manifest.json';
type Manifest = { files: { path: string; size: number; sha256: string }[] };
/** Rewrites the manifest's file list, unless an earlier edit left no readable manifest. */
function editManifest(list: RawEntry[], edit: (files: Manifest['files']) => Manifest['files']) {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(dec.decode(list.find((e) => e.name === MANIFEST)?.data)) as Manifest;
    manifest.files = edit(manifest.files);
  } catch {
    return list;
  }
  return list.map((e) =>
    e.name === MANIFEST ? { ...e, data: enc.encode(JSON.stringify(manifest)) } : e,
  );
}

/** Replaces a file's bytes and, when `consistent`, its manifest entry too (so only the
 *  content checks can refuse it). */
async function replaceFile(list: RawEntry[], name: string, data: Uint8Array, consistent: boolean) {
  const replaced = list.map((e) => (e.name === name ? { ...e, data } : e));
  if (!consistent || name === MANIFEST) return replaced;
  const sha256 = await sha256Hex(data);
  return editManifest(replaced, (files) =>
    files.map((f) => (f.path === name ? { ...f, size: data.length, sha256 } : f)),
  );
}

const hostilePath = fc.constantFrom(
  '../evil.json',
  '../../../../tmp/evil',
  '/etc/passwd',
  'cases/../../evil',
  'C:\\evil.json',
  'cases\\..\\..\\evil',
  'cases/./x.json',
  'cases//x.json',
  'cases/\u0000.json',
  'manifest.json',
  'MANIFEST.JSON',
  'cases/',
  '',
  `${'a/'.repeat(300)}x`,
  'x'.repeat(5000),
  'ｃａｓｅｓ/ｘ.json',
);

/** What an attacker does to the entries of a validly signed bundle. */
type Edit =
  | { op: 'rename'; entry: number; to: string; keepManifest: boolean }
  | { op: 'duplicate'; entry: number; different: boolean }
  | { op: 'local'; entry: number; local: NonNullable<RawEntry['local']> }
  | { op: 'declared'; entry: number; size: number }
  | { op: 'flags'; entry: number; flags: number }
  | { op: 'json'; entry: number; mutations: Parameters<typeof applyJson>[1]; consistent: boolean }
  | { op: 'deep'; entry: number; depth: number; consistent: boolean }
  | { op: 'bytes'; entry: number; mutations: Parameters<typeof applyBytes>[1]; consistent: boolean }
  | { op: 'drop'; entry: number }
  | { op: 'big'; megabytes: number; method: 0 | 8 };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constant('rename' as const),
    entry: fc.nat(),
    to: hostilePath,
    keepManifest: fc.boolean(),
  }),
  fc.record({ op: fc.constant('duplicate' as const), entry: fc.nat(), different: fc.boolean() }),
  fc.record({
    op: fc.constant('local' as const),
    entry: fc.nat(),
    local: fc.record(
      {
        method: fc.constantFrom(0, 8, 12, 99),
        compressedSize: fc.oneof(fc.nat({ max: 4096 }), fc.constant(0xffffffff)),
        size: fc.oneof(fc.nat({ max: 4096 }), fc.constant(0xffffffff)),
        flags: fc.constantFrom(0, 1, 8, 0x41),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    op: fc.constant('declared' as const),
    entry: fc.nat(),
    size: fc.oneof(fc.nat({ max: 100 }), fc.constantFrom(0xffffffff, 300 * 1024 * 1024, 0)),
  }),
  fc.record({
    op: fc.constant('flags' as const),
    entry: fc.nat(),
    flags: fc.constantFrom(1, 8, 0x40, 0x2000),
  }),
  fc.record({
    op: fc.constant('json' as const),
    entry: fc.nat(),
    mutations: fc.array(jsonMutation, { minLength: 1, maxLength: 3 }),
    consistent: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('deep' as const),
    entry: fc.nat(),
    depth: fc.oneof(fc.integer({ min: 100, max: 5000 }), fc.constant(100_000)),
    consistent: fc.constant(true),
  }),
  fc.record({
    op: fc.constant('bytes' as const),
    entry: fc.nat(),
    mutations: fc.array(byteMutation, { minLength: 1, maxLength: 3 }),
    consistent: fc.boolean(),
  }),
  fc.record({ op: fc.constant('drop' as const), entry: fc.nat() }),
  fc.record({
    op: fc.constant('big' as const),
    megabytes: fc.constantFrom(2, 40, 300),
    method: fc.constantFrom(0 as const, 8 as const),
  }),
);

/** Deflated runs of zeros (a ZIP bomb's body), made once each with zlib. */
const bombs = new Map<number, NonNullable<RawEntry['body']>>();
function bomb(megabytes: number): RawEntry {
  const size = megabytes * 1024 * 1024;
  let body = bombs.get(megabytes);
  if (body === undefined) {
    const zeros = Buffer.alloc(size);
    body = { bytes: new Uint8Array(deflateRawSync(zeros, { level: 1 })), crc: crc32(zeros) };
    bombs.set(megabytes, body);
  }
  return { name: 'cases/big.bin', data: new Uint8Array(), declaredSize: size, method: 8, body };
}

async function applyEdit(list: RawEntry[], e: Edit): Promise<RawEntry[]> {
  if (e.op === 'big') {
    return [
      ...list,
      e.method === 8
        ? bomb(e.megabytes)
        : { name: 'cases/big.bin', data: new Uint8Array(2 ** 21), method: 0 },
    ];
  }
  const at = e.entry % list.length;
  const target = list[at];
  if (target === undefined) return list;
  const swap = (entry: RawEntry) => list.map((x, i) => (i === at ? entry : x));
  switch (e.op) {
    case 'rename': {
      const renamed = swap({ ...target, name: e.to });
      if (!e.keepManifest) return renamed;
      return editManifest(renamed, (files) =>
        files.map((f) => (f.path === target.name ? { ...f, path: e.to } : f)),
      );
    }
    case 'duplicate':
      return [...list, { name: target.name, data: e.different ? enc.encode('{}') : target.data }];
    case 'local':
      return swap({ ...target, local: e.local });
    case 'declared':
      return swap({ ...target, declaredSize: e.size });
    case 'flags':
      return swap({ ...target, flags: e.flags });
    case 'drop':
      return list.filter((_, i) => i !== at);
    case 'json': {
      let text: string;
      try {
        text = JSON.stringify(applyJson(JSON.parse(dec.decode(target.data)), e.mutations));
      } catch {
        return list; // not JSON (an attachment), or made too deep by an earlier edit
      }
      return replaceFile(list, target.name, enc.encode(text), e.consistent);
    }
    case 'deep':
      return replaceFile(list, target.name, enc.encode(deepText(e.depth)), e.consistent);
    case 'bytes':
      return replaceFile(list, target.name, applyBytes(target.data, e.mutations), e.consistent);
  }
}

describe('fuzz: bundles', () => {
  it('the seed, re-zipped and sealed, opens and imports (the set-up is sound)', async () => {
    const outcomes = await tryBundle('seed', await seal(rawZip(valid)));
    expect(outcomes.map((o) => o.kind)).toEqual(['accepted', 'accepted']);
  });

  it('hostile content under a valid signature', async () => {
    const inputs = samples(fc.array(edit, { minLength: 1, maxLength: 3 }), 2911, runs(330, 30));
    for (const edits of inputs) {
      let list = valid;
      for (const e of edits) list = await applyEdit(list, e);
      await tryBundle(`bundle-${edits.map((e) => e.op).join('+')}`, await seal(rawZip(list)));
    }
  }, 3_600_000);

  it('the ZIP damaged as bytes, then validly sealed', async () => {
    const zip = rawZip(valid);
    const inputs = samples(
      fc.array(byteMutation, { minLength: 1, maxLength: 4 }),
      2912,
      runs(100, 10),
    );
    for (const ms of inputs) await tryBundle('zip-bytes', await seal(applyBytes(zip, ms)));
  }, 3_600_000);

  it('the sealed bundle damaged as bytes', async () => {
    const inputs = samples(mutatedBytes([sealedSeed]), 2913, runs(100, 10));
    for (const { bytes } of inputs) await tryBundle('sealed-bytes', bytes);
  }, 3_600_000);
});
