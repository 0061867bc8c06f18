import { beforeAll, describe, expect, it } from 'vitest';
import * as openpgp from 'openpgp';
import { signArmored } from '../../crypto/pgp/calls';
import { makeTestKey, vendorMessage, type TestKey } from '../../crypto/pgp/testing/test-support';
import { openReply } from './open-reply';

let org: TestKey;
let vendor: TestKey;
beforeAll(async () => {
  [org, vendor] = await Promise.all([makeTestKey('Org'), makeTestKey('Vendor')]);
});

// One char per byte, so Shift_JIS can be spliced like text (shared/ has no Buffer).
const hex = (h: string) =>
  String.fromCharCode(...(h.match(/../g) ?? []).map((b) => parseInt(b, 16)));
const bytes = (binary: string) => Uint8Array.from(binary, (c) => c.charCodeAt(0));
// "修正版を公開しました。" and "ソフトウェア表" in Shift_JIS.
const SJIS_LINES = [
  hex('8f4390b394c582f08cf68a4a82b582dc82b582bd8142'),
  hex('835c83748367834583468341955c'),
];
const TEXT = '修正版を公開しました。\nソフトウェア表';

async function clearsigned(): Promise<string> {
  const signature = await signArmored({
    message: await openpgp.createMessage({ binary: bytes(SJIS_LINES.join('\r\n')) }),
    signingKeys: vendor.key,
    detached: true,
    format: 'armored',
  });
  return ['-----BEGIN PGP SIGNED MESSAGE-----', 'Hash: SHA512', '', ...SJIS_LINES, signature]
    .join('\r\n')
    .replace(/\r?\n/g, '\r\n');
}

const eml = (charset: string, encoding: 'base64' | 'quoted-printable', body: string) =>
  bytes(
    [
      'From: psirt@vendor.example',
      'Subject: Re: [AL-2026-0042]',
      `Content-Type: text/plain; charset=${charset}`,
      `Content-Transfer-Encoding: ${encoding}`,
      '',
      encoding === 'base64'
        ? btoa(body)
        : body.replace(/[\x80-\xff=]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase()}`),
    ].join('\r\n'),
  );

const open = async (data: Uint8Array) => {
  const r = await openReply({
    data,
    decryptionKeys: [org.key],
    knownKeys: [vendor.key.toPublic()],
  });
  return r.ok
    ? {
        statuses: r.value.signatures.map((s) => s.status),
        text: r.value.text,
        charset: r.value.charset,
      }
    : r.error.code;
};

describe('openReply: Shift_JIS clearsigned text', () => {
  it('raw, and in an .eml (base64, quoted-printable): valid, decoded, charset reported', async () => {
    const signed = await clearsigned();
    const expected = { statuses: ['valid'], text: TEXT, charset: 'shift_jis' };
    expect(await open(bytes(signed))).toEqual(expected);
    expect(await open(eml('Shift_JIS', 'base64', signed))).toEqual(expected);
    expect(await open(eml('shift_jis', 'quoted-printable', signed))).toEqual(expected);
  });

  it('one changed byte is invalid; an undecodable charset is a clear error', async () => {
    const signed = await clearsigned();
    const tampered = signed.replace(
      SJIS_LINES[0] ?? '',
      `${hex('8f44')}${(SJIS_LINES[0] ?? '').slice(2)}`,
    );
    expect(await open(bytes(tampered))).toMatchObject({ statuses: ['invalid'] });
    expect(await open(eml('x-klingon', 'base64', signed))).toBe('charset-invalid');
    expect(await open(eml('ISO-2022-JP', 'base64', signed))).toBe('charset-invalid');
  });
});

describe('openReply: inline PGP MESSAGE in a mail body', () => {
  it('a UTF-8 literal in an ISO-2022-JP mail is read by detection, not refused', async () => {
    const armored = await vendorMessage({ text: TEXT, signer: vendor.key });
    const body = typeof armored === 'string' ? armored : '';
    expect(await open(eml('ISO-2022-JP', 'base64', body))).toEqual({
      statuses: ['valid'],
      text: TEXT,
      charset: 'utf-8',
    });
  });
});

describe('openReply: a text-mode literal (gpg --textmode) carries CRLF', () => {
  it('is read with LF line ends', async () => {
    const message = await openpgp.createMessage({ text: TEXT });
    const armored = await signArmored({ message, signingKeys: vendor.key, format: 'armored' });
    expect(await open(bytes(armored))).toEqual({
      statuses: ['valid'],
      text: TEXT,
      charset: 'utf-8',
    });
  });
});
