// Japanese text in the other e-mail shapes, made with GnuPG: PGP/MIME signed (the text part
// in EUC-JP, quoted-printable), PGP/MIME encrypted (Shift_JIS, base64), an inline-signed
// PGP MESSAGE in a Shift_JIS body, and the CLI's `charset` in `message open` JSON.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Key } from '../../shared/crypto/pgp';
import { makeOrg, open, publicKeyOf, statuses, type Opened, type Org } from './airlock';
import { gpgProducer } from './gpg';
import { base64Lines, encodeAs, quotedPrintable, textEml, withCrlf } from './japanese-mail';
import { run, tempDir, writeTemp, type Producer, type ToolKey } from './tools';

const TEXT = '[AL-2026-0042] 修正版を公開しました。\nソフトウェア一覧表をご覧ください';
const CRLF = '\r\n';

let org: Org;
let gpg: Producer;
let vendor: ToolKey;
let vendorKey: Key;
let dir: string;

beforeAll(async () => {
  [org, gpg, dir] = await Promise.all([makeOrg(), gpgProducer(), tempDir('japanese-mime')]);
  vendor = await gpg.generate('ecc');
  vendorKey = await publicKeyOf(vendor);
});

const shown = (opened: Opened) =>
  opened.ok ? { text: opened.reply.text, charset: opened.reply.charset } : opened.code;

/** A text/plain MIME part (headers + encoded body), CRLF, as a latin1 string. */
async function textPart(
  charset: 'EUC-JP' | 'Shift_JIS',
  encoding: 'quoted-printable' | 'base64',
): Promise<string> {
  const bytes = withCrlf(await encodeAs(TEXT, charset === 'EUC-JP' ? 'euc-jp' : 'shift_jis'));
  const body = encoding === 'base64' ? base64Lines(bytes) : quotedPrintable(bytes);
  return [
    `Content-Type: text/plain; charset=${charset}`,
    `Content-Transfer-Encoding: ${encoding}`,
    '',
    body,
  ].join(CRLF);
}

const envelope = (contentType: string, parts: string[]) =>
  Buffer.from(
    [
      'From: PSIRT <psirt@vendor.example>',
      'Subject: [AL-2026-0042] Re: report',
      'MIME-Version: 1.0',
      `Content-Type: ${contentType}; boundary="b1"`,
      '',
      ...parts.map((p) => `--b1${CRLF}${p}`),
      '--b1--',
      '',
    ].join(CRLF),
    'latin1',
  );

describe('Japanese text in PGP/MIME and inline PGP e-mails (GnuPG)', () => {
  it('PGP/MIME signed, EUC-JP quoted-printable part: valid, text exact; changed byte invalid', async () => {
    const part = await textPart('EUC-JP', 'quoted-printable');
    const signature = await gpg.detachSign(
      await writeTemp(dir, 'part.eml', Buffer.from(part, 'latin1')),
      vendor,
      true,
    );
    const eml = (signed: string) =>
      envelope('multipart/signed; micalg=pgp-sha256; protocol="application/pgp-signature"', [
        signed,
        `Content-Type: application/pgp-signature${CRLF}${CRLF}${signature.toString()}`,
      ]);
    const opened = await open(org, eml(part), [vendorKey]);
    expect(statuses(opened)).toEqual(['valid']);
    expect(shown(opened)).toEqual({ text: TEXT, charset: 'euc-jp' });
    // "=BD=A4" is 修 in EUC-JP: one byte up is another kanji.
    expect(part).toContain('=BD=A4');
    const tampered = part.replace('=BD=A4', '=BD=A5');
    expect(statuses(await open(org, eml(tampered), [vendorKey]))).toEqual(['invalid']);
  });

  it('PGP/MIME encrypted, Shift_JIS base64 part: valid, text exact', async () => {
    const inner = Buffer.from(`${await textPart('Shift_JIS', 'base64')}${CRLF}`, 'latin1');
    const encrypted = await gpg.encrypt(
      await writeTemp(dir, 'inner.eml', inner),
      org.recipient,
      vendor,
      true,
    );
    const eml = envelope('multipart/encrypted; protocol="application/pgp-encrypted"', [
      `Content-Type: application/pgp-encrypted${CRLF}${CRLF}Version: 1${CRLF}`,
      `Content-Type: application/octet-stream${CRLF}${CRLF}${encrypted.toString()}`,
    ]);
    const opened = await open(org, eml, [vendorKey]);
    expect(statuses(opened)).toEqual(['valid']);
    expect(shown(opened)).toEqual({ text: TEXT, charset: 'shift_jis' });
  });

  it('inline-signed PGP MESSAGE in a Shift_JIS body: the literal is read as Shift_JIS', async () => {
    const sjis = await encodeAs(TEXT, 'shift_jis');
    const signed = await gpg.sign(await writeTemp(dir, 'inline.txt', sjis), vendor, true);
    const greeting = await encodeAs('お世話になっております。\n', 'shift_jis');
    const body = Buffer.concat([greeting, signed]);
    const eml = textEml({ charset: 'Shift_JIS', encoding: 'quoted-printable', body });
    const opened = await open(org, eml, [vendorKey]);
    expect(statuses(opened)).toEqual(['valid']);
    expect(shown(opened)).toEqual({ text: TEXT, charset: 'shift_jis' });
  });

  it('the CLI `message open` JSON carries the charset', async () => {
    const sjis = await encodeAs(TEXT, 'shift_jis');
    const clearsigned = await gpg.clearsign(await writeTemp(dir, 'cli.txt', sjis), vendor);
    const file = await writeTemp(dir, 'cli.txt.asc', clearsigned);
    const known = await writeTemp(dir, 'vendor.asc', vendor.publicKey);
    const result = await run('npm', [
      ...['run', '-s', 'airlock', '--', 'message', 'open', file],
      ...['--secret-key', org.secretFile, '--passphrase-file', org.passFile],
      ...['--known-key', known, '--json'],
    ]);
    expect(JSON.parse(result.stdout.toString())).toMatchObject({
      ok: true,
      signatures: [{ status: 'valid', fingerprint: vendor.fingerprint }],
      text: TEXT,
      charset: 'shift_jis',
    });
  });
});
