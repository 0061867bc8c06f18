import { beforeAll, describe, expect, it } from 'vitest';
import * as openpgp from 'openpgp';
import { signBinary } from './calls';
import { openBinary, openCleartext, verifyDetached } from './open';
import { sealBinary, sealText } from './seal';
import { makeTestKey, vendorMessage, type TestKey } from './testing/test-support';

let org: TestKey;
let vendor: TestKey;
let stranger: TestKey;
let expired: TestKey;
let revoked: TestKey;
let signedBeforeRevocation: string | Uint8Array;
const yearMs = 365 * 24 * 3600 * 1000;

beforeAll(async () => {
  [org, vendor, stranger] = await Promise.all([
    makeTestKey('Org'),
    makeTestKey('Vendor'),
    makeTestKey('Stranger'),
  ]);
  // Created two years ago, valid for one year: expired now.
  expired = await makeTestKey('Expired', {
    date: new Date(Date.now() - 2 * yearMs),
    expiresInSeconds: yearMs / 1000,
  });
  const toRevoke = await makeTestKey('Revoked');
  signedBeforeRevocation = await vendorMessage({
    text,
    signer: toRevoke.key,
    encryptTo: [org.key],
  });
  const { privateKey } = await openpgp.revokeKey({ key: toRevoke.key, format: 'object' });
  revoked = { ...toRevoke, key: privateKey };
});

const text = '[AL-2026-0042] 脆弱性のご連絡\nHello vendor.';

describe('sealBinary / openBinary', () => {
  it('round-trips armored and binary, signed by the organisation, readable by the vendor and by us', async () => {
    for (const format of ['armored', 'binary'] as const) {
      const sealed = await sealBinary({
        data: new TextEncoder().encode(text),
        recipientKeys: [vendor.key],
        signingKey: org.key,
        format,
      });
      expect(sealed.ok).toBe(true);
      if (!sealed.ok) return;
      expect(typeof sealed.value === 'string').toBe(format === 'armored');
      for (const reader of [vendor.key, org.key]) {
        const opened = await openBinary({
          data: sealed.value,
          decryptionKeys: [reader],
          verificationKeys: [org.key.toPublic()],
        });
        expect(opened.ok && new TextDecoder().decode(opened.value.data)).toBe(text);
        expect(opened.ok && opened.value.encrypted).toBe(true);
        expect(opened.ok && opened.value.signatures.map((s) => [s.status, s.fingerprint])).toEqual([
          ['valid', org.key.getFingerprint().toUpperCase()],
        ]);
      }
    }
  });

  it('produces SEIPDv1 (no AEAD) so GnuPG 2.2 can read it', async () => {
    const sealed = await sealText({ text, recipientKeys: [vendor.key], signingKey: org.key });
    if (!sealed.ok) throw new Error(sealed.error.message);
    const message = await openpgp.readMessage({ armoredMessage: sealed.value });
    const seipd = message.packets.find(
      (p) => p instanceof openpgp.SymEncryptedIntegrityProtectedDataPacket,
    );
    expect(seipd).toBeDefined();
    expect((seipd as unknown as { version: number }).version).toBe(1);
    expect(message.getEncryptionKeyIDs()).toHaveLength(2);
  });

  it('refuses to seal to an expired or revoked recipient', async () => {
    for (const bad of [expired, revoked]) {
      const sealed = await sealBinary({
        data: new Uint8Array([1]),
        recipientKeys: [bad.key],
        signingKey: org.key,
        format: 'binary',
      });
      expect(sealed.ok ? 'sealed' : sealed.error.code).toBe('key-unusable');
    }
  });
});

