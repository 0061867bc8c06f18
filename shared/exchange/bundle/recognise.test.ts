import { describe, expect, it } from 'vitest';
import { isAirlockBundleZip } from './recognise';
import { rawZip } from './testing/raw-zip';
import { sampleCase } from './testing/sample-case';
import { selectForExport } from './select';
import { writeBundleZip } from './write';

const enc = new TextEncoder();

describe('recognising an Airlock case bundle by its content', () => {
  it('recognises a bundle ZIP as the bundle writer makes it', async () => {
    const selection = selectForExport([await sampleCase()], { kind: 'full' });
    if (!selection.ok) throw new Error(selection.error.message);
    const { zip } = await writeBundleZip(selection.value, {
      bundleId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      createdAt: '2026-05-05T00:00:00.000Z',
      senderFingerprint: 'A'.repeat(40),
      recipientFingerprints: ['B'.repeat(40)],
    });
    expect(await isAirlockBundleZip(zip)).toBe(true);
  });

  it('does not take another ZIP, another manifest or plain text for one', async () => {
    const plain = rawZip([{ name: 'report.pdf', data: enc.encode('%PDF-1.7') }]);
    const other = rawZip([{ name: 'manifest.json', data: enc.encode('{"format":"epub/3"}') }]);
    const broken = rawZip([{ name: 'manifest.json', data: enc.encode('{not json') }]);
    expect(await isAirlockBundleZip(plain)).toBe(false);
    expect(await isAirlockBundleZip(other)).toBe(false);
    expect(await isAirlockBundleZip(broken)).toBe(false);
    expect(await isAirlockBundleZip(enc.encode('We have fixed the issue.'))).toBe(false);
  });
});
