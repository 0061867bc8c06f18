import { beforeAll, describe, expect, it } from 'vitest';
import { openBinary } from './open';
import { openStream } from './open-stream';
import { checkLeadingPackets, leadingPacketScanner } from './packet-scan';
import {
  makeTestKey,
  repeatFirstPacket,
  vendorMessage,
  type TestKey,
} from './testing/test-support';
import * as openpgp from 'openpgp';

let org: TestKey;
let sealed: Uint8Array;

beforeAll(async () => {
  org = await makeTestKey('Org');
  sealed = (await vendorMessage({
    text: '[AL-2026-0042] reply',
    encryptTo: [org.key],
    format: 'binary',
  })) as Uint8Array;
});

/** The sealed reply with its PKESK repeated `times` times (what the hostile run sent). */
const repeated = (times: number) => repeatFirstPacket(sealed, times);

const limits = (maxLeadingPackets?: number) => ({
  maxInputBytes: 64 * 1024 * 1024,
  maxDecompressedBytes: 64 * 1024 * 1024,
  ...(maxLeadingPackets === undefined ? {} : { maxLeadingPackets }),
});

async function openBoth(data: Uint8Array, max?: number) {
  const whole = await openBinary({
    data,
    decryptionKeys: [org.key],
    verificationKeys: [],
    limits: limits(max),
  });
  const streamed = await openStream(
    {
      input: new Blob([data as Uint8Array<ArrayBuffer>]).stream(),
      armored: false,
      decryptionKeys: [org.key],
      verificationKeys: [],
      limits: limits(max),
    },
    async (unverified) => {
      for await (const chunk of unverified) void chunk;
    },
  );
  const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'opened' : r.error?.code);
  return { whole: code(whole), streamed: code(streamed) };
}

describe('the count of packets before the data', () => {
  it('20,000 copies of the session-key packet are refused before decrypting', async () => {
    expect(await openBoth(await repeated(20_000))).toEqual({
      whole: 'too-many-packets',
      streamed: 'too-many-packets',
    });
  });

  it('armored, the same count is refused too', async () => {
    const armored = openpgp.armor(openpgp.enums.armor.message, await repeated(20_000));
    const opened = await openBinary({
      data: armored,
      decryptionKeys: [org.key],
      verificationKeys: [],
    });
    expect(opened.ok ? 'opened' : opened.error.code).toBe('too-many-packets');
  });

  it('up to the cap opens; one more is refused', async () => {
    expect(await openBoth(await repeated(5), 5)).toEqual({ whole: 'opened', streamed: 'opened' });
    expect(await openBoth(await repeated(6), 5)).toEqual({
      whole: 'too-many-packets',
      streamed: 'too-many-packets',
    });
  });

  it('headers split across chunks are counted the same', async () => {
    const data = await repeated(12);
    expect(checkLeadingPackets(data, 11)?.code).toBe('too-many-packets');
    expect(checkLeadingPackets(data, 12)).toBeNull();
    const byteByByte = (limit: number) => {
      const scanner = leadingPacketScanner(limit);
      for (const byte of data) {
        const error = scanner.push(Uint8Array.of(byte));
        if (error !== null) return error.code;
      }
      return null;
    };
    expect(byteByByte(11)).toBe('too-many-packets');
    expect(byteByByte(12)).toBeNull();
  });
});
