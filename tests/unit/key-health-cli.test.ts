import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as openpgp from 'openpgp';

type GenerateKeyOptions = Omit<Parameters<typeof openpgp.generateKey>[0], 'format'>;
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestKey } from '../../shared/crypto/pgp/testing/test-support';
import { airlockGroup } from './testing/cli';

/** `message seal` judges every recipient key (issue 27 item 5) before writing anything. */
const airlock = airlockGroup('message');
let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-key-health-cli-'));
  const org = await makeTestKey('Org');
  const vendorKey = async (name: string, options: Partial<GenerateKeyOptions>) =>
    (
      await openpgp.generateKey({
        userIDs: [{ name, email: 'psirt@vendor.example' }],
        format: 'armored',
        config: { aeadProtect: false, v6Keys: false },
        ...options,
      })
    ).publicKey;
  // Made in 2020 with a one-year expiry: expired on any day the test runs.
  const expired = await vendorKey('Expired Vendor', {
    type: 'ecc',
    curve: 'curve25519Legacy',
    date: new Date('2020-01-01T00:00:00Z'),
    keyExpirationTime: 365 * 86_400,
  });
  const weak = await vendorKey('Weak Vendor', { type: 'rsa', rsaBits: 2048 });
  await Promise.all([
    writeFile(file('org.asc'), org.armoredSecret),
    writeFile(file('pass.txt'), org.passphrase),
    writeFile(file('expired.asc'), expired),
    writeFile(file('weak.asc'), weak),
    writeFile(file('plain.txt'), '[AL-2026-0042] hello\n'),
  ]);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const seal = (to: string, out: string) =>
  airlock(
    ...['seal', '--in', file('plain.txt'), '--to', file(to), '--sign-with', file('org.asc')],
    ...['--passphrase-file', file('pass.txt'), '--out', file(out)],
  );

describe('airlock message seal: recipient key health', () => {
  it('refuses an expired recipient key, naming it, and writes nothing', async () => {
    const result = await seal('expired.asc', 'expired-out.asc');
    expect(result.code).not.toBe(0);
    expect(result.json).toMatchObject({ ok: false, error: { code: 'key-health.refused' } });
    const message = (result.json.error as { message: string }).message;
    expect(message).toContain('Expired Vendor <psirt@vendor.example>');
    expect(message).toMatch(/\([0-9A-F]{40}\) has expired/);
    expect(await readdir(dir)).not.toContain('expired-out.asc');
  }, 60_000);

  it('seals to a weak key and lists the warning', async () => {
    const result = await seal('weak.asc', 'weak-out.asc');
    expect(result.code).toBe(0);
    expect(result.json.keyWarnings).toEqual([
      expect.objectContaining({
        userId: 'Weak Vendor <psirt@vendor.example>',
        codes: ['weak-rsa'],
      }),
    ]);
  }, 60_000);
});
