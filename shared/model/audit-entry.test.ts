import { describe, it, expect } from 'vitest';
import { GENESIS_HASH, parseAuditEntry } from './audit-entry';

const entry = {
  schemaVersion: 1,
  seq: 0,
  at: '2026-05-01T00:00:00.000Z',
  table: 'cases',
  recordId: 'x',
  op: 'put',
  prevHash: GENESIS_HASH,
  hash: 'a'.repeat(64),
};

describe('AuditEntry record', () => {
  it('accepts a chained entry and refuses non-canonical hashes', () => {
    expect(parseAuditEntry(entry).ok).toBe(true);
    expect(parseAuditEntry({ ...entry, hash: 'A'.repeat(64) }).ok).toBe(false);
    expect(parseAuditEntry({ ...entry, op: 'update' }).ok).toBe(false);
  });
});
