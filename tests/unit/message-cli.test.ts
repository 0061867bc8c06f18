import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { airlockGroup } from './testing/cli';
import { openBinary } from '../../shared/crypto/pgp';
import { openReply } from '../../shared/exchange/message';
import * as openpgp from 'openpgp';
import {
  encryptRawPacket,
  makeTestKey,
  repeatFirstPacket,
  vendorMessage,
  type TestKey,
} from '../../shared/crypto/pgp/testing/test-support';
import { nestedMultipart, pgpMimeEml } from '../../shared/exchange/message/testing/hostile-mail';
import { sampleDocument, sampleHandOver } from '../../shared/exchange/bundle/testing/sample-case';

/**
 * `message open --out` and `message seal` through the launcher and the prebuilt bundle
 * (`node scripts/airlock.mjs`, what `npm run -s airlock` runs): the streamed paths write
 * the file only once everything is verified, and the JSON says what was written.
 */
const airlock = airlockGroup('message');

let dir: string;
let org: TestKey;
let vendor: TestKey;
const files = { orgSecret: '', pass: '', vendorPublic: '' };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-message-cli-'));
  [org, vendor] = await Promise.all([makeTestKey('Org'), makeTestKey('Vendor')]);
  files.orgSecret = path.join(dir, 'org.asc');
  files.pass = path.join(dir, 'pass.txt');
  files.vendorPublic = path.join(dir, 'vendor.asc');
  await Promise.all([
    writeFile(files.orgSecret, org.armoredSecret),
    writeFile(files.pass, `${org.passphrase}\n`),
    writeFile(files.vendorPublic, vendor.armoredPublic),
  ]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const openArgs = (file: string, out: string) => [
  ...['open', file, '--secret-key', files.orgSecret, '--passphrase-file', files.pass],
  ...['--known-key', files.vendorPublic, '--json', '--out', out],
];

describe('airlock message (prebuilt CLI, streamed)', () => {
  it('open --out writes the reply and prints its size and sha256 instead of the text', async () => {
    const text = '[AL-2026-0042] 返信 reply line\n'.repeat(50_000);
    const reply = path.join(dir, 'reply.asc');
    await writeFile(
      reply,
      await vendorMessage({ text, signer: vendor.key, encryptTo: [org.key, vendor.key] }),
    );
    const out = path.join(dir, 'reply.txt');
    const result = await airlock(...openArgs(reply, out));
    const bytes = new TextEncoder().encode(text);
    expect(result).toEqual({
      code: 0,
      json: {
        ok: true,
        encrypted: true,
        signatures: [{ status: 'valid', fingerprint: vendor.key.getFingerprint().toUpperCase() }],
        charset: null,
        out,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        attachments: [],
      },
    });
    expect(await readFile(out, 'utf8')).toBe(text);
  }, 120_000);

  it('open without --out prints what openReply opens (armored with a Charset, and binary)', async () => {
    const text = '[AL-2026-0042] 返信\n'.repeat(30_000);
    const armored = (await vendorMessage({
      text,
      signer: vendor.key,
      encryptTo: [org.key],
    })) as string;
    const withCharset = armored.replace(
      '-----BEGIN PGP MESSAGE-----\n',
      '-----BEGIN PGP MESSAGE-----\nCharset: UTF-8\n',
    );
    const binary = await vendorMessage({
      text: 'binary',
      signer: vendor.key,
      encryptTo: [org.key],
      format: 'binary',
    });
    // Streamed from the spool (UTF-8 text; a file, with NUL bytes) or read whole from it
    // (ISO-2022-JP, found by detection): each the JSON openReply gives.
    const file = await vendorMessage({
      text: 'PK\0\0 not text',
      signer: vendor.key,
      encryptTo: [org.key],
      format: 'binary',
    });
    const jis = await vendorMessage({
      text: '\x1b$B$3$s$K$A$O\x1b(B\r\n',
      signer: vendor.key,
      encryptTo: [org.key],
    });
    for (const [name, data] of [
      ['charset.asc', withCharset],
      ['binary.gpg', binary],
      ['file.zip.gpg', file],
      ['jis.asc', jis],
    ] as const) {
      const file = path.join(dir, name);
      await writeFile(file, data);
      const expected = await openReply({
        data: await readFile(file),
        fileName: name,
        decryptionKeys: [org.key],
        knownKeys: [vendor.key.toPublic()],
      });
      if (!expected.ok) throw new Error(expected.error.message);
      const { encrypted, signatures, charset, text: body, attachments } = expected.value;
      const result = await airlock(...openArgs(file, '').slice(0, -2));
      expect(result, name).toEqual({
        code: 0,
        json: {
          ok: true,
          encrypted,
          signatures: signatures.map((s) => ({ status: s.status, fingerprint: s.fingerprint })),
          charset,
          text: body,
          attachments: attachments.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 })),
        },
      });
    }
  }, 120_000);

  it('open --out of a tampered reply fails as corrupt and writes nothing', async () => {
    const sealed = (await vendorMessage({
      text: 'tampered '.repeat(10_000),
      signer: vendor.key,
      encryptTo: [org.key],
      format: 'binary',
    })) as Uint8Array;
    const at = sealed.length - 30;
    sealed[at] = (sealed[at] ?? 0) ^ 0x01;
    const reply = path.join(dir, 'tampered.gpg');
    await writeFile(reply, sealed);
    const before = (await readdir(dir)).sort();
    const result = await airlock(...openArgs(reply, path.join(dir, 'tampered.txt')));
    expect(result.code).not.toBe(0);
    expect(result.json).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect((await readdir(dir)).sort()).toEqual(before);
  }, 120_000);

  it('seal writes a message the recipient opens with a valid signature', async () => {
    const plain = path.join(dir, 'plain.txt');
    await writeFile(plain, '[AL-2026-0042] 連絡\n'.repeat(1000));
    const out = path.join(dir, 'sealed.asc');
    const result = await airlock(
      ...['seal', '--in', plain, '--to', files.vendorPublic, '--sign-with', files.orgSecret],
      ...['--passphrase-file', files.pass, '--out', out],
    );
    expect(result).toMatchObject({ code: 0, json: { ok: true, out } });
    const opened = await openBinary({
      data: await readFile(out, 'utf8'),
      decryptionKeys: [vendor.key],
      verificationKeys: [org.key.toPublic()],
    });
    expect(opened.ok && opened.value.signatures.map((s) => s.status)).toEqual(['valid']);
    expect(opened.ok && new TextDecoder().decode(opened.value.data)).toBe(
      '[AL-2026-0042] 連絡\n'.repeat(1000),
    );
  }, 120_000);
  it('seal marks the literal data as text from the whole file, not its first chunk', async () => {
    const literalFormat = async (plain: Uint8Array): Promise<number> => {
      const file = path.join(dir, 'flag-plain.bin');
      const out = path.join(dir, 'flag-sealed.asc');
      await writeFile(file, plain);
      await rm(out, { force: true });
      const result = await airlock(
        ...['seal', '--in', file, '--to', files.vendorPublic, '--sign-with', files.orgSecret],
        ...['--passphrase-file', files.pass, '--out', out],
      );
      expect(result).toMatchObject({ code: 0, json: { ok: true } });
      const message = await openpgp.readMessage({ armoredMessage: await readFile(out, 'utf8') });
      const decrypted = await message.decrypt([vendor.key]);
      const literal = decrypted.packets.findPacket(openpgp.enums.packet.literalData);
      return (literal as unknown as { format: number }).format;
    };
    const utf8 = new TextEncoder().encode('[AL-2026-0042] 連絡\n'.repeat(80_000));
    // Valid UTF-8 for its first 1.8 MB, then a stray byte: not UTF-8, nor Shift_JIS/EUC-JP.
    const strayAtEnd = new Uint8Array([...utf8, 0xff, 0x0a]);
    // 連絡 in Shift_JIS: text, decoded by detection.
    const shiftJis = new Uint8Array([0x98, 0x41, 0x97, 0x8d, 0x0a]);
    expect(await literalFormat(utf8)).toBe(openpgp.enums.literal.utf8);
    expect(await literalFormat(strayAtEnd)).toBe(openpgp.enums.literal.binary);
    expect(await literalFormat(shiftJis)).toBe(openpgp.enums.literal.utf8);
  }, 120_000);
});

