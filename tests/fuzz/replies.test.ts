// Replies of every shape, damaged and hostile, through `airlock message open` (with and
// without --out) and the app's reply import (openReply).
import fc from 'fast-check';
import * as openpgp from 'openpgp';
import { beforeAll, describe, expect, it } from 'vitest';
import { encryptArmored, encryptBinary } from '../../shared/crypto/pgp/calls';
import { nestedMultipart, pgpMimeEml } from '../../shared/exchange/message/testing/hostile-mail';
import { reportTally, runs, samples } from './kit';
import { targets, type Reply, type Targets } from './targets';
import { applyBytes, byteMutation, hostileString, mutatedBytes } from './mutate';
import { corpusFile, corpusFolder, loadKeys, type FuzzKeys } from './seeds';

let keys: FuzzKeys;
let t: Targets;
const replies = corpusFolder('replies');
const names = [...replies.keys()];
const seeds = [...replies.values()];
const enc = new TextEncoder();

beforeAll(async () => {
  keys = await loadKeys();
  t = targets(keys);
});
reportTally('replies');

const tryReply = (label: string, reply: Reply) => t.reply(label, reply);

/** The length of the first OpenPGP packet (header included) of a binary message. */
function firstPacketLength(data: Uint8Array): number {
  const tag = data[0] ?? 0;
  if ((tag & 0x40) !== 0) {
    const first = data[1] ?? 0;
    if (first < 192) return 2 + first;
    if (first < 224) return 3 + ((first - 192) << 8) + (data[2] ?? 0) + 192;
    return 6 + new DataView(data.buffer, data.byteOffset + 2, 4).getUint32(0);
  }
  const lengthType = tag & 3;
  if (lengthType === 0) return 2 + (data[1] ?? 0);
  if (lengthType === 1) return 3 + (((data[1] ?? 0) << 8) | (data[2] ?? 0));
  return 5 + new DataView(data.buffer, data.byteOffset + 1, 4).getUint32(0);
}

const mailPlaintexts: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1, max: 400 }).map((depth) => nestedMultipart(depth, 'AL-2026-0042 reply')),
  fc
    .tuple(fc.constantFrom('shift_jis', 'x-unknown', 'utf-7', 'iso-2022-jp', ''), hostileString)
    .map(([charset, body]) =>
      [
        'MIME-Version: 1.0',
        `Content-Type: text/plain; charset="${charset}"`,
        'Content-Transfer-Encoding: base64',
        '',
        body,
        '',
      ].join('\n'),
    ),
  hostileString,
);

/** Plaintext an attacker controls, validly signed and encrypted: the decoders are the target. */
const hostileContent: fc.Arbitrary<{ plain: Uint8Array; armored: boolean; eml: boolean }> =
  fc.record({
    plain: fc.oneof(
      fc.uint8Array({ maxLength: 2048 }),
      mailPlaintexts.map((t) => enc.encode(t)),
    ),
    armored: fc.boolean(),
    eml: fc.boolean(),
  });

const armoredTextMutation = fc.constantFrom(
  (t: string) => t.replace(/\r?\n/g, '\r\n'),
  (t: string) => t.replace(/\r\n/g, '\n').replace(/\n/g, '\r'),
  (t: string) =>
    t.replace('-----BEGIN PGP MESSAGE-----\n', '-----BEGIN PGP MESSAGE-----\nCharset: Shift_JIS\n'),
  (t: string) => t.replace(/\n=[A-Za-z0-9+/]{4}\n/, '\n'),
  (t: string) => t.replace(/\n=[A-Za-z0-9+/]{4}\n/, '\n=AAAA\n'),
  (t: string) => `Hello,\n\n${t}\n\n${t}`,
  (t: string) => t.replace(/\n\n/, '\n'),
  (t: string) => t.replaceAll('-----END', '-----BEGIN'),
  (t: string) => t.replace(/([A-Za-z0-9+/]{64})/, '$1$1$1'),
);

