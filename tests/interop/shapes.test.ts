// E-mail shapes built around GnuPG output the way mail clients do (PGP/MIME encrypted and
// signed, inline PGP, ISO-2022-JP), hostile inputs, and the CLI contract end to end.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Key } from '../../shared/crypto/pgp';
import { openReply } from '../../shared/exchange/message';
import { makeOrg, open, publicKeyOf, statuses, type Org } from './airlock';
import { gpgProducer } from './gpg';
import { join, run, tempDir, writeTemp, type Producer, type ToolKey } from './tools';

// "日本語の返信" in ISO-2022-JP.
const JIS = Buffer.from('1b2442467c4b5c386c244e4a563f2e1b2842', 'hex');
const CRLF = '\r\n';

let org: Org;
let gpg: Producer;
let vendor: ToolKey;
let vendorKey: Key;
let dir: string;

beforeAll(async () => {
  [org, gpg, dir] = await Promise.all([makeOrg(), gpgProducer(), tempDir('shapes')]);
  vendor = await gpg.generate('ecc');
  vendorKey = await publicKeyOf(vendor);
});

const inner = [
  'Content-Type: multipart/mixed; boundary="in"',
  '',
  '--in',
  'Content-Type: text/plain; charset=ISO-2022-JP',
  'Content-Transfer-Encoding: 7bit',
  '',
  `[AL-2026-0042] ${JIS.toString('latin1')}`,
  '--in',
  'Content-Type: application/pdf; name="advisory.pdf"',
  'Content-Disposition: attachment; filename="advisory.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('%PDF-1.4 fake').toString('base64'),
  '--in--',
  '',
].join(CRLF);

const envelope = (contentType: string, parts: string[]) =>
  [
    'From: Vendor <gpg-ecc@vendor.example>',
    'Subject: =?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?= [AL-2026-0042]',
    'MIME-Version: 1.0',
    `Content-Type: ${contentType}; boundary="out"`,
    '',
    ...parts.map((p) => `--out${CRLF}${p}`),
    '--out--',
    '',
  ].join(CRLF);

describe('e-mail shapes made with GnuPG', () => {
  it('PGP/MIME encrypted (sign+encrypt) with an attachment, ISO-2022-JP text', async () => {
    const file = await writeTemp(dir, 'inner.eml', Buffer.from(inner, 'latin1'));
    const encrypted = (await gpg.encrypt(file, org.recipient, vendor, true)).toString();
    const eml = envelope('multipart/encrypted; protocol="application/pgp-encrypted"', [
      `Content-Type: application/pgp-encrypted${CRLF}${CRLF}Version: 1${CRLF}`,
      `Content-Type: application/octet-stream; name="encrypted.asc"${CRLF}${CRLF}${encrypted}`,
    ]);
    const opened = await open(org, Buffer.from(eml), [vendorKey]);
    expect(statuses(opened)).toEqual(['valid']);
    expect(
      opened.ok && [opened.reply.shape, opened.reply.encrypted, opened.reply.text.trim()],
    ).toEqual(['pgp-mime-encrypted', true, '[AL-2026-0042] 日本語の返信']);
    expect(opened.ok && opened.reply.attachments.map((a) => [a.name, a.size])).toEqual([
      ['advisory.pdf', 13],
    ]);
    expect(opened.ok && opened.reply.subject).toBe('日本語 [AL-2026-0042]');
  });

  it('PGP/MIME signed: valid, and invalid when the signed part changes', async () => {
    const file = await writeTemp(dir, 'signed-part', Buffer.from(inner, 'latin1'));
    const signature = (await gpg.detachSign(file, vendor, true)).toString();
    const eml = (part: string) =>
      envelope('multipart/signed; micalg=pgp-sha256; protocol="application/pgp-signature"', [
        part,
        `Content-Type: application/pgp-signature; name="signature.asc"${CRLF}${CRLF}${signature}`,
      ]);
    const opened = await open(org, Buffer.from(eml(inner), 'latin1'), [vendorKey]);
    expect(statuses(opened)).toEqual(['valid']);
    expect(opened.ok && opened.reply.shape).toBe('pgp-mime-signed');
    expect(opened.ok && opened.reply.attachments.map((a) => a.name)).toEqual(['advisory.pdf']);
    const tampered = inner.replace(
      Buffer.from('%PDF-1.4 fake').toString('base64'),
      Buffer.from('%PDF-1.4 evil').toString('base64'),
    );
    expect(statuses(await open(org, Buffer.from(eml(tampered), 'latin1'), [vendorKey]))).toEqual([
      'invalid',
    ]);
  });

  it('inline PGP in the body: encrypted+signed, and clearsigned ISO-2022-JP', async () => {
    const plain = await writeTemp(dir, 'jis.txt', JIS);
    const encrypted = (await gpg.encrypt(plain, org.recipient, vendor, true)).toString();
    const clearsigned = (await gpg.clearsign(plain, vendor)).toString('latin1');
    for (const [body, encryptedExpected] of [
      [encrypted, true],
      [clearsigned, false],
    ] as const) {
      const eml = [
        'From: v@vendor.example',
        'Subject: Re: [AL-2026-0042]',
        'Content-Type: text/plain; charset=ISO-2022-JP',
        '',
        body,
      ].join(CRLF);
      const opened = await open(org, Buffer.from(eml, 'latin1'), [vendorKey]);
      expect(statuses(opened)).toEqual(['valid']);
      expect(
        opened.ok && [opened.reply.shape, opened.reply.encrypted, opened.reply.text.trim()],
      ).toEqual(['eml-inline', encryptedExpected, '日本語の返信']);
    }
  });
});

