import { describe, it, expect } from 'vitest';
import { parseBundleLedgerEntry } from './bundle-ledger-entry';

const ledger = {
  schemaVersion: 1,
  bundleId: '0b6f7c2e-1d3a-4e5f-9a8b-7c6d5e4f3a2b',
  senderFingerprint: '0123456789ABCDEF0123456789ABCDEF01234567',
  importedAt: '2026-05-01T00:00:00.000Z',
  outcome: 'imported',
  caseRefs: ['AL-2026-0042'],
  detail: '',
};

describe('BundleLedgerEntry record', () => {
  it('accepts an entry and refuses an unknown outcome', () => {
    expect(parseBundleLedgerEntry(ledger).ok).toBe(true);
    expect(parseBundleLedgerEntry({ ...ledger, outcome: 'maybe' }).ok).toBe(false);
  });
});