describe('airlock message seal --case (issue 27 item 4: hand-over)', () => {
  it('refuses a letter on a case this organisation handed over, before writing anything', async () => {
    const doc = sampleDocument();
    const handOver = sampleHandOver('A'.repeat(40), 'CERT/CC');
    const kept = path.join(dir, 'case-kept.json');
    const handed = path.join(dir, 'case-handed.json');
    await writeFile(kept, JSON.stringify(doc));
    await writeFile(handed, JSON.stringify({ ...doc, events: [...doc.events, handOver] }));
    const plain = path.join(dir, 'letter.txt');
    await writeFile(plain, '[AL-2026-0042] reminder\n');
    const seal = (casePath: string, out: string) =>
      airlock(
        ...['seal', '--in', plain, '--to', files.vendorPublic, '--sign-with', files.orgSecret],
        ...['--passphrase-file', files.pass, '--out', out, '--case', casePath],
      );
    const refusedOut = path.join(dir, 'handed.asc');
    const refused = await seal(handed, refusedOut);
    expect(refused.code).not.toBe(0);
    expect(refused.json).toMatchObject({ ok: false, error: { code: 'coordination-transferred' } });
    expect((refused.json.error as { message: string }).message).toContain('handed over to CERT/CC');
    expect((await readdir(dir)).includes('handed.asc')).toBe(false);
    const keptOut = path.join(dir, 'kept.asc');
    expect(await seal(kept, keptOut)).toMatchObject({ code: 0, json: { ok: true, out: keptOut } });
  }, 120_000);
});

