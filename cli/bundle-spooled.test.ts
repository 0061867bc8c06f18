// The ZIP reader of `bundle open` in bounded memory (commands/bundle-spooled.ts): records
// kept, attachment blobs only hashed as they inflate (left in the spooled ZIP), and the same
// refusal as the in-memory reader when a blob's bytes are not the manifest's.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BUNDLE_LIMITS } from '../shared/exchange/bundle';
import { readBundleZip, readBundleZipFrom } from '../shared/exchange/bundle/read';
import { entries, setUpHostileKit } from '../shared/exchange/bundle/testing/hostile-kit';
import { rawZip } from '../shared/exchange/bundle/testing/raw-zip';
import { zipBytesOf } from '../shared/exchange/bundle/zip-read';
import { nodeIncrementalHash } from './secret-key';

beforeAll(setUpHostileKit);

const fromSpool = (zip: Uint8Array) =>
  readBundleZipFrom(zipBytesOf(zip), DEFAULT_BUNDLE_LIMITS, nodeIncrementalHash);

describe('a bundle ZIP read from the spool', () => {
  it('keeps the records and leaves each attachment blob in the ZIP, hashed', async () => {
    const zip = rawZip(entries());
    const read = await fromSpool(zip);
    if (!read.ok) throw new Error(read.error.message);
    const blobs = [...read.value.blobs.keys()];
    expect(blobs).toHaveLength(1);
    expect(blobs[0]).toMatch(/^cases\/[^/]+\/attachments\//);
    expect(read.value.files.has(blobs[0] ?? '')).toBe(false);
    const whole = await readBundleZip(zip, DEFAULT_BUNDLE_LIMITS);
    if (!whole.ok) throw new Error(whole.error.message);
    expect(new Set([...read.value.files.keys(), ...blobs])).toEqual(
      new Set(whole.value.files.keys()),
    );
  });

  it('refuses a blob whose bytes are not the manifest’s (hash-mismatch), as in memory', async () => {
    const list = entries().map((e) =>
      e.name.includes('/attachments/') ? { ...e, data: e.data.map((b) => b ^ 1) } : e,
    );
    const zip = rawZip(list);
    expect(await fromSpool(zip)).toMatchObject({ ok: false, error: { code: 'hash-mismatch' } });
    expect(await readBundleZip(zip, DEFAULT_BUNDLE_LIMITS)).toMatchObject({
      ok: false,
      error: { code: 'hash-mismatch' },
    });
  });
});
