import { beforeAll, describe, expect, it } from 'vitest';
import { openStream } from './open-stream';
import { encryptRawPacket, makeTestKey, type TestKey } from './testing/test-support';

let org: TestKey;

beforeAll(async () => {
  org = await makeTestKey('Org');
});

const streamOf = (bytes: Uint8Array): ReadableStream<Uint8Array> =>
  new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();

async function open(data: Uint8Array) {
  let received = 0;
  const result = await openStream(
    { input: streamOf(data), armored: false, decryptionKeys: [org.key], verificationKeys: [] },
    async (unverified) => {
      for await (const chunk of unverified) received += chunk.length;
    },
  );
  return { result, received };
}

describe('openStream settles on every decrypted packet it cannot read', () => {
  // openpgp.js 6.3 streaming unauthenticated plaintext deadlocked here: the decrypt never
  // settled, and the CLI exited 0 with nothing printed (issue 29, a gpg bzip2 reply with
  // one ciphertext bit flipped garbled its first inner packet header the same way).
  it('a data packet that is not allowed there is refused with a typed error', async () => {
    // What the flipped bit left as the first inner packet header: tag 9 (symmetrically
    // encrypted data), a streamed packet type that may not appear inside SEIPD.
    const body = new Uint8Array(4096).fill(0x41);
    const { result, received } = await open(await encryptRawPacket({ tag: 9, body }, org.key));
    expect(result.ok ? 'opened' : result.error.code).toBe('corrupt');
    expect(received).toBe(0);
  });
});
