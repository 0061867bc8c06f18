import { describe, expect, it } from 'vitest';
import type { ContactId } from '../../model';
import { keyOfFingerprint, signerOf, type SignerKey } from './signer';

const VENDOR = 'c0000000-0000-4000-8000-000000000001' as ContactId;
const fpr = (c: string) => c.repeat(40);
const key = (primary: string, sub: string, owner?: ContactId): SignerKey => ({
  fingerprint: fpr(primary),
  subkeys: [
    {
      fingerprint: fpr(sub),
      algorithm: 'ecdh',
      createdAt: '2026-01-01T00:00:00.000Z',
      expiresAt: null,
      revoked: false,
    },
  ],
  ...(owner === undefined ? {} : { ownerContactId: owner }),
});
const vendorKey = key('A', 'B', VENDOR);
const strayKey = key('C', 'D');
const keyring = [strayKey, vendorKey];

describe('signerOf: who signed a reply, by the keyring now', () => {
  it('names the vendor whose key made the only, valid signature', () => {
    const signer = signerOf({ signatures: [{ status: 'valid', fingerprint: fpr('A') }] }, keyring);
    expect(signer).toEqual({
      verified: true,
      key: vendorKey,
      contactId: VENDOR,
      fingerprint: fpr('A'),
    });
  });

  it('finds the key by a subkey fingerprint or a 16-hex key ID, in any case and spacing', () => {
    expect(keyOfFingerprint(fpr('b').toLowerCase(), keyring)).toBe(vendorKey);
    expect(keyOfFingerprint('DDDD DDDD DDDD DDDD', keyring)).toBe(strayKey);
    expect(keyOfFingerprint('', keyring)).toBeUndefined();
    expect(keyOfFingerprint(fpr('E'), keyring)).toBeUndefined();
  });

  it('says `missing` for a reply without signatures, never verified', () => {
    expect(signerOf({ signatures: [] }, keyring)).toEqual({
      verified: false,
      reason: 'missing',
      key: null,
      fingerprint: null,
    });
  });

  it('lets one bad signature outweigh a valid one, naming the worst reason', () => {
    const both = signerOf(
      {
        signatures: [
          { status: 'valid', fingerprint: fpr('A') },
          { status: 'invalid', fingerprint: fpr('A') },
        ],
      },
      keyring,
    );
    expect(both).toMatchObject({ verified: false, reason: 'invalid', key: vendorKey });
    for (const reason of ['unknown-key', 'expired-key', 'revoked-key'] as const) {
      const r = signerOf({ signatures: [{ status: reason, fingerprint: fpr('E') }] }, keyring);
      expect(r).toEqual({ verified: false, reason, key: null, fingerprint: fpr('E') });
    }
  });

  it('does not vouch for a signature whose key has left the keyring since it was opened', () => {
    const r = signerOf({ signatures: [{ status: 'valid', fingerprint: fpr('E') }] }, keyring);
    expect(r).toEqual({ verified: false, reason: 'unknown-key', key: null, fingerprint: fpr('E') });
  });

  it('prefers the signing key that belongs to a contact, else the first', () => {
    const two = [
      { status: 'valid' as const, fingerprint: fpr('C') },
      { status: 'valid' as const, fingerprint: fpr('A') },
    ];
    expect(signerOf({ signatures: two }, keyring)).toMatchObject({ key: vendorKey });
    const unowned = signerOf({ signatures: [two[0] as (typeof two)[0]] }, keyring);
    expect(unowned).toEqual({
      verified: true,
      key: strayKey,
      contactId: null,
      fingerprint: fpr('C'),
    });
  });
});
