// Issue 29's hostile replies made with real GnuPG: a bzip2-compressed reply with one
// ciphertext bit flipped (re-armored with a valid CRC) made `message open` exit 0 with
// nothing printed; a reply whose session-key packet is repeated 20,000 times took 18 s.
import { readFile } from 'node:fs/promises';
import * as openpgp from 'openpgp';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStream } from '../../shared/crypto/pgp/open-stream';
import { repeatFirstPacket } from '../../shared/crypto/pgp/testing/test-support';
import { openReply } from '../../shared/exchange/message';
import { airlockGroup } from '../unit/testing/cli';
import { makeOrg, type Org } from './airlock';
import { join, must, tempDir, writeTemp } from './tools';

const airlock = airlockGroup('message');
let org: Org;
let dir: string;
/** gpg's binary reply: bzip2-compressed, encrypted to the organisation key. */
let reply: Uint8Array;

beforeAll(async () => {
  [org, dir] = await Promise.all([makeOrg(), tempDir('hostile-reply')]);
  const home = join(dir, 'gnupg');
  await must('mkdir', ['-m', '700', '-p', home]);
  const plain = await writeTemp(
    dir,
    'reply.txt',
    '[AL-2026-0042] The fix ships in 2.4.1.\n'.repeat(200),
  );
  const out = join(dir, 'reply.gpg');
  await must('gpg', [
    ...['--homedir', home, '--batch', '--yes', '--trust-model', 'always'],
    ...['--compress-algo', 'bzip2', '--recipient-file', org.publicFile, '-o', out],
    ...['--encrypt', plain],
  ]);
  reply = new Uint8Array(await readFile(out));
});

/** Offset just past a packet header at `at` (definite one-, two- or five-octet lengths). */
function afterHeader(bytes: Uint8Array, at: number): { body: number; end: number } {
  const ctb = bytes[at] ?? 0;
  const b = (i: number) => bytes[at + i] ?? 0;
  if ((ctb & 0x40) === 0) {
    const size = [1, 2, 4][ctb & 0x03] ?? 0;
    let length = 0;
    for (let i = 1; i <= size; i += 1) length = length * 256 + b(i);
    return { body: at + 1 + size, end: at + 1 + size + length };
  }
  const first = b(1);
  if (first < 192) return { body: at + 2, end: at + 2 + first };
  if (first < 224) return { body: at + 3, end: at + 3 + ((first - 192) << 8) + b(2) + 192 };
  const length = ((b(2) << 24) | (b(3) << 16) | (b(4) << 8) | b(5)) >>> 0;
  return { body: at + 6, end: at + 6 + length };
}

/** The reply with one bit flipped, re-armored (openpgp.js writes a valid CRC). */
function flipped(at: number, bit: number): string {
  const copy = reply.slice();
  copy[at] = (copy[at] ?? 0) ^ (1 << bit);
  return openpgp.armor(openpgp.enums.armor.message, copy);
}

describe('gpg replies, tampered', () => {
  it('every bit flipped in the first two cipher blocks fails with a typed error', async () => {
    const pkesk = afterHeader(reply, 0);
    // SEIPD: header, version octet, then the ciphertext: random prefix + first packets.
    const start = afterHeader(reply, pkesk.end).body + 1;
    const codes = new Set<string>();
    for (let at = start; at < start + 32; at += 1) {
      for (let bit = 0; bit < 8; bit += 1) {
        const armored = flipped(at, bit);
        const streamed = await openStream(
          {
            input: new Blob([armored]).stream(),
            armored: true,
            decryptionKeys: [org.key],
            verificationKeys: [],
          },
          async (unverified) => {
            for await (const chunk of unverified) void chunk;
          },
        );
        const whole = await openReply({
          data: new TextEncoder().encode(armored),
          decryptionKeys: [org.key],
          knownKeys: [],
        });
        for (const result of [streamed, whole]) {
          expect(result.ok, `byte ${at} bit ${bit}`).toBe(false);
          if (!result.ok) codes.add(result.error.code);
        }
      }
    }
    expect(
      [...codes].every((c) => ['corrupt', 'truncated', 'not-openpgp', 'unsupported'].includes(c)),
    ).toBe(true);
  }, 300_000);

  it('the CLI exits non-zero with a JSON error, with and without --out', async () => {
    const pkesk = afterHeader(reply, 0);
    const start = afterHeader(reply, pkesk.end).body + 1;
    for (const at of [start + 15, start + 20, reply.length - 10]) {
      const file = await writeTemp(dir, `flipped-${at}.asc`, flipped(at, 6));
      for (const extra of [[], ['--out', join(dir, `flipped-${at}.txt`)]]) {
        const result = await airlock(
          ...['open', file, '--secret-key', org.secretFile, '--passphrase-file', org.passFile],
          ...['--json', ...extra],
        );
        expect(result.code, `byte ${at} ${extra.join(' ')}`).not.toBe(0);
        expect(result.json.ok).toBe(false);
        expect(typeof (result.json.error as { code?: unknown } | undefined)?.code).toBe('string');
      }
    }
  }, 120_000);

  it('a reply with its session-key packet repeated 20,000 times is refused', async () => {
    const hostile = await repeatFirstPacket(reply, 20_000);
    const file = await writeTemp(dir, 'recipients.gpg', hostile);
    const result = await airlock(
      ...[
        'open',
        file,
        '--secret-key',
        org.secretFile,
        '--passphrase-file',
        org.passFile,
        '--json',
      ],
    );
    expect(result).toMatchObject({
      code: 1,
      json: { ok: false, error: { code: 'too-many-packets' } },
    });
  }, 120_000);
});
