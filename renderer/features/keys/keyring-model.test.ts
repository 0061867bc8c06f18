import { beforeAll, describe, expect, it } from 'vitest';
import { describeKey, type KeyDescription } from '../../../shared/crypto/pgp';
import { makeTestKey, type TestKey } from '../../../shared/crypto/pgp/testing/test-support';
import type { ContactId } from '../../../shared/model';
import { parseKeyRecord, type KeyRecord, type KeyVerification } from '../../../shared/model/key';
import {
  algorithmLabel,
  keyLabel,
  keyRecordFrom,
  mergeImported,
  parseAlgorithmLabel,
  recordUsability,
  verifiedTrust,
} from './keyring-model';

const NOW = '2026-06-01T00:00:00.000Z';
const LATER = '2026-07-01T00:00:00.000Z';
const OWNER = 'c0ffee00-0000-4000-8000-000000000001' as ContactId;
const CHECKED: KeyVerification = {
  method: 'phone',
  at: NOW,
  by: 'analyst',
  note: 'fingerprint read aloud by the vendor PSIRT',
};

let vendor: TestKey;
let publicDescription: KeyDescription;
let secretDescription: KeyDescription;

beforeAll(async () => {
  vendor = await makeTestKey('Vendor');
  publicDescription = await describeKey(vendor.key.toPublic());
  secretDescription = await describeKey(vendor.key);
});

const publicRecord = (overrides: Partial<KeyRecord> = {}): KeyRecord => ({
  ...keyRecordFrom(publicDescription, vendor.armoredPublic, NOW),
  ...overrides,
});

describe('algorithmLabel', () => {
  it('names the key size or the curve when the key has one', () => {
    expect(algorithmLabel({ algorithm: 'rsaEncryptSign', bits: 4096 })).toBe('rsaEncryptSign 4096');
    expect(algorithmLabel({ algorithm: 'eddsaLegacy', curve: 'ed25519Legacy' })).toBe(
      'eddsaLegacy (ed25519Legacy)',
    );
    expect(algorithmLabel({ algorithm: 'unknown' })).toBe('unknown');
  });
});

describe('keyRecordFrom', () => {
  it('turns an imported vendor key into a storable record, not yet trusted', () => {
    const record = publicRecord();
    expect(parseKeyRecord(record)).toEqual({ ok: true, value: record });
    expect(record).toMatchObject({
      kind: 'public',
      armored: vendor.armoredPublic,
      fingerprint: publicDescription.fingerprint,
      userIds: ['Vendor <vendor@example.org>'],
      expiresAt: null,
      revoked: false,
      trust: { level: 'unknown' },
      importedAt: NOW,
    });
    expect(record.ownerContactId).toBeUndefined();
    expect(record.subkeys.map((s) => s.fingerprint)).toEqual(
      publicDescription.subkeys.map((s) => s.fingerprint),
    );
    expect(record.algorithm).toBe(algorithmLabel(publicDescription.algorithm));
  });

  it('records our own key as secret', () => {
    const record = keyRecordFrom(secretDescription, vendor.armoredSecret, NOW);
    expect(record.kind).toBe('secret');
    expect(parseKeyRecord(record).ok).toBe(true);
  });

  it('a key described again keeps its id, owner, trust and first import date', () => {
    const existing = publicRecord({ ownerContactId: OWNER, trust: verifiedTrust(CHECKED) });
    const again = keyRecordFrom(publicDescription, vendor.armoredPublic, LATER, existing);
    expect(again).toEqual(existing);
    expect(keyRecordFrom(publicDescription, vendor.armoredPublic, LATER).id).not.toBe(existing.id);
  });
});

