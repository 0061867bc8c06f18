import { beforeAll, describe, expect, it } from 'vitest';
import type { AttachmentData, BundleCase } from './content';
import { openBundle } from './open';
import { sealBundleStream } from './seal';
import { selectForExport } from './select';
import { sampleCase } from './testing/sample-case';
import { testKey, type TestKey } from './testing/keys';

let sender: TestKey;
let partner: TestKey;

beforeAll(async () => {
  [sender, partner] = await Promise.all([testKey('Coordinator'), testKey('Partner CERT')]);
});

/** A source that hands out `bytes` in small chunks, as a file read would. */
const sourceOf = (bytes: Uint8Array) => ({
  stream: () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 1000)
          controller.enqueue(bytes.slice(at, at + 1000));
        controller.close();
      },
    }),
});

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read())
    parts.push(read.value);
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

/** The sample case with its attachment given as a source of `bytes` (its metadata kept). */
async function streamedCase(bytes: (original: Uint8Array) => Uint8Array) {
  const kase = await sampleCase();
  const streamed: BundleCase<AttachmentData> = {
    ...kase,
    attachments: kase.attachments.map((a) => ({ meta: a.meta, data: sourceOf(bytes(a.data)) })),
  };
  const selection = selectForExport([streamed], { kind: 'full' });
  if (!selection.ok) throw new Error(selection.error.message);
  const sealed = await sealBundleStream({
    selection: selection.value,
    signingKey: sender.secret,
    recipientKeys: [partner.public],
  });
  if (!sealed.ok) throw new Error(sealed.error.message);
  return { original: kase, sealed: sealed.value };
}

describe('a bundle sealed as a stream (the CLI: attachments read only into the ZIP)', () => {
  it('opens as a bundle sealed in memory does, with the attachment as sent', async () => {
    const { original, sealed } = await streamedCase((data) => data);
    const opened = await openBundle(await collect(sealed.stream), {
      decryptionKeys: [partner.secret],
      knownKeys: [sender.public],
    });
    if (!opened.ok) throw new Error(`${opened.error.code}: ${opened.error.message}`);
    expect(opened.value.manifest).toEqual(sealed.manifest);
    expect(opened.value.cases[0]?.document).toEqual(original.document);
    expect(opened.value.cases[0]?.attachments[0]?.data).toEqual(original.attachments[0]?.data);
  });

  it('a source that yields other than its metadata’s size errors the stream', async () => {
    for (const change of [
      (data: Uint8Array) => data.subarray(1),
      (data: Uint8Array) => new Uint8Array([...data, 0]),
    ]) {
      const { sealed } = await streamedCase(change);
      await expect(collect(sealed.stream)).rejects.toThrow(/is not the \d+ bytes/);
    }
  });

  it('refuses the recipients and TLP:RED checks before anything is read', async () => {
    const kase = await sampleCase('RED');
    const selection = selectForExport([kase], { kind: 'full' });
    if (!selection.ok) throw new Error(selection.error.message);
    const sealed = await sealBundleStream({
      selection: selection.value,
      signingKey: sender.secret,
      recipientKeys: [partner.public],
    });
    expect(sealed).toMatchObject({ ok: false, error: { code: 'tlp-red-unconfirmed' } });
  });
});