describe('signature statuses', () => {
  const statusOf = async (data: string | Uint8Array, known = [vendor.key.toPublic()]) => {
    const opened = await openBinary({ data, decryptionKeys: [org.key], verificationKeys: known });
    if (!opened.ok) return opened.error.code;
    return opened.value.signatures.map((s) => s.status).join(',') || 'unsigned';
  };

  it('valid by a known key, unknown-key by a stranger, unsigned when not signed', async () => {
    expect(
      await statusOf(await vendorMessage({ text, signer: vendor.key, encryptTo: [org.key] })),
    ).toBe('valid');
    expect(
      await statusOf(await vendorMessage({ text, signer: stranger.key, encryptTo: [org.key] })),
    ).toBe('unknown-key');
    expect(await statusOf(await vendorMessage({ text, encryptTo: [org.key] }))).toBe('unsigned');
  });

  it('reports the issuer fingerprint for an unknown signer', async () => {
    const data = await vendorMessage({ text, signer: stranger.key, encryptTo: [org.key] });
    const opened = await openBinary({ data, decryptionKeys: [org.key], verificationKeys: [] });
    expect(opened.ok && opened.value.signatures[0]).toMatchObject({
      status: 'unknown-key',
      fingerprint: stranger.key.getFingerprint().toUpperCase(),
      fingerprintSource: 'issuer-fingerprint',
    });
  });

  it('expired-key and revoked-key for signatures by such known keys', async () => {
    const old = new Date(Date.now() - 1.5 * yearMs);
    // Signed while the key was still valid; the key has expired since.
    const byExpired = await vendorMessage({ text, signer: expired.key, date: old });
    expect(await statusOf(byExpired, [expired.key.toPublic()])).toBe('expired-key');
    expect(await statusOf(signedBeforeRevocation, [revoked.key.toPublic()])).toBe('revoked-key');
  });

  it('invalid when the signed (not encrypted) data was altered', async () => {
    const signed = (await vendorMessage({
      text: 'AAAA original text',
      signer: vendor.key,
      format: 'binary',
    })) as Uint8Array;
    const index = signed.findIndex((_, i) => signed[i] === 0x41 && signed[i + 1] === 0x41);
    const tampered = signed.slice();
    tampered[index] = 0x42;
    expect(await statusOf(signed)).toBe('valid');
    expect(await statusOf(tampered)).toBe('invalid');
  });

  it('requireSignature refuses unsigned, unknown and invalid signatures', async () => {
    const run = async (data: string | Uint8Array) => {
      const opened = await openBinary({
        data,
        decryptionKeys: [org.key],
        verificationKeys: [vendor.key.toPublic()],
        requireSignature: true,
      });
      return opened.ok ? 'ok' : opened.error.code;
    };
    expect(await run(await vendorMessage({ text, signer: vendor.key, encryptTo: [org.key] }))).toBe(
      'ok',
    );
    expect(await run(await vendorMessage({ text, encryptTo: [org.key] }))).toBe(
      'signature-missing',
    );
    expect(
      await run(await vendorMessage({ text, signer: stranger.key, encryptTo: [org.key] })),
    ).toBe('signature-unknown-key');
  });
});

describe('clearsigned and detached', () => {
  it('verifies clearsigned text and flags tampering', async () => {
    const message = await openpgp.createCleartextMessage({ text: 'Fixed in 2.0.1\nThanks' });
    const signed = await openpgp.sign({ message, signingKeys: vendor.key });
    const good = await openCleartext(signed, [vendor.key.toPublic()]);
    expect(good.ok && [good.value.text, good.value.signatures[0]?.status]).toEqual([
      'Fixed in 2.0.1\nThanks',
      'valid',
    ]);
    const bad = await openCleartext(signed.replace('2.0.1', '2.0.2'), [vendor.key.toPublic()]);
    expect(bad.ok && bad.value.signatures[0]?.status).toBe('invalid');
  });

  it('verifies a detached signature over a file', async () => {
    const file = new TextEncoder().encode('patch contents');
    const message = await openpgp.createMessage({ binary: file });
    const signature = await signBinary({
      message,
      signingKeys: vendor.key,
      detached: true,
      format: 'binary',
    });
    const good = await verifyDetached(file, signature, [vendor.key.toPublic()]);
    expect(good.ok && good.value[0]?.status).toBe('valid');
    const bad = await verifyDetached(new TextEncoder().encode('patch contentz'), signature, [
      vendor.key.toPublic(),
    ]);
    expect(bad.ok && bad.value[0]?.status).toBe('invalid');
  });
});
