import { describe, it, expect } from 'vitest';
import { sampleReport } from './testing/fixtures';
import { parseReport } from './report';

describe('Report record', () => {
  it('accepts a full report, and a row without schemaVersion is read as v1', () => {
    expect(parseReport(sampleReport()).ok).toBe(true);
    const old: Record<string, unknown> = { ...sampleReport() };
    delete old.schemaVersion;
    expect(parseReport(old)).toMatchObject({ ok: true, value: { schemaVersion: 1 } });
  });

  it('refuses a bad reporter key fingerprint and a bad time-constraint date', () => {
    const r = sampleReport();
    expect(parseReport({ ...r, reporter: { ...r.reporter, pgpKeyFingerprint: 'abc' } }).ok).toBe(
      false,
    );
    expect(parseReport({ ...r, timeConstraints: [{ date: '1 Aug', description: 'x' }] }).ok).toBe(
      false,
    );
  });
});
