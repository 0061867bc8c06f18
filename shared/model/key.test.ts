import { describe, expect, it } from 'vitest';
import { parseKeyRecord } from './key';

const record = {
  schemaVersion: 1,
  id: '0b6a2d6e-1f1c-4e5a-9a0b-6f3e2d1c0b9a',
  kind: 'public',
  armored: '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nxjMEZ...\n-----END PGP PUBLIC KEY BLOCK-----\n',
  fingerprint: '4D69F9E04507617BFA6892AB26C35A9E5FCF486C',
  userIds: ['Vendor PSIRT <psirt@vendor.example>'],
  algorithm: 'eddsaLegacy',
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: null,
  revoked: false,
  subkeys: [],
  trust: { level: 'unknown' },
  importedAt: '2026-02-01T00:00:00.000Z',
};

describe('Key record', () => {
  it('loads a stored key, including one written before schemaVersion existed', () => {
    expect(parseKeyRecord(record).ok).toBe(true);
    const old: Record<string, unknown> = { ...record };
    delete old.schemaVersion;
    expect(parseKeyRecord(old).ok).toBe(true);
  });

  it('refuses a lower-case or short fingerprint and a verified trust without how', () => {
    expect(parseKeyRecord({ ...record, fingerprint: record.fingerprint.toLowerCase() }).ok).toBe(
      false,
    );
    expect(parseKeyRecord({ ...record, fingerprint: '26C35A9E5FCF486C' }).ok).toBe(false);
    expect(parseKeyRecord({ ...record, trust: { level: 'verified' } }).ok).toBe(false);
    const verified = {
      level: 'verified',
      verification: { method: 'phone', at: '2026-02-02T00:00:00.000Z', by: 'analyst', note: '' },
    };
    expect(parseKeyRecord({ ...record, trust: verified }).ok).toBe(true);
  });

  it('says a newer record is unsupported instead of misreading it', () => {
    const result = parseKeyRecord({ ...record, schemaVersion: 2 });
    expect(result.ok ? 'ok' : result.error.code).toBe('unsupported-version');
  });
});