describe('mergeImported', () => {
  it('a key not in the keyring is added as it came', () => {
    const incoming = publicRecord();
    expect(mergeImported(incoming, undefined)).toBe(incoming);
  });

  it('a public copy never replaces our secret key, but its revocation is kept', () => {
    const secret = keyRecordFrom(secretDescription, vendor.armoredSecret, NOW);
    const revokedCopy = publicRecord({ revoked: true });
    const merged = mergeImported(revokedCopy, secret);
    expect(merged).toEqual({ ...secret, revoked: true });
    expect(merged.armored).toBe(vendor.armoredSecret);
    expect(mergeImported(publicRecord(), secret)).toEqual(secret);
  });

  it('a refreshed public key takes the new key material and keeps id, owner and trust', () => {
    const existing = publicRecord({
      ownerContactId: OWNER,
      trust: verifiedTrust(CHECKED),
      expiresAt: '2026-06-15T00:00:00.000Z',
    });
    const refreshed = { ...publicRecord(), importedAt: LATER, userIds: ['Vendor PSIRT'] };
    expect(mergeImported(refreshed, existing)).toEqual({
      ...refreshed,
      id: existing.id,
      ownerContactId: OWNER,
      trust: verifiedTrust(CHECKED),
      importedAt: NOW,
    });
  });
});

describe('recordUsability', () => {
  const now = new Date(NOW);

  it('an unverified key may be used, with a warning; a verified one without', () => {
    expect(recordUsability(publicRecord(), now)).toEqual({
      usable: true,
      warnings: ['unverified'],
    });
    expect(recordUsability(publicRecord({ trust: verifiedTrust(CHECKED) }), now)).toEqual({
      usable: true,
      warnings: [],
    });
  });

  it('an RSA key under 3072 bits carries the weak-algorithm warning (as key health says)', () => {
    const weak = publicRecord({ algorithm: 'rsaEncryptSign 1024' });
    expect(recordUsability(weak, now).warnings).toContain('weak-algorithm');
    const rsa2048 = publicRecord({ algorithm: 'rsaEncryptSign 2048' });
    expect(recordUsability(rsa2048, now).warnings).toContain('weak-algorithm');
    const strong = publicRecord({ algorithm: 'rsaEncryptSign 4096' });
    expect(recordUsability(strong, now).warnings).not.toContain('weak-algorithm');
    expect(parseAlgorithmLabel('eddsaLegacy (ed25519Legacy)')).toEqual({
      algorithm: 'eddsaLegacy',
    });
  });

  it('an expired or revoked key is refused', () => {
    const expired = publicRecord({ expiresAt: '2026-05-31T00:00:00.000Z' });
    expect(recordUsability(expired, now)).toMatchObject({ usable: false });
    expect(recordUsability(expired, now).warnings).toContain('expired');
    const revoked = publicRecord({ revoked: true, trust: verifiedTrust(CHECKED) });
    expect(recordUsability(revoked, now)).toEqual({ usable: false, warnings: ['revoked'] });
  });

  it('warns a month before the key expires', () => {
    const soon = publicRecord({
      expiresAt: '2026-06-20T00:00:00.000Z',
      trust: verifiedTrust(CHECKED),
    });
    expect(recordUsability(soon, now)).toEqual({ usable: true, warnings: ['expires-soon'] });
  });

  it('a key whose encryption subkeys are all revoked or expired cannot be encrypted to', () => {
    const subkeys = publicRecord().subkeys;
    const revokedSubkeys = publicRecord({
      trust: verifiedTrust(CHECKED),
      subkeys: subkeys.map((s) => ({ ...s, revoked: true })),
    });
    expect(recordUsability(revokedSubkeys, now)).toEqual({
      usable: false,
      warnings: ['no-encryption-key'],
    });
    const expiredSubkeys = publicRecord({
      trust: verifiedTrust(CHECKED),
      subkeys: subkeys.map((s) => ({ ...s, expiresAt: '2026-05-01T00:00:00.000Z' })),
    });
    expect(recordUsability(expiredSubkeys, now).usable).toBe(false);
  });
});

describe('keyLabel', () => {
  it('is the first user ID, or the fingerprint of a key without one', () => {
    expect(keyLabel({ userIds: ['Vendor PSIRT', 'Other'], fingerprint: 'ABCD' })).toBe(
      'Vendor PSIRT',
    );
    expect(keyLabel({ userIds: [], fingerprint: 'ABCD' })).toBe('ABCD');
  });
});