/** Opens `name` with and without --out: both fail with `code`, and no file appears. */
async function expectRefused(name: string, data: string | Uint8Array, code: string) {
  const file = path.join(dir, name);
  await writeFile(file, data);
  const before = (await readdir(dir)).sort();
  for (const extra of [[], ['--out', path.join(dir, `${name}.out`)]]) {
    const result = await airlock(...openArgs(file, '').slice(0, -2), ...extra);
    expect(result.code, `${name} ${extra.join(' ')}`).not.toBe(0);
    expect(result.json).toMatchObject({ ok: false, error: { code } });
    expect(Object.keys(result.json.error as object).sort()).toEqual(['code', 'message']);
  }
  expect((await readdir(dir)).sort()).toEqual(before);
}

// Issue 29's hostile replies: each exits non-zero with one JSON error of a typed code,
// with and without --out, and --out writes nothing.
describe('airlock message open: hostile replies', () => {
  it('a reply whose decrypted first packet cannot be read fails (it printed nothing and exited 0)', async () => {
    const body = new Uint8Array(4096).fill(0x41);
    const binary = await encryptRawPacket({ tag: 9, body }, org.key);
    await expectRefused('unreadable.gpg', binary, 'corrupt');
    await expectRefused(
      'unreadable.asc',
      openpgp.armor(openpgp.enums.armor.message, binary),
      'corrupt',
    );
  }, 120_000);

  it('a reply with its session-key packet repeated 20,000 times is refused as too-many-packets', async () => {
    const sealed = (await vendorMessage({
      text: '[AL-2026-0042] reply',
      signer: vendor.key,
      encryptTo: [org.key],
      format: 'binary',
    })) as Uint8Array;
    await expectRefused(
      'recipients.gpg',
      await repeatFirstPacket(sealed, 20_000),
      'too-many-packets',
    );
  }, 120_000);

  it('a PGP/MIME reply nested 300 multipart levels deep is mime-too-deep, not internal', async () => {
    const armored = (await vendorMessage({
      text: nestedMultipart(300, '[AL-2026-0042] deep'),
      signer: vendor.key,
      encryptTo: [org.key],
    })) as string;
    await expectRefused('deep.eml', pgpMimeEml(armored), 'mime-too-deep');
  }, 120_000);
});
