import { beforeAll, describe, expect, it } from 'vitest';
import { openStream } from './open-stream';
import { sealStream } from './seal-stream';
import { compressionBomb, makeTestKey, vendorMessage, type TestKey } from './testing/test-support';

let org: TestKey;
let vendor: TestKey;
let other: TestKey;

beforeAll(async () => {
  [org, vendor, other] = await Promise.all([
    makeTestKey('Org'),
    makeTestKey('Vendor'),
    makeTestKey('Other'),
  ]);
});

const streamOf = (data: Uint8Array | string, chunk = 4096): ReadableStream<Uint8Array> => {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + chunk));
      at += chunk;
    },
  });
};

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const part of stream) parts.push(part);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Opens like the CLI does, remembering how many plaintext bytes reached the sink. */
async function open(
  data: Uint8Array | string,
  limits?: { maxInputBytes: number; maxDecompressedBytes: number },
) {
  let received: Uint8Array = new Uint8Array();
  const result = await openStream(
    {
      input: streamOf(data),
      armored: typeof data === 'string',
      decryptionKeys: [org.key],
      verificationKeys: [vendor.key.toPublic()],
      ...(limits === undefined ? {} : { limits }),
    },
    async (unverified) => {
      received = await collect(unverified);
    },
  );
  return { result, received };
}

describe('opening an encrypted message as a stream', () => {
  it('what sealStream writes opens, with the signature valid only after the end', async () => {
    const text = '[AL-2026-0042] 返信\n'.repeat(20_000);
    const sealed = await sealStream({
      input: streamOf(text),
      recipientKeys: [org.key.toPublic()],
      signingKey: vendor.key,
      text: true,
    });
    if (!sealed.ok) throw new Error(sealed.error.message);
    const armored = new TextDecoder().decode(
      await collect(sealed.value.pipeThrough(new TextEncoderStream())),
    );
    expect(armored).toMatch(/^-----BEGIN PGP MESSAGE-----/);
    const { result, received } = await open(armored);
    expect(result.ok && result.value.signatures.map((s) => s.status)).toEqual(['valid']);
    expect(new TextDecoder().decode(received)).toBe(text);
  });

  it('a binary message from another tool', async () => {
    const sealed = await vendorMessage({
      text: 'binary reply',
      signer: vendor.key,
      encryptTo: [org.key],
      format: 'binary',
    });
    const { result, received } = await open(sealed);
    expect(result.ok && result.value.signatures[0]?.status).toBe('valid');
    expect(new TextDecoder().decode(received)).toBe('binary reply');
  });

  it('a flipped byte fails as corrupt, with no signature reported', async () => {
    const sealed = (await vendorMessage({
      text: 'x'.repeat(100_000),
      signer: vendor.key,
      encryptTo: [org.key],
      format: 'binary',
    })) as Uint8Array;
    const flipped = sealed.slice();
    const at = flipped.length - 30;
    flipped[at] = (flipped[at] ?? 0) ^ 0x01;
    const { result } = await open(flipped);
    expect(result.ok ? 'opened' : result.error.code).toBe('corrupt');
  });

  it('a message for someone else, and one that is only signed', async () => {
    const forOther = await vendorMessage({
      text: 'hi',
      signer: vendor.key,
      encryptTo: [other.key],
    });
    expect((await open(forOther as string)).result).toMatchObject({
      ok: false,
      error: { code: 'no-decryption-key' },
    });
    const signedOnly = await vendorMessage({ text: 'hi', signer: vendor.key });
    expect((await open(signedOnly as string)).result).toMatchObject({
      ok: false,
      error: { code: 'not-encrypted' },
    });
  });

  it('a compression bomb is refused at the cap, and no more than the cap reaches the sink', async () => {
    const bomb = await compressionBomb(64 * 1024 * 1024, org.key, vendor.key);
    expect(bomb.length).toBeLessThan(200_000);
    const cap = 1024 * 1024;
    let received = 0;
    const result = await openStream(
      {
        input: streamOf(bomb),
        armored: false,
        decryptionKeys: [org.key],
        verificationKeys: [vendor.key.toPublic()],
        limits: { maxInputBytes: 1e9, maxDecompressedBytes: cap },
      },
      async (unverified) => {
        for await (const chunk of unverified) received += chunk.length;
      },
    );
    expect(result.ok ? 'opened' : result.error.code).toBe('decompression-limit');
    expect(received).toBeLessThanOrEqual(cap);
  });
});
