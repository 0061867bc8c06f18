// Replies as Japanese vendors send them: GnuPG (and one Sequoia) signatures made at test
// time over Shift_JIS, ISO-2022-JP and EUC-JP bytes, raw and inside .eml files with
// quoted-printable and base64. Each must verify over the original bytes (a decode and
// re-encode would break it), show the Japanese text exactly, and turn `invalid` when one
// byte changes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Key } from '../../shared/crypto/pgp';
import { makeOrg, open, publicKeyOf, statuses, type Opened, type Org } from './airlock';
import { gpgProducer } from './gpg';
import {
  LEGACY_CHARSETS,
  encodeAs,
  mimeLabel,
  offsetOf,
  textEml,
  withCrlf,
  type LegacyCharset,
} from './japanese-mail';
import { sqProducer } from './sq';
import { tempDir, writeTemp, type Producer, type ToolKey } from './tools';

// Kanji, kana, full-width punctuation and a full-width space; "ソ" and "表" have 0x5C
// ("\") as their second Shift_JIS byte; line 1 ends in spaces (not signed: RFC 9580 §7.2)
// and line 2 starts with "-" (dash-escaped in the armor).
const LINES = [
  '[AL-2026-0042] 脆弱性の件、修正版 2.0.1 を公開しました。  ',
  '- 対象：ソフトウェア一覧表をご覧ください',
  '株式会社ベンダー　製品セキュリティ担当',
];
const SIGNED_TEXT = LINES.join('\n');
const SHOWN = LINES.map((l) => l.replace(/ +$/, '')).join('\n');

let org: Org;
let gpg: Producer;
let vendor: ToolKey;
let vendorKey: Key;
let dir: string;

beforeAll(async () => {
  [org, gpg, dir] = await Promise.all([makeOrg(), gpgProducer(), tempDir('japanese')]);
  vendor = await gpg.generate('ecc');
  vendorKey = await publicKeyOf(vendor);
});

const shown = (opened: Opened) =>
  opened.ok ? { text: opened.reply.text, charset: opened.reply.charset } : opened.code;

/** One byte of the Japanese text changed, staying valid in its charset (a kanji swap). */
async function tamper(bytes: Uint8Array, charset: LegacyCharset): Promise<Buffer> {
  const copy = Buffer.from(bytes);
  // 修 -> the next code point in the same JIS row: a different, still decodable kanji.
  const at = await offsetOf(copy, '修', charset);
  copy[at + 1] = (copy[at + 1] ?? 0) + 1;
  return copy;
}

describe.each(LEGACY_CHARSETS)('%s replies', (charset) => {
  let text: Buffer;
  let clearsigned: Buffer;

  beforeAll(async () => {
    text = await encodeAs(SIGNED_TEXT, charset);
    const file = await writeTemp(dir, `reply-${charset}.txt`, text);
    clearsigned = await gpg.clearsign(file, vendor);
  });

  it('clearsigned by gpg, LF and CRLF: valid, text decoded exactly (charset detected)', async () => {
    expect(clearsigned.includes(text.subarray(0, 20))).toBe(true);
    for (const bytes of [clearsigned, withCrlf(clearsigned)]) {
      const opened = await open(org, bytes, [vendorKey]);
      expect(statuses(opened)).toEqual(['valid']);
      expect(shown(opened)).toEqual({ text: SHOWN, charset });
    }
  });

  it('clearsigned: one changed byte (Japanese or ASCII) is invalid', async () => {
    const ascii = Buffer.from(clearsigned);
    ascii[ascii.indexOf('2.0.1') + 4] = 0x32;
    for (const bytes of [await tamper(clearsigned, charset), ascii]) {
      expect(statuses(await open(org, bytes, [vendorKey]))).toEqual(['invalid']);
    }
  });

  it.each(['quoted-printable', 'base64'] as const)(
    '.eml with %s and charset=: valid, text exact; a changed byte is invalid',
    async (encoding) => {
      const eml = textEml({ charset: mimeLabel[charset], encoding, body: clearsigned });
      const opened = await open(org, eml, [vendorKey]);
      expect(statuses(opened)).toEqual(['valid']);
      expect(opened.ok && opened.reply.shape).toBe('eml-inline');
      expect(shown(opened)).toEqual({ text: SHOWN, charset });
      const tampered = textEml({
        charset: mimeLabel[charset],
        encoding,
        body: await tamper(clearsigned, charset),
      });
      expect(statuses(await open(org, tampered, [vendorKey]))).toEqual(['invalid']);
    },
  );

  it('inline-signed and detached-signed by gpg: valid, text decoded', async () => {
    const file = await writeTemp(dir, `plain-${charset}.txt`, text);
    const inline = await open(org, await gpg.sign(file, vendor, true), [vendorKey]);
    expect(statuses(inline)).toEqual(['valid']);
    expect(shown(inline)).toEqual({ text: SIGNED_TEXT, charset });
    const signature = await gpg.detachSign(file, vendor, false);
    const detached = await open(org, text, [vendorKey], signature);
    expect(statuses(detached)).toEqual(['valid']);
    expect(shown(detached)).toEqual({ text: SIGNED_TEXT, charset });
  });
});

describe('declared charsets and undecodable text', () => {
  it('a Charset: armor header is obeyed; an unknown one is a clear error', async () => {
    const euc = await encodeAs(SIGNED_TEXT, 'euc-jp');
    const signed = await gpg.clearsign(await writeTemp(dir, 'euc.txt', euc), vendor);
    const withHeader = (label: string) =>
      Buffer.from(
        signed.toString('latin1').replace(/^Hash: (.*)$/m, `Hash: $1\nCharset: ${label}`),
        'latin1',
      );
    const declared = await open(org, withHeader('EUC-JP'), [vendorKey]);
    expect(statuses(declared)).toEqual(['valid']);
    expect(shown(declared)).toEqual({ text: SHOWN, charset: 'euc-jp' });
    expect(await open(org, withHeader('x-klingon'), [vendorKey])).toEqual({
      ok: false,
      code: 'charset-invalid',
    });
  });

  it('an e-mail declaring a charset its bytes are not in is a clear error', async () => {
    const sjis = await encodeAs(SIGNED_TEXT, 'shift_jis');
    const signed = await gpg.clearsign(await writeTemp(dir, 'sjis.txt', sjis), vendor);
    // Shift_JIS bytes declared as ISO-2022-JP (7-bit): not decodable, and not mojibake.
    const eml = textEml({ charset: 'ISO-2022-JP', encoding: 'base64', body: signed });
    expect(await open(org, eml, [vendorKey])).toEqual({ ok: false, code: 'charset-invalid' });
  });
});

describe('Sequoia', () => {
  it('sq sign --cleartext-signature over Shift_JIS: valid, text exact; tampered invalid', async () => {
    const sq = await sqProducer();
    const key = await sq.generate('ecc');
    const sjis = await encodeAs(SIGNED_TEXT, 'shift_jis');
    const signed = await sq.clearsign(await writeTemp(dir, 'sq-sjis.txt', sjis), key);
    const known = [await publicKeyOf(key)];
    const opened = await open(org, signed, known);
    expect(statuses(opened)).toEqual(['valid']);
    expect(shown(opened)).toEqual({ text: SHOWN, charset: 'shift_jis' });
    const eml = textEml({ charset: 'Shift_JIS', encoding: 'quoted-printable', body: signed });
    expect(statuses(await open(org, eml, known))).toEqual(['valid']);
    expect(statuses(await open(org, await tamper(signed, 'shift_jis'), known))).toEqual([
      'invalid',
    ]);
  });
});
