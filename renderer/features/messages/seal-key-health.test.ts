import * as openpgp from 'openpgp';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeKey, readKeysFrom } from '../../../shared/crypto/pgp';
import { makeTestKey, type TestKey } from '../../../shared/crypto/pgp/testing/test-support';
import { sampleCase } from '../../../shared/model/testing/fixtures';
import type { KeyRecord } from '../../../shared/model/key';
import type { Platform } from '../../platform';
import { freshStore } from '../../store/testing/test-support';
import { keyRecordFrom } from '../keys';
import { sealAndSend, type SendInput } from './seal-actions';

let org: TestKey;
let expired: KeyRecord;
let weak: KeyRecord;

type KeyOptions = Omit<Parameters<typeof openpgp.generateKey>[0], 'format'>;

async function record(options: KeyOptions): Promise<KeyRecord> {
  const { publicKey } = await openpgp.generateKey({ ...options, format: 'armored' });
  const read = await readKeysFrom(publicKey);
  if (!read.ok || read.value[0] === undefined) throw new Error('unreadable');
  return keyRecordFrom(await describeKey(read.value[0]), publicKey, '2026-01-01T00:00:00.000Z');
}

beforeAll(async () => {
  org = await makeTestKey('Org');
  // Made in 2020 with a one-year expiry: expired on any day the test runs.
  expired = await record({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name: 'Old Vendor', email: 'psirt@old.example' }],
    date: new Date('2020-01-01T00:00:00Z'),
    keyExpirationTime: 365 * 86_400,
  });
  weak = await record({
    type: 'rsa',
    rsaBits: 2048,
    userIDs: [{ name: 'Weak Vendor', email: 'psirt@weak.example' }],
  });
}, 60_000);

// Saving is declined: reaching it means the key-health check let the seal through.
const declining = {
  folders: null,
  saveFile: () => Promise.resolve({ ok: true, value: { saved: false } }),
} as unknown as Platform;

const input = (recipients: KeyRecord[]): SendInput => ({
  kase: sampleCase(),
  recipients,
  involvementId: null,
  signingKey: org.key,
  ownFingerprint: org.key.getFingerprint().toUpperCase(),
  subject: 's',
  body: 'b',
  language: 'en',
  purpose: 'other',
  attachments: [],
  attachmentMode: 'separate',
});

describe('vendor message seal and recipient key health', () => {
  it('refuses an expired key, naming it, and stores nothing', async () => {
    const store = await freshStore();
    const before = await store.storeDigest();
    const refused = await sealAndSend(store, declining, input([expired]));
    expect(refused).toMatchObject({ ok: false, error: { code: 'key-health.refused' } });
    expect(!refused.ok && refused.error.keys?.map((k) => k.userId)).toEqual([
      'Old Vendor <psirt@old.example>',
    ]);
    expect(!refused.ok && refused.error.message).toContain(expired.fingerprint);
    // Accepting warnings does not make an expired key usable.
    const again = await sealAndSend(store, declining, {
      ...input([expired]),
      acceptKeyWarnings: true,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'key-health.refused' } });
    expect(await store.storeDigest()).toBe(before);
  });

  it('holds a weak key until the analyst accepts the warning', async () => {
    const store = await freshStore();
    const held = await sealAndSend(store, declining, input([weak]));
    expect(held).toMatchObject({ ok: false, error: { code: 'key-health.warned' } });
    expect(!held.ok && held.error.keys?.[0]?.warnings).toEqual([{ code: 'weak-rsa', bits: 2048 }]);
    const sealed = await sealAndSend(store, declining, {
      ...input([weak]),
      acceptKeyWarnings: true,
    });
    expect(sealed).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  }, 30_000);
});
