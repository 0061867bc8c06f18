// Key health (issue 27 item 5) on keys GnuPG made: an expired one (made under
// --faked-system-time), a revoked one, SHA-1 self-signatures, DSA + ElGamal and RSA 2048.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { keyHealth, readKeysFrom, type Key } from '../../shared/crypto/pgp';
import { must, tempDir } from './tools';

let home: string;
let gpg: (args: string[], input?: string) => Promise<string>;
const now = new Date('2026-12-07T00:00:00Z');

async function made(
  uid: string,
  algo: string,
  extra: { faked?: string; digest?: string; sub?: string } = {},
): Promise<Key> {
  const email = /<(.+)>/.exec(uid)?.[1] ?? uid;
  // Every key is made at a fixed past instant, so `now` is after its self-signatures.
  const time = ['--faked-system-time', extra.faked ?? '20260601T000000'];
  const digest = extra.digest === undefined ? [] : ['--cert-digest-algo', extra.digest];
  await gpg([...time, ...digest, '--quick-gen-key', uid, algo, 'default', '1y']);
  const fpr = /^fpr:+([0-9A-F]{40}):/m.exec(
    await gpg(['--with-colons', '--list-keys', email]),
  )?.[1];
  if (fpr === undefined) throw new Error(`no key for ${uid}`);
  if (extra.sub !== undefined)
    await gpg([...time, ...digest, '--quick-add-key', fpr, extra.sub, 'encr', '1y']);
  const read = await readKeysFrom(await gpg(['--armor', '--export', fpr]));
  if (!read.ok || read.value[0] === undefined) throw new Error(`unreadable key ${uid}`);
  return read.value[0];
}

beforeAll(async () => {
  home = await tempDir('gpg-health');
  gpg = async (args, input) => {
    const base = [
      '--batch',
      '--yes',
      '--no-tty',
      '--pinentry-mode',
      'loopback',
      '--passphrase',
      '',
    ];
    return (
      await must('gpg', [...base, ...args], {
        env: { GNUPGHOME: home },
        ...(input === undefined ? {} : { input }),
      })
    ).stdout.toString();
  };
});

describe('key health of GnuPG keys', () => {
  it('refuses a key that expired (made a year and more ago with --faked-system-time)', async () => {
    const key = await made('Old Vendor <old@vendor.example>', 'future-default', {
      faked: '20250101T000000',
    });
    const health = await keyHealth(key, { now });
    expect(health.level).toBe('refused');
    expect(health.refusals.map((i) => i.code)).toEqual(['expired']);
    expect(health.userId).toBe('Old Vendor <old@vendor.example>');
  });

  it('refuses a key revoked by the certificate gpg wrote when it made it', async () => {
    const key = await made('Gone <gone@vendor.example>', 'future-default');
    const fpr = key.getFingerprint().toUpperCase();
    const cert = await readFile(join(home, 'openpgp-revocs.d', `${fpr}.rev`), 'utf8');
    // gpg writes the certificate with its armor line escaped by a ':' so that it is not
    // imported by accident.
    await gpg(['--import'], cert.replace(/^:-----BEGIN/m, '-----BEGIN'));
    const read = await readKeysFrom(await gpg(['--armor', '--export', fpr]));
    if (!read.ok || read.value[0] === undefined) throw new Error('unreadable');
    const health = await keyHealth(read.value[0], { now });
    expect(health.refusals.map((i) => i.code)).toEqual(['revoked']);
  });

  it('warns about SHA-1 self-signatures', async () => {
    const key = await made('Sha One <sha1@vendor.example>', 'rsa3072', {
      digest: 'SHA1',
      sub: 'rsa3072',
    });
    const health = await keyHealth(key, { now });
    expect(health.level).toBe('warned');
    expect(health.warnings.map((i) => i.code)).toEqual(['sha1-self-signature']);
  });

  it('warns about RSA 2048', async () => {
    const rsa = await made('Small <small@vendor.example>', 'rsa2048', { sub: 'rsa2048' });
    const health = await keyHealth(rsa, { now });
    expect(health.level).toBe('warned');
    expect(health.warnings).toEqual([{ code: 'weak-rsa', bits: 2048 }]);
  });

  it('refuses a DSA primary even with an RSA subkey: openpgp.js encrypts to none', async () => {
    const dsa = await made('Dsa <dsa@vendor.example>', 'dsa2048', { sub: 'rsa3072' });
    const health = await keyHealth(dsa, { now });
    expect(health.refusals.map((i) => i.code)).toEqual(['no-encryption-key']);
    expect(health.warnings).toEqual([{ code: 'legacy-algorithm', algorithm: 'dsa' }]);
  });

  it('refuses DSA + ElGamal: openpgp.js does not encrypt to ElGamal', async () => {
    const key = await made('Elg <elg@vendor.example>', 'dsa2048', { sub: 'elg2048' });
    const health = await keyHealth(key, { now });
    expect(health.refusals.map((i) => i.code)).toEqual(['no-encryption-key']);
    expect(health.warnings).toEqual([
      { code: 'legacy-algorithm', algorithm: 'dsa' },
      { code: 'legacy-algorithm', algorithm: 'elgamal' },
    ]);
  });
});