describe('fuzz: replies', () => {
  it('every seed opens in the CLI and the app (the set-up is sound)', async () => {
    for (const [name, data] of replies) {
      const outcomes = await tryReply(`seed-${name}`, { name, data, out: false });
      expect([name, ...outcomes.map((o) => o.kind)]).toEqual([name, 'accepted', 'accepted']);
    }
  });

  it('damaged bytes of every reply shape', async () => {
    const inputs = samples(fc.tuple(mutatedBytes(seeds), fc.boolean()), 2901, runs(300, 40));
    for (const [{ seed, bytes }, out] of inputs) {
      const name = names[seed] ?? 'reply.asc';
      await tryReply(`reply-${name}`, { name, data: bytes, out });
    }
  }, 3_600_000);

  it('a detached signature beside its file, either one damaged', async () => {
    const data = corpusFile('replies/detached/patch.diff');
    const signature = corpusFile('replies/detached/patch.diff.sig');
    const inputs = samples(
      fc.tuple(fc.boolean(), fc.array(byteMutation, { minLength: 1, maxLength: 3 })),
      2902,
      runs(80, 8),
    );
    for (const [damageData, ms] of inputs) {
      await tryReply('detached', {
        name: 'patch.diff',
        data: damageData ? applyBytes(data, ms) : data,
        signature: damageData ? signature : applyBytes(signature, ms),
        out: false,
      });
    }
  }, 3_600_000);

  it('armor damaged as text (line ends, headers, checksum, doubled blocks)', async () => {
    const armored = names.filter((n) => n.endsWith('.asc') || n.endsWith('.eml'));
    const inputs = samples(
      fc.tuple(
        fc.constantFrom(...armored),
        fc.array(armoredTextMutation, { minLength: 1, maxLength: 2 }),
      ),
      2903,
      runs(60, 8),
    );
    for (const [name, edits] of inputs) {
      const text = new TextDecoder().decode(replies.get(name));
      const data = enc.encode(edits.reduce((t, edit) => edit(t), text));
      await tryReply(`armor-${name}`, { name, data, out: false });
    }
  }, 3_600_000);

  it('the session-key packet repeated (up to 30,000 times)', async () => {
    const binary = ['signed-encrypted.gpg', 'gpg-bzip2.gpg'];
    const inputs = samples(
      fc.tuple(
        fc.constantFrom(...binary),
        fc.oneof(fc.integer({ min: 2, max: 120 }), fc.integer({ min: 1000, max: 30_000 })),
      ),
      2904,
      runs(30, 4),
    );
    for (const [name, times] of inputs) {
      const seed = replies.get(name) ?? new Uint8Array();
      const data = applyBytes(seed, [
        { op: 'repeat', at: 0, length: firstPacketLength(seed), times },
      ]);
      await tryReply(`pkesk-x${times}`, { name, data, out: times % 2 === 0 });
    }
  }, 3_600_000);

  it('hostile content under a valid signature and encryption', async () => {
    const inputs = samples(hostileContent, 2905, runs(120, 12));
    for (const { plain, armored, eml } of inputs) {
      const message = await openpgp.createMessage({ binary: plain });
      const common = { message, encryptionKeys: [keys.org.toPublic()], signingKeys: [keys.vendor] };
      const sealed =
        armored || eml
          ? await encryptArmored({ ...common, format: 'armored' })
          : await encryptBinary({ ...common, format: 'binary' });
      const data = eml
        ? enc.encode(pgpMimeEml(String(sealed)))
        : typeof sealed === 'string'
          ? enc.encode(sealed)
          : sealed;
      await tryReply('content', {
        name: eml ? 'reply.eml' : armored ? 'reply.asc' : 'reply.gpg',
        data,
        out: !eml && plain.length % 2 === 0,
      });
    }
  }, 3_600_000);
});
