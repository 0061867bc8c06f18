import { beforeAll, describe, expect, it } from 'vitest';
import * as openpgp from 'openpgp';
import { encryptArmored, signArmored, signBinary } from '../../crypto/pgp/calls';
import { makeTestKey, vendorMessage, type TestKey } from '../../crypto/pgp/testing/test-support';
import { sealMessage } from './compose';
import { openReply } from './open-reply';
import { sealPgpMime } from './pgp-mime-out';

let org: TestKey;
let vendor: TestKey;
let stranger: TestKey;
const enc = new TextEncoder();
const ref = 'AL-2026-0042';
// "日本語の返信" in ISO-2022-JP (JIS X 0208 between ESC $ B and ESC ( B).
const jisBytes = Uint8Array.from([
  0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x38, 0x6c, 0x24, 0x4e, 0x4a, 0x56, 0x3f, 0x2e, 0x1b,
  0x28, 0x42,
]);

beforeAll(async () => {
  [org, vendor, stranger] = await Promise.all([
    makeTestKey('Org'),
    makeTestKey('Vendor'),
    makeTestKey('Stranger'),
  ]);
});

const open = (
  data: Uint8Array | string,
  extra: { detachedSignature?: Uint8Array; fileName?: string } = {},
) =>
  openReply({
    data: typeof data === 'string' ? enc.encode(data) : data,
    decryptionKeys: [org.key],
    knownKeys: [vendor.key.toPublic()],
    ...extra,
  });

const summary = async (
  data: Uint8Array | string,
  extra: { detachedSignature?: Uint8Array } = {},
) => {
  const r = await open(data, extra);
  if (!r.ok) return { error: r.error.code };
  return {
    shape: r.value.shape,
    encrypted: r.value.encrypted,
    statuses: r.value.signatures.map((s) => s.status),
    text: r.value.text,
  };
};

describe('openReply: every shape', () => {
  it('armored and binary signed+encrypted, encrypted-only, inline-signed', async () => {
    const text = `${ref} 修正版を公開しました`;
    expect(
      await summary(await vendorMessage({ text, signer: vendor.key, encryptTo: [org.key] })),
    ).toEqual({
      shape: 'armored-message',
      encrypted: true,
      statuses: ['valid'],
      text,
    });
    expect(
      await summary(
        await vendorMessage({ text, signer: vendor.key, encryptTo: [org.key], format: 'binary' }),
      ),
    ).toMatchObject({
      shape: 'binary-message',
      encrypted: true,
      statuses: ['valid'],
    });
    expect(await summary(await vendorMessage({ text, encryptTo: [org.key] }))).toMatchObject({
      encrypted: true,
      statuses: [],
    });
    expect(await summary(await vendorMessage({ text, signer: stranger.key }))).toMatchObject({
      encrypted: false,
      statuses: ['unknown-key'],
      text,
    });
  });

  it('clearsigned text, and tampered clearsigned text is invalid', async () => {
    const message = await openpgp.createCleartextMessage({ text: `${ref}\nWe fixed it.` });
    const signed = await openpgp.sign({ message, signingKeys: vendor.key });
    expect(await summary(`Hello,\n\n${signed}`)).toEqual({
      shape: 'clearsigned',
      encrypted: false,
      statuses: ['valid'],
      text: `${ref}\nWe fixed it.`,
    });
    expect((await summary(signed.replace('fixed', 'broke'))).statuses).toEqual(['invalid']);
  });

  it('a detached signature beside a file', async () => {
    const file = enc.encode('patch v2\n');
    const sig = await signArmored({
      message: await openpgp.createMessage({ binary: file }),
      signingKeys: vendor.key,
      detached: true,
      format: 'armored',
    });
    expect(await summary(file, { detachedSignature: enc.encode(sig) })).toMatchObject({
      shape: 'detached-signature',
      statuses: ['valid'],
      text: 'patch v2\n',
    });
    expect(
      (await summary(enc.encode('patch v3\n'), { detachedSignature: enc.encode(sig) })).statuses,
    ).toEqual(['invalid']);
  });

  it('ISO-2022-JP text inside an encrypted message is decoded', async () => {
    const message = await openpgp.createMessage({ binary: jisBytes });
    const armored = await encryptArmored({
      message,
      encryptionKeys: org.key.toPublic(),
      signingKeys: vendor.key,
      format: 'armored',
    });
    expect(await summary(armored)).toMatchObject({
      text: '日本語の返信',
      statuses: ['valid'],
    });
  });
});

