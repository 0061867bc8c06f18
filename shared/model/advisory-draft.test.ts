import { describe, it, expect } from 'vitest';
import { sampleDraft } from '../advisory/testing/sample-draft';
import { parseAdvisoryDraft } from './advisory-draft';

const withChange = (
  change: (d: Record<string, unknown> & ReturnType<typeof sampleDraft>) => void,
) => {
  const d = structuredClone(sampleDraft()) as Record<string, unknown> &
    ReturnType<typeof sampleDraft>;
  change(d);
  return parseAdvisoryDraft(d);
};

describe('advisory draft record', () => {
  it('parses a complete draft and reads a missing schemaVersion as v1, migrated to v2', () => {
    expect(parseAdvisoryDraft(sampleDraft()).ok).toBe(true);
    const old: Record<string, unknown> = { ...sampleDraft() };
    delete old.schemaVersion;
    expect(parseAdvisoryDraft(old)).toMatchObject({ ok: true, value: { schemaVersion: 2 } });
  });

  it('accepts only JVN#, JVNVU# and JVNTA# with 8 digits', () => {
    for (const id of ['JVN#12345678', 'JVNVU#12345678', 'JVNTA#12345678']) {
      expect(withChange((d) => (d.advisoryId = id)).ok, id).toBe(true);
    }
    for (const id of ['JVN#1234567', 'JVNXX#12345678', 'JVNVU12345678', 'jvn#12345678']) {
      expect(withChange((d) => (d.advisoryId = id)).ok, id).toBe(false);
    }
  });

  it('refuses dangling references between products, vendors and vulnerabilities', () => {
    const badVendor = withChange((d) => (d.products[0]!.vendorId = 'v9'));
    expect(badVendor).toMatchObject({ ok: false });
    if (!badVendor.ok) expect(badVendor.error.issues.join()).toContain("unknown vendor 'v9'");
    const badVersion = withChange((d) => (d.vulnerabilities[0]!.productVersionIds = ['p1-v9']));
    expect(badVersion.ok).toBe(false);
  });

  it('requires a revision entry when final and numbers revisions 1, 2, … in date order', () => {
    expect(withChange((d) => (d.status = 'final')).ok).toBe(false);
    const rev = (number: string, date: string) => ({ number, date, summary: { ja: 'x', en: 'x' } });
    expect(
      withChange(
        (d) => (d.revisions = [rev('1', '2026-11-24T00:00:00Z'), rev('3', '2026-11-25T00:00:00Z')]),
      ).ok,
    ).toBe(false);
    expect(
      withChange(
        (d) => (d.revisions = [rev('1', '2026-11-25T00:00:00Z'), rev('2', '2026-11-24T00:00:00Z')]),
      ).ok,
    ).toBe(false);
    expect(
      withChange(
        (d) => (d.revisions = [rev('1', '2026-11-24T00:00:00Z'), rev('2', '2026-11-25T00:00:00Z')]),
      ).ok,
    ).toBe(true);
  });

  it('refuses a non-http reference, a bad CVE id and a non-UUIDv4 CNA orgId', () => {
    expect(withChange((d) => (d.references[0]!.url = 'javascript:alert(1)')).ok).toBe(false);
    expect(withChange((d) => (d.vulnerabilities[0]!.cve = 'CVE-26-1')).ok).toBe(false);
    expect(
      withChange((d) => (d.publisher.cveOrgId = '00000000-0000-0000-0000-000000000000')).ok,
    ).toBe(false);
  });
});
