// Hostile imports, inside the envelope: a correctly sealed bundle whose ZIP container,
// manifest or records are malformed or tampered with must be refused with its documented
// code, and no plan may come out of it (the envelope itself: hostile.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { BundleErrorCode } from './errors';
import { DEFAULT_BUNDLE_LIMITS, type BundleLimits } from './limits';
import { rawZip, type RawEntry } from './testing/raw-zip';
import { sampleCase } from './testing/sample-case';
import {
  attempt,
  casePath,
  enc,
  entries,
  expectRefused,
  json,
  seal,
  setUpHostileKit,
  valid,
  withFile,
  withManifest,
} from './testing/hostile-kit';

beforeAll(setUpHostileKit);

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
  // A streaming extractor reads the local header: had it disagreed with the directory the
  // checks were made on, `bundle open` extracted other bytes (issue 29).
  const lyingLocal = (local: NonNullable<RawEntry['local']>) => () =>
    rawZip(entries().map((e) => (e.name.endsWith('case.json') ? { ...e, local } : e)));
  refusedZip(
    'local header compressed size differs from the directory',
    'zip-invalid',
    lyingLocal({ compressedSize: 7 }),
  );
  refusedZip(
    'local header size differs from the directory',
    'zip-invalid',
    lyingLocal({ size: 1 }),
  );
  refusedZip(
    'local header says stored where the directory says deflate',
    'zip-invalid',
    lyingLocal({ method: 0 }),
  );
  refusedZip(
    'local header hides its sizes in a data descriptor but still gives other ones',
    'zip-invalid',
    lyingLocal({ flags: 0x08, size: 3 }),
  );
  it('a local header deferring its sizes to a data descriptor (zero in the header) opens', async () => {
    const zip = rawZip(
      entries().map((e) => ({ ...e, local: { flags: 0x08, compressedSize: 0, size: 0 } })),
    );
    const result = await attempt(await seal(zip));
    expect(result.ok ? 'opened' : result.error.code).toBe('opened');
  });
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
  refused("an attachment record whose SHA-256 is not its blob's", 'hash-mismatch', async () => {
    const path = casePath('attachments.json');
    const list = entries();
    const metas = JSON.parse(new TextDecoder().decode(list.find((e) => e.name === path)?.data)) as {
      sha256: string;
    }[];
    expect(metas.length).toBeGreaterThan(0);
    const lying = metas.map((m) => ({ ...m, sha256: 'f'.repeat(64) }));
    return withFile(list, path, json(lying));
  });
  refused('an attachment record without its blob', 'record-reference-missing', () => {
    const list = entries().filter((e) => !e.name.includes('/attachments/'));
    return withManifest(list, (m) => ({
      ...m,
      files: m.files.filter((f) => !f.path.includes('/attachments/')),
    }));
  });
});
