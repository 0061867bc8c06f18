import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReply } from '../../shared/exchange/message';
import { vendorMessage } from '../../shared/crypto/pgp/testing/test-support';
import { patchOpenpgp } from '../../scripts/openpgp-node-rsa.mjs';
import { airlockGroup } from './testing/cli';

/**
 * The CLI bundle does RSA private-key operations with Node's OpenSSL instead of openpgp.js's
 * BigInt code (scripts/openpgp-node-rsa.mjs): the same results as openpgp.js as published,
 * which these tests use to make and read the messages.
 */
const airlock = airlockGroup('message');
const PASS = 'rsa-fixture-pass';

let dir: string;
let key: openpgp.PrivateKey;
const file = (name: string) => path.join(dir, name);
const openArgs = (reply: string) => [
  ...['open', reply, '--secret-key', file('rsa.sec.asc'), '--passphrase-file', file('pass.txt')],
  '--json',
];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-rsa-cli-'));
  const armored = await readFile('tests/fixtures/keys/rsa.sec.asc', 'utf8');
  await writeFile(file('rsa.sec.asc'), armored);
  await writeFile(file('rsa.pub.asc'), await readFile('tests/fixtures/keys/rsa.pub.asc'));
  await writeFile(file('pass.txt'), PASS);
  key = await openpgp.decryptKey({
    privateKey: await openpgp.readPrivateKey({ armoredKey: armored }),
    passphrase: PASS,
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('RSA private-key operations in the CLI bundle (OpenSSL)', () => {
  it('open decrypts an RSA session key and verifies the RSA signature', async () => {
    const text = '[AL-2026-0042] RSA reply\n';
    await writeFile(
      file('reply.asc'),
      await vendorMessage({ text, signer: key, encryptTo: [key] }),
    );
    const result = await airlock(...openArgs(file('reply.asc')));
    expect(result).toMatchObject({
      code: 0,
      json: {
        ok: true,
        text: '[AL-2026-0042] RSA reply\n',
        signatures: [{ status: 'valid', fingerprint: key.getFingerprint().toUpperCase() }],
      },
    });
  }, 60_000);

  it('a session-key packet whose RSA value was altered is refused as openReply refuses it', async () => {
    const binary = await vendorMessage({
      text: 'tampered\n',
      signer: key,
      encryptTo: [key],
      format: 'binary',
    });
    // PKESK v3: header (2-3 bytes), version, key ID (8), algorithm, MPI length (2), MPI.
    const bytes = new Uint8Array(binary as Uint8Array);
    bytes[60] = (bytes[60] ?? 0) ^ 0x55;
    await writeFile(file('tampered.gpg'), bytes);
    const inProcess = await openReply({
      data: bytes,
      fileName: 'tampered.gpg',
      decryptionKeys: [key],
      knownKeys: [],
    });
    expect(inProcess.ok).toBe(false);
    const result = await airlock(...openArgs(file('tampered.gpg')));
    expect(result.code).not.toBe(0);
    expect(result.json).toMatchObject({
      ok: false,
      error: { code: inProcess.ok ? 'none' : inProcess.error.code },
    });
  }, 60_000);

  it('seal signs with the RSA key: openpgp.js as published verifies the signature', async () => {
    await writeFile(file('plain.txt'), '[AL-2026-0042] 連絡\n'.repeat(2000));
    const result = await airlock(
      ...['seal', '--in', file('plain.txt'), '--to', file('rsa.pub.asc')],
      ...['--sign-with', file('rsa.sec.asc'), '--passphrase-file', file('pass.txt')],
      ...['--out', file('sealed.asc')],
    );
    expect(result).toMatchObject({ code: 0, json: { ok: true } });
    const opened = await openpgp.decrypt({
      message: await openpgp.readMessage({
        armoredMessage: await readFile(file('sealed.asc'), 'utf8'),
      }),
      decryptionKeys: key,
      verificationKeys: key.toPublic(),
      expectSigned: true,
    });
    expect(opened.data).toBe('[AL-2026-0042] 連絡\n'.repeat(2000));
  }, 60_000);

  it('the build refuses an openpgp.js the patch no longer fits', () => {
    expect(() => patchOpenpgp('export const nothing = 1;')).toThrow(/update the patch/);
  });
});
