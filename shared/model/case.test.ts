import { describe, it, expect } from 'vitest';
import { advisoryIdSchema, caseRefSchema, parseCase } from './case';
import { sampleCase } from './testing/fixtures';

describe('Case record', () => {
  it('accepts a current (v4) record unchanged', () => {
    const c = sampleCase();
    expect(parseCase(c)).toEqual({ ok: true, value: c });
  });

  it('still loads a v1 record: bare priority and firstContact are migrated', () => {
    const c = sampleCase();
    const v1Dates: Record<string, unknown> = {
      ...c.dates,
      firstContact: '2026-04-28T00:30:00.000Z',
    };
    delete v1Dates.firstVendorContactAttempt;
    const v1 = { ...c, schemaVersion: 1, priority: 'high', dates: v1Dates };
    const r = parseCase(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.schemaVersion).toBe(4);
    expect(r.value.technicalAlert).toBeNull();
    expect(r.value.vendorSummary).toBe('');
    expect(r.value.priority).toEqual({ level: 'high', reasons: [] });
    expect(r.value.dates.firstVendorContactAttempt).toBe('2026-04-28T00:30:00.000Z');
    expect(r.value.dates).not.toHaveProperty('firstContact');
  });

  it('still loads a v3 record: no vendor-safe summary yet, and the title stays internal', () => {
    const v3: Record<string, unknown> = { ...sampleCase(), schemaVersion: 3 };
    delete v3.vendorSummary;
    delete v3.titleShareable;
    const r = parseCase(v3);
    expect(r).toEqual({
      ok: true,
      value: { ...sampleCase(), vendorSummary: '', titleShareable: false },
    });
  });

  it('keeps the summary to one letter paragraph', () => {
    expect(parseCase({ ...sampleCase(), vendorSummary: 'x'.repeat(2001) }).ok).toBe(false);
    const c = {
      ...sampleCase(),
      vendorSummary: 'A stored XSS in the admin panel',
      titleShareable: true,
    };
    expect(parseCase(c)).toEqual({ ok: true, value: c });
  });

  it('refuses a record from a newer app version with a typed error', () => {
    const r = parseCase({ ...sampleCase(), schemaVersion: 5 });
    expect(r).toMatchObject({ ok: false, error: { code: 'unsupported-version' } });
  });

  it('reports the failing field for a bad record', () => {
    const r = parseCase({ ...sampleCase(), tlp: 'PURPLE' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-record');
    expect(r.error.issues.join('\n')).toContain('tlp');
  });

  it('rejects non-UTC instants, so string comparison of dates stays correct', () => {
    const c = sampleCase();
    const r = parseCase({ ...c, dates: { ...c.dates, received: '2026-04-20T10:00:00+09:00' } });
    expect(r.ok).toBe(false);
  });

  it('validates case refs and JVN advisory ids', () => {
    expect(caseRefSchema.safeParse('AL-2026-0042').success).toBe(true);
    expect(caseRefSchema.safeParse('al-2026-42').success).toBe(false);
    for (const ok of ['JVN#12345678', 'JVNVU#12345678', 'JVNTA#12345678']) {
      expect(advisoryIdSchema.safeParse(ok).success).toBe(true);
    }
    for (const bad of ['JVN#1234567', 'JVNXX#12345678', 'JVN12345678', 'JVNVU#123456789']) {
      expect(advisoryIdSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('rejects a non-object and a bad schemaVersion', () => {
    expect(parseCase('x').ok).toBe(false);
    expect(parseCase({ ...sampleCase(), schemaVersion: 0 }).ok).toBe(false);
  });
});
