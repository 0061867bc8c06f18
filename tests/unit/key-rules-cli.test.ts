// The CLI and the app judge keys by one rule (shared/crypto/pgp): a new organisation key
// expires after the same default as the app's form, and `key inspect` reports the key health
// the app's keyring shows (an RSA 2048 key is weak there, so it is here).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KEY_EXPIRY, KEY_EXPIRIES } from '../../shared/crypto/pgp';
import { airlockGroup } from './testing/cli';

const key = airlockGroup('key');
let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-key-rules-cli-'));
  const rsa = await openpgp.generateKey({
    type: 'rsa',
    rsaBits: 2048,
    userIDs: [{ name: 'Old Vendor', email: 'old@example.org' }],
    format: 'armored',
    config: { v6Keys: false },
  });
  await Promise.all([
    writeFile(file('rsa2048.pub.asc'), rsa.publicKey),
    writeFile(file('pass.txt'), 'a passphrase\n'),
  ]);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Described = {
  createdAt: string;
  expiresAt: string | null;
  usability: { warnings: string[] };
  health: { level: string; warnings: { code: string }[]; message?: string };
};

describe('airlock key follows the app', () => {
  it('key generate without --expires expires after the default the app offers (2 years)', async () => {
    const result = await key(
      ...['generate', '--name', 'Org', '--email', 'psirt@example.org'],
      ...['--passphrase-file', file('pass.txt')],
      ...['--out-secret', file('org.sec.asc'), '--out-public', file('org.pub.asc')],
    );
    expect(result).toMatchObject({ code: 0, json: { ok: true } });
    const { createdAt, expiresAt } = (result.json as { key: Described }).key;
    expect(DEFAULT_KEY_EXPIRY).toBe('2y');
    expect(expiresAt).not.toBeNull();
    const seconds = (Date.parse(expiresAt ?? '') - Date.parse(createdAt)) / 1000;
    expect(seconds).toBe(KEY_EXPIRIES[DEFAULT_KEY_EXPIRY]);
  }, 60_000);

  it('key inspect of an RSA 2048 key reports it weak, as the app does', async () => {
    const result = await key('inspect', file('rsa2048.pub.asc'), '--json');
    expect(result).toMatchObject({ code: 0, json: { ok: true } });
    const [described] = (result.json as { keys: Described[] }).keys;
    expect(described?.usability.warnings).toContain('weak-algorithm');
    expect(described?.health).toMatchObject({
      level: 'warned',
      warnings: [{ code: 'weak-rsa', bits: 2048 }],
    });
    expect(described?.health.message).toMatch(/is RSA under 3072 bits/);
  }, 60_000);
});
