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

describe('AuditEntry v2 (record digests)', () => {
  it('reads a v1 entry in its own shape, so the chain still hashes what was written', () => {
    const read = parseAuditEntry(entry);
    expect(read).toEqual({ ok: true, value: entry });
  });

  it('accepts a v2 put with the digest and envelope version of the row it wrote', () => {
    const v2 = { ...entry, schemaVersion: 2, digest: 'b'.repeat(64), ev: 1 };
    expect(parseAuditEntry(v2)).toEqual({ ok: true, value: v2 });
    expect(parseAuditEntry({ ...v2, digest: 'B'.repeat(64) }).ok).toBe(false);
    expect(parseAuditEntry({ ...entry, schemaVersion: 2, op: 'delete' }).ok).toBe(true);
    expect(parseAuditEntry({ ...entry, schemaVersion: 3 })).toMatchObject({
      ok: false,
      error: { code: 'unsupported-version' },
    });
    expect(parseAuditEntry({ ...entry, op: 'update' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-record' },
    });
  });
});
