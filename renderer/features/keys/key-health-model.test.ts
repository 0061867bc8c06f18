import * as openpgp from 'openpgp';
import { describe, expect, it } from 'vitest';
import { describeKey, readKeysFrom } from '../../../shared/crypto/pgp';
import type { KeyRecord } from '../../../shared/model/key';
import { keyRecordFrom } from './keyring-model';
import { recordHealths, sortByHealth } from './key-health-model';

async function record(name: string, expiresInDays: number): Promise<KeyRecord> {
  const { publicKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name, email: 'psirt@vendor.example' }],
    date: new Date('2026-01-01T00:00:00Z'),
    keyExpirationTime: expiresInDays * 86_400,
    format: 'armored',
  });
  const read = await readKeysFrom(publicKey);
  if (!read.ok || read.value[0] === undefined) throw new Error('unreadable');
  return keyRecordFrom(await describeKey(read.value[0]), publicKey, '2026-01-01T00:00:00.000Z');
}

describe('the keyring by key health', () => {
  it('lists the expired key first, then the one expiring soon, then the healthy one', async () => {
    const healthy = await record('Healthy', 0);
    const soon = await record('Soon', 170);
    const expired = await record('Expired', 100);
    const broken = {
      ...healthy,
      id: 'broken' as KeyRecord['id'],
      armored: '-----BEGIN PGP PUBLIC KEY BLOCK-----\nx',
    };
    const now = new Date('2026-06-01T00:00:00Z');
    const healths = await recordHealths([healthy, soon, expired, broken], { now });
    expect([...healths.values()].map((h) => h.level)).toEqual([
      'ok',
      'warned',
      'refused',
      'refused',
    ]);
    expect(sortByHealth([healthy, soon, expired], healths).map((r) => r.userIds[0])).toEqual([
      'Expired <psirt@vendor.example>',
      'Soon <psirt@vendor.example>',
      'Healthy <psirt@vendor.example>',
    ]);
    // Before the healths are known, the keyring keeps its order.
    expect(sortByHealth([healthy, soon], null)).toEqual([healthy, soon]);
  });
});