describe('openReply: e-mail files', () => {
  it('our PGP/MIME .eml with attachments opens with text, attachments and signature', async () => {
    const eml = await sealPgpMime({
      ref,
      subject: '脆弱性のご連絡',
      body: '詳細は添付をご覧ください。',
      attachments: [{ name: 'poc.txt', data: enc.encode('PoC') }],
      recipientKeys: [vendor.key],
      signingKey: org.key,
    });
    if (!eml.ok) throw new Error(eml.error.message);
    const opened = await open(eml.value);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.shape).toBe('pgp-mime-encrypted');
    expect(opened.value.text).toContain(`[${ref}] 脆弱性のご連絡`);
    expect(opened.value.signatures.map((s) => s.status)).toEqual(['valid']);
    expect(opened.value.attachments.map((a) => [a.name, a.size])).toEqual([['poc.txt', 3]]);
    expect(opened.value.subject).toBe(`[${ref}]`);
  });

  it('PGP/MIME signed (multipart/signed) verifies the exact first part, ISO-2022-JP body', async () => {
    const part = [
      'Content-Type: multipart/mixed; boundary="inner"',
      '',
      '--inner',
      'Content-Type: text/plain; charset=ISO-2022-JP',
      'Content-Transfer-Encoding: 7bit',
      '',
      String.fromCharCode(...jisBytes),
      '--inner',
      'Content-Type: application/octet-stream; name="fix.diff"',
      'Content-Disposition: attachment; filename="fix.diff"',
      'Content-Transfer-Encoding: base64',
      '',
      btoa('diff --git'),
      '--inner--',
    ].join('\r\n');
    const sig = await signArmored({
      message: await openpgp.createMessage({ binary: enc.encode(part) }),
      signingKeys: vendor.key,
      detached: true,
      format: 'armored',
    });
    const eml = (signedPart: string) =>
      [
        'From: vendor@example.org',
        `Subject: Re: [${ref}]`,
        'MIME-Version: 1.0',
        'Content-Type: multipart/signed; micalg=pgp-sha256; protocol="application/pgp-signature"; boundary="outer"',
        '',
        '--outer',
        signedPart,
        '--outer',
        'Content-Type: application/pgp-signature; name="signature.asc"',
        '',
        sig,
        '--outer--',
        '',
      ].join('\r\n');
    const opened = await open(eml(part));
    expect(
      opened.ok && [
        opened.value.shape,
        opened.value.text.trim(),
        opened.value.signatures[0]?.status,
      ],
    ).toEqual(['pgp-mime-signed', '日本語の返信', 'valid']);
    expect(opened.ok && opened.value.attachments.map((a) => a.name)).toEqual(['fix.diff']);
    const tampered = await open(
      eml(part.replace('diff --git', 'diff --GIT').replace(btoa('diff --git'), btoa('rm -rf'))),
    );
    expect(tampered.ok && tampered.value.signatures[0]?.status).toBe('invalid');
  });

  it('inline PGP in a .eml body and an encrypted attachment', async () => {
    const body = (await vendorMessage({
      text: `${ref} inline reply`,
      signer: vendor.key,
      encryptTo: [org.key],
    })) as string;
    const attachment = (await vendorMessage({
      text: 'log data',
      signer: vendor.key,
      encryptTo: [org.key],
      format: 'binary',
    })) as Uint8Array;
    let bin = '';
    for (const b of attachment) bin += String.fromCharCode(b);
    const eml = [
      'From: vendor@example.org',
      'Subject: =?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      `Hi,\r\n${body.replace(/\n/g, '\r\n')}`,
      '--b1',
      'Content-Type: application/octet-stream; name="log.txt.pgp"',
      'Content-Disposition: attachment; filename="log.txt.pgp"',
      'Content-Transfer-Encoding: base64',
      '',
      btoa(bin),
      '--b1--',
      '',
    ].join('\r\n');
    const opened = await open(eml);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect([
      opened.value.shape,
      opened.value.text,
      opened.value.encrypted,
      opened.value.subject,
    ]).toEqual(['eml-inline', `${ref} inline reply`, true, '日本語']);
    expect(opened.value.signatures.map((s) => s.status)).toEqual(['valid']);
    expect(opened.value.attachments.map((a) => [a.name, a.signatures?.[0]?.status])).toEqual([
      ['log.txt', 'valid'],
    ]);
  });

  it('a plain e-mail without OpenPGP opens nothing', async () => {
    expect(await summary('From: a@example.org\r\nSubject: hi\r\n\r\nplain text\r\n')).toEqual({
      error: 'not-openpgp',
    });
  });
});

describe('openReply: refusals', () => {
  it('detached signature or key given as the message, garbage, wrong recipient', async () => {
    const sig = await signBinary({
      message: await openpgp.createMessage({ binary: enc.encode('x') }),
      signingKeys: vendor.key,
      detached: true,
      format: 'binary',
    });
    expect(await summary(sig)).toEqual({ error: 'not-openpgp' });
    expect(await summary(vendor.armoredPublic)).toEqual({ error: 'not-openpgp' });
    expect(await summary('random words')).toEqual({ error: 'not-openpgp' });
    expect(
      await summary(
        await vendorMessage({ text: 'x', signer: vendor.key, encryptTo: [stranger.key] }),
      ),
    ).toEqual({ error: 'no-decryption-key' });
  });

  it('our sealed .asc carries the ref in its first line', async () => {
    const sealed = await sealMessage({
      ref,
      subject: 'Report',
      body: 'Body',
      recipientKeys: [vendor.key],
      signingKey: org.key,
    });
    if (!sealed.ok) throw new Error(sealed.error.message);
    expect(sealed.value.name).toMatch(/^AL-2026-0042-\d{8}\.asc$/);
    const opened = await openReply({
      data: enc.encode(sealed.value.data as string),
      decryptionKeys: [vendor.key],
      knownKeys: [org.key.toPublic()],
    });
    expect(opened.ok && opened.value.text.split('\n')[0]).toBe(`[${ref}] Report`);
  });
});
