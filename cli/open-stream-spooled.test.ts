// openStream with the CLI's spooled SEIPDv1 decryption (Node's CFB and SHA-1): the same
// plaintext and signatures as openpgp.js's own decryption, and nothing parsed — nothing
// reaching the sink — before the MDC matched.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStream, type PacketSpool } from '../shared/crypto/pgp/open-stream';
import { seipdV1Packets } from '../shared/crypto/pgp/seipd-stream';
import {
  compressionBomb,
  encryptRawPacket,
  makeTestKey,
  vendorMessage,
  type TestKey,
} from '../shared/crypto/pgp/testing/test-support';
import { nodeCfbDecipher } from './commands/message-out';
import { nodeIncrementalHash } from './secret-key';

let org: TestKey;
let vendor: TestKey;

beforeAll(async () => {
  [org, vendor] = await Promise.all([makeTestKey('Org'), makeTestKey('Vendor')]);
});

const streamOf = (bytes: Uint8Array, chunk = 4096): ReadableStream<Uint8Array> => {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + chunk));
      at += chunk;
    },
  });
};

/** A spool in memory that says whether anything read it back. */
function memorySpool() {
  let held = new Uint8Array(0);
  const state = { written: 0, readBack: false };
  const spool: PacketSpool = {
    async write(packets) {
      held = new Uint8Array(await new Response(packets).arrayBuffer());
      state.written = held.length;
    },
    read() {
      state.readBack = true;
      return streamOf(held);
    },
  };
  return { spool, state };
}

async function open(
  data: Uint8Array,
  options: { decipher?: typeof nodeCfbDecipher; cap?: number } = {},
) {
  const { spool, state } = memorySpool();
  let received = 0;
  const parts: Uint8Array[] = [];
  const result = await openStream(
    {
      input: streamOf(data),
      armored: false,
      decryptionKeys: [org.key],
      verificationKeys: [vendor.key.toPublic()],
      spooled: {
        decipher: options.decipher ?? nodeCfbDecipher,
        createHash: nodeIncrementalHash,
        spool,
      },
      ...(options.cap === undefined
        ? {}
        : { limits: { maxInputBytes: 1e9, maxDecompressedBytes: options.cap } }),
    },
    async (unverified) => {
      for await (const chunk of unverified) {
        received += chunk.length;
        parts.push(chunk);
      }
    },
  );
  return { result, received, text: Buffer.concat(parts).toString('utf8'), state };
}

const reply = (text: string) =>
  vendorMessage({
    text,
    signer: vendor.key,
    encryptTo: [org.key],
    format: 'binary',
  }) as Promise<Uint8Array>;

describe('openStream, SEIPDv1 decrypted into a spool', () => {
  it('opens what openpgp.js seals, text and signature, through the spool', async () => {
    const text = '[AL-2026-0042] 返信\n'.repeat(5_000);
    const { result, text: opened, state } = await open(await reply(text));
    expect(result.ok && result.value.signatures.map((s) => s.status)).toEqual(['valid']);
    expect(opened).toBe(text);
    expect(state.written).toBeGreaterThan(0);
    expect(state.readBack).toBe(true);
  });

  it('without a decipher for the cipher, openpgp.js decrypts as before', async () => {
    const { result, text, state } = await open(await reply('fallback'), { decipher: () => null });
    expect(result.ok && result.value.signatures[0]?.status).toBe('valid');
    expect(text).toBe('fallback');
    expect(state.written).toBe(0);
  });

  it('a flipped ciphertext byte or a cut-off message is refused before anything is parsed', async () => {
    const sealed = await reply('x'.repeat(100_000));
    const flipped = sealed.slice();
    const at = flipped.length - 30;
    flipped[at] = (flipped[at] ?? 0) ^ 0x01;
    for (const hostile of [flipped, sealed.subarray(0, sealed.length - 100)]) {
      const { result, received, state } = await open(hostile);
      expect(result.ok).toBe(false);
      expect(received).toBe(0);
      expect(state.readBack).toBe(false);
    }
    expect((await open(flipped)).result).toMatchObject({ ok: false, error: { code: 'corrupt' } });
  });

  it('an intact MDC over a packet that may not be there is refused as corrupt', async () => {
    const body = new Uint8Array(4096).fill(0x41);
    const { result, received } = await open(await encryptRawPacket({ tag: 9, body }, org.key));
    expect(result.ok ? 'opened' : result.error.code).toBe('corrupt');
    expect(received).toBe(0);
  });

  it('a compression bomb stops at the cap', async () => {
    const bomb = await compressionBomb(16 * 1024 * 1024, org.key, vendor.key);
    const cap = 1024 * 1024;
    const { result, received } = await open(bomb, { cap });
    expect(result.ok ? 'opened' : result.error.code).toBe('decompression-limit');
    expect(received).toBeLessThanOrEqual(cap);
  });

  it('the unwrap refuses a plaintext too short for its prefix and MDC, or a wrong MDC header', async () => {
    const run = async (plain: Uint8Array) => {
      const identity = (chunk: Uint8Array) => chunk;
      const sha1 = nodeIncrementalHash('sha1');
      return new Response(
        streamOf(plain, 7).pipeThrough(seipdV1Packets(16, identity, sha1)),
      ).arrayBuffer();
    };
    const packets = new TextEncoder().encode('inner packets');
    const withMdc = (header: number[]) => {
      const head = Buffer.concat([Buffer.alloc(18, 1), packets, Buffer.from(header)]);
      return new Uint8Array(Buffer.concat([head, createHash('sha1').update(head).digest()]));
    };
    expect(new Uint8Array(await run(withMdc([0xd3, 0x14])))).toEqual(packets);
    await expect(run(withMdc([0xd3, 0x15]))).rejects.toThrow('Modification detected');
    await expect(run(new Uint8Array(30))).rejects.toThrow('Modification detected');
  });
});