describe('hostile files made with GnuPG', () => {
  it('truncated, flipped byte, wrong recipient', async () => {
    const plain = await writeTemp(dir, 'h.txt', 'hostile');
    const armored = (await gpg.encrypt(plain, org.recipient, vendor, true)).toString();
    expect(
      await open(org, Buffer.from(armored.slice(0, armored.length - 200)), [vendorKey]),
    ).toEqual({ ok: false, code: 'truncated' });
    const binary = await gpg.encrypt(plain, org.recipient, vendor, false);
    const flipped = Buffer.from(binary);
    flipped[flipped.length - 5] = (flipped[flipped.length - 5] ?? 0) ^ 0xff;
    const flippedResult = await open(org, flipped, [vendorKey]);
    expect(flippedResult.ok).toBe(false);
    const vendorPub = await writeTemp(dir, 'vendor.asc', vendor.publicKey);
    const forVendor = await gpg.encrypt(
      plain,
      { file: vendorPub, fingerprint: vendor.fingerprint },
      vendor,
      true,
    );
    expect(await open(org, forVendor, [vendorKey])).toEqual({
      ok: false,
      code: 'no-decryption-key',
    });
  });

  it('a compression bomb stops at the decompression cap', async () => {
    const zeros = await writeTemp(dir, 'zeros', new Uint8Array(32 * 1024 * 1024));
    const home = join(dir, 'bomb');
    const out = join(dir, 'bomb.gpg');
    const args = [
      '--homedir',
      home,
      '--batch',
      '--yes',
      '--trust-model',
      'always',
      '--compress-algo',
      'zlib',
      '-z',
      '9',
    ];
    await run('mkdir', ['-p', home]);
    await run('chmod', ['700', home]);
    const result = await run('gpg', [
      ...args,
      '--recipient-file',
      org.publicFile,
      '-o',
      out,
      '--encrypt',
      zeros,
    ]);
    expect(result.code, result.stderr).toBe(0);
    const bomb = await readFile(out);
    expect(bomb.length).toBeLessThan(200_000);
    const opened = await openReply({
      data: bomb,
      decryptionKeys: [org.key],
      knownKeys: [],
      limits: { maxInputBytes: 1024 * 1024, maxDecompressedBytes: 4 * 1024 * 1024 },
    });
    expect(opened.ok ? 'opened' : opened.error.code).toBe('decompression-limit');
  });
});

describe('CLI contract (npm run -s airlock -- message ...)', () => {
  const cli = async (args: string[]) => {
    const result = await run('npm', ['run', '-s', 'airlock', '--', ...args]);
    return {
      code: result.code,
      json: JSON.parse(result.stdout.toString()) as Record<string, unknown>,
    };
  };

  it('open prints the exact success object, and a typed failure for a truncated file', async () => {
    const plain = await writeTemp(dir, 'cli.txt', '[AL-2026-0042] reply\n');
    const reply = await writeTemp(
      dir,
      'reply.asc',
      await gpg.encrypt(plain, org.recipient, vendor, true),
    );
    const known = await writeTemp(dir, 'known.asc', vendor.publicKey);
    const base = ['--secret-key', org.secretFile, '--passphrase-file', org.passFile, '--json'];
    const signature = await writeTemp(
      dir,
      'cli.txt.sig',
      await gpg.detachSign(plain, vendor, false),
    );
    const truncated = await writeTemp(dir, 'trunc.asc', (await readFile(reply)).subarray(0, 300));
    // Independent invocations run side by side: each pays npm + tsx start-up.
    const [ok, detached, failed] = await Promise.all([
      cli(['message', 'open', reply, ...base, '--known-key', known]),
      cli(['message', 'open', plain, '--signature', signature, ...base]),
      cli(['message', 'open', truncated, ...base]),
    ]);
    expect(ok).toEqual({
      code: 0,
      json: {
        ok: true,
        encrypted: true,
        signatures: [{ status: 'valid', fingerprint: vendor.fingerprint }],
        text: '[AL-2026-0042] reply\n',
        charset: 'utf-8',
        attachments: [],
      },
    });
    expect(detached.json).toMatchObject({
      ok: true,
      encrypted: false,
      signatures: [{ status: 'unknown-key', fingerprint: vendor.fingerprint }],
    });
    expect(failed.code).not.toBe(0);
    expect(failed.json).toMatchObject({ ok: false, error: { code: 'truncated' } });
  });

  it('seal writes what gpg decrypts and verifies', async () => {
    const plain = await writeTemp(dir, 'out.txt', '[AL-2026-0042] 連絡\n');
    const vendorPub = await writeTemp(dir, 'vendor-pub.asc', vendor.publicKey);
    const out = join(dir, 'sealed.asc');
    const sealed = await cli([
      'message',
      'seal',
      '--in',
      plain,
      '--to',
      vendorPub,
      '--sign-with',
      org.secretFile,
      '--passphrase-file',
      org.passFile,
      '--out',
      out,
    ]);
    expect(sealed.json).toMatchObject({ ok: true });
    const result = await gpg.decryptVerify(out, vendor, org.publicFile);
    expect(result.goodSignature, result.log).toBe(true);
    expect(result.plaintext.toString()).toBe('[AL-2026-0042] 連絡\n');
  });
});
