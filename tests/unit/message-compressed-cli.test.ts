import { readFileSync } from 'node:fs';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptBinary } from '../../shared/crypto/pgp/calls';
import { openReply } from '../../shared/exchange/message';
import {
  encryptRawPacket,
  makeTestKey,
  type TestKey,
} from '../../shared/crypto/pgp/testing/test-support';
import { patchInflate } from '../../scripts/openpgp-node-inflate.mjs';
import { patchLazyAesTables } from '../../scripts/openpgp-lazy-aes-tables.mjs';
import { airlockGroup } from './testing/cli';

/**
 * The CLI bundle inflates compressed packets (ZIP, ZLIB: GnuPG's default) with a zlib stream
 * that inflates only what its reader asks for (scripts/openpgp-node-inflate.mjs), where
 * openpgp.js as published uses Node's DecompressionStream: the same text and the same
 * refusals as before, in both modes (openReply runs openpgp.js as published).
 */
const airlock = airlockGroup('message');

let dir: string;
let org: TestKey;
let vendor: TestKey;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-compressed-cli-'));
  [org, vendor] = await Promise.all([makeTestKey('Org'), makeTestKey('Vendor')]);
  await Promise.all([
    writeFile(file('org.asc'), org.armoredSecret),
    writeFile(file('pass.txt'), org.passphrase),
    writeFile(file('vendor.asc'), vendor.armoredPublic),
  ]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const openArgs = (reply: string) => [
  ...['open', reply, '--secret-key', file('org.asc'), '--passphrase-file', file('pass.txt')],
  ...['--known-key', file('vendor.asc'), '--json'],
];

async function opened(data: Uint8Array) {
  const result = await openReply({
    data,
    decryptionKeys: [org.key],
    knownKeys: [vendor.key.toPublic()],
  });
  return result.ok ? result.value : result.error.code;
}

describe('compressed replies in the CLI bundle', () => {
  it.each([
    ['zip', openpgp.enums.compression.zip],
    ['zlib', openpgp.enums.compression.zlib],
  ] as const)(
    'a %s-compressed reply opens as openReply opens it, with --json and with --out',
    async (name, algorithm) => {
      // Compresses about 50:1: each chunk read inflates to many, the reader sets the pace.
      const text = Array.from({ length: 20_000 }, (_, i) => `[AL-2026-0042] line ${i} 返信\n`).join(
        '',
      );
      const sealed = await encryptBinary({
        message: await openpgp.createMessage({ binary: new TextEncoder().encode(text) }),
        encryptionKeys: org.key.toPublic(),
        signingKeys: vendor.key,
        format: 'binary',
        config: { preferredCompressionAlgorithm: algorithm },
      });
      const reply = file(`${name}.gpg`);
      await writeFile(reply, sealed);
      const expected = await opened(sealed);
      expect(typeof expected === 'string' ? expected : expected.text).toBe(text);

      const json = await airlock(...openArgs(reply));
      expect(json).toMatchObject({
        code: 0,
        json: {
          ok: true,
          text,
          charset: 'utf-8',
          signatures: [{ status: 'valid', fingerprint: vendor.key.getFingerprint().toUpperCase() }],
        },
      });
      const out = file(`${name}.txt`);
      const written = await airlock(...openArgs(reply), '--out', out);
      expect(written).toMatchObject({ code: 0, json: { ok: true, out } });
      expect(await readFile(out, 'utf8')).toBe(text);
    },
    60_000,
  );

  it('a damaged or truncated deflate stream is refused, the same way in both modes', async () => {
    const deflated = deflateRawSync(Buffer.from('a line of the reply\n'.repeat(5000)));
    const cases = {
      // ZIP (1) with a stream cut in half: zlib's "unexpected end of file".
      truncated: [1, ...deflated.subarray(0, deflated.length >> 1)],
      // ZLIB (2) with a wrong header: zlib's "incorrect header check".
      'bad header': [2, 0x78, 0x00, ...deflateSync(Buffer.from('text')).subarray(2)],
      // ZIP (1) with a block type that does not exist.
      'bad block': [1, 0xff, 0xff, 0xff, 0xff],
    };
    const refusals: Record<string, unknown[]> = {};
    for (const [name, body] of Object.entries(cases)) {
      const sealed = await encryptRawPacket({ tag: 8, body: new Uint8Array(body) }, org.key);
      const reply = file(`${name}.gpg`);
      await writeFile(reply, sealed);
      const out = file(`${name}.txt`);
      refusals[name] = [
        await opened(sealed),
        ...(await Promise.all([
          airlock(...openArgs(reply)),
          airlock(...openArgs(reply), '--out', out),
        ])),
      ];
    }
    // The same refusal in both modes, in the words every unparsable message gets
    // (classifyMessageError: "not an OpenPGP message, or it is damaged", openpgp.js's own
    // words kept in brackets); the streamed path reports the cut stream as a parse failure
    // where openReply, in memory, says truncated.
    const refused = (message: string) => ({
      code: 1,
      json: {
        ok: false,
        error: {
          code: 'not-openpgp',
          message: `not an OpenPGP message, or it is damaged (Parsing CompressedDataPacket failed: ${message})`,
        },
      },
    });
    const parsing =
      'Error during parsing. This message / key probably does not conform to a valid OpenPGP format.';
    expect(refusals).toEqual({
      truncated: ['truncated', refused(parsing), refused(parsing)],
      'bad header': [
        'not-openpgp',
        refused('incorrect header check'),
        refused('incorrect header check'),
      ],
      'bad block': ['not-openpgp', refused('invalid block type'), refused('invalid block type')],
    });
  }, 60_000);

  it('an AEAD (OCB) reply opens in both modes', async () => {
    const text = '[AL-2026-0042] AEAD reply\n'.repeat(1000);
    const sealed = await encryptBinary({
      message: await openpgp.createMessage({ binary: new TextEncoder().encode(text) }),
      encryptionKeys: org.key.toPublic(),
      signingKeys: vendor.key,
      format: 'binary',
      config: { aeadProtect: true, preferredAEADAlgorithm: openpgp.enums.aead.ocb },
    });
    const reply = file('aead.gpg');
    await writeFile(reply, sealed);
    expect(await airlock(...openArgs(reply))).toMatchObject({
      code: 0,
      json: { ok: true, text, signatures: [{ status: 'valid' }] },
    });
    const out = file('aead.txt');
    expect(await airlock(...openArgs(reply), '--out', out)).toMatchObject({ code: 0 });
    expect(await readFile(out, 'utf8')).toBe(text);
  }, 60_000);

  it('the build refuses an openpgp.js without the anchors its patches replace', () => {
    expect(() => patchInflate('export const nothing = 1;')).toThrow(/update the patch/);
    expect(() => patchLazyAesTables('export const nothing = 1;')).toThrow(/update the patch/);
    // Every read of the tables is one the patch knows: made on first use, never undefined.
    const source = readFileSync('node_modules/openpgp/dist/node/openpgp.mjs', 'utf8');
    expect(patchLazyAesTables(source)).not.toMatch(/\btable(En|De)coding\b/);
    expect(() => patchLazyAesTables(`${source}\nconst x = tableEncoding.T0;`)).toThrow(
      /update the patch/,
    );
  });
});
