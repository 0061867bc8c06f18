import { describe, it, expect } from 'vitest';
import { CONTACT_SCHEMA_VERSION, nameOf, parseContact } from './contact';
import { sampleContact } from './testing/fixtures';

describe('Contact record', () => {
  it('accepts the sample', () => {
    expect(parseContact(sampleContact()).ok).toBe(true);
  });

  it('fingerprints must be upper-case hex of a real length', () => {
    expect(parseContact({ ...sampleContact(), pgpFingerprints: ['0123abcd'] }).ok).toBe(false);
  });

  it('reads a version 1 record (before products and clearance) with no products and no clearance', () => {
    const v1: Record<string, unknown> = { ...sampleContact(), schemaVersion: 1 };
    delete v1.products;
    delete v1.clearance;
    const r = parseContact(v1);
    if (!r.ok) throw new Error(r.error.issues.join('\n'));
    expect(r.value.schemaVersion).toBe(CONTACT_SCHEMA_VERSION);
    expect(r.value.products).toEqual([]);
    expect(r.value.clearance).toBeUndefined();
    expect(r.value.name.en).toBe('Example Inc.');
  });

  it('keeps a clearance and refuses a TLP that does not exist', () => {
    const amber = parseContact({ ...sampleContact(), clearance: 'AMBER' });
    expect(amber.ok && amber.value.clearance).toBe('AMBER');
    expect(parseContact({ ...sampleContact(), clearance: 'PURPLE' }).ok).toBe(false);
  });

  it('refuses a malformed product identifier and names the field', () => {
    const r = parseContact({ ...sampleContact(), products: ['pkg:npm/ok', 'cpe:2.3:a:only:four'] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues.join('\n')).toMatch(/^products\.1: .*CPE/m);
  });
});

describe('nameOf', () => {
  const named = (ja: string, en: string) => ({ name: { ja, en } });

  it('names a contact in the asked language', () => {
    expect(nameOf(named('株式会社エイ', 'A Corp'), 'ja')).toBe('株式会社エイ');
    expect(nameOf(named('株式会社エイ', 'A Corp'), 'en')).toBe('A Corp');
  });

  it('falls back to the other language when the asked one is blank, either way', () => {
    expect(nameOf(named('', 'A Corp'), 'ja')).toBe('A Corp');
    expect(nameOf(named('株式会社エイ', '  '), 'en')).toBe('株式会社エイ');
  });

  it('trims what it shows', () => {
    expect(nameOf(named(' エイ ', ''), 'ja')).toBe('エイ');
  });
});
