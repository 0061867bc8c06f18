import { describe, expect, it } from 'vitest';
import { jpcertProfile } from '../workflow/policy-jpcert';
import {
  advisoryIdFacts,
  advisoryPrefixOf,
  changeAdvisoryPrefix,
  chooseAdvisoryPrefix,
} from './ids';

/** Issue 23: advisory IDs by JVN's numbering, as the JPCERT/CC profile's data. */
const rules = jpcertProfile.advisoryIds;
const choose = (kind: 'software' | 'website' | 'technical-alert', roles: string[]) =>
  chooseAdvisoryPrefix(
    advisoryIdFacts(
      kind,
      roles.map((role) => ({ role })),
    ),
    rules,
  );

describe('advisory ID prefix by JVN’s rules', () => {
  it('one domestic developer through the partnership: JVN#', () => {
    const c = choose('software', ['developer']);
    expect(c?.prefix).toBe('JVN');
    expect(c?.rule.source.sentence).toContain('Japan Vulnerability Notes (JVN)');
  });

  it('several vendors: JVNVU#, saying how many', () => {
    const c = choose('software', ['developer', 'developer', 'finder']);
    expect(c).toMatchObject({ prefix: 'JVNVU', because: { en: '2 vendors are involved' } });
    expect(c?.rule.source.sentence).toContain('multi-party coordination');
  });

  it('an overseas coordinator (CERT/CC as coordinator or partner): JVNVU#', () => {
    expect(choose('software', ['developer', 'coordinator'])?.prefix).toBe('JVNVU');
    expect(choose('website', ['site-operator', 'partner'])?.prefix).toBe('JVNVU');
  });

  it('a technical alert: JVNTA#, whatever else is involved', () => {
    expect(choose('technical-alert', ['developer', 'developer'])?.prefix).toBe('JVNTA');
  });

  it('a profile without numbering rules chooses nothing', () => {
    expect(chooseAdvisoryPrefix(advisoryIdFacts('software', []), undefined)).toBeNull();
  });
});

describe('changing the prefix by hand', () => {
  it('keeps the digits and needs a reason before publication', () => {
    expect(changeAdvisoryPrefix('JVN#12345678', 'JVNVU', 'CERT/CC joined', false)).toEqual({
      ok: true,
      value: 'JVNVU#12345678',
    });
    expect(changeAdvisoryPrefix('JVN#12345678', 'JVNVU', '  ', false)).toMatchObject({
      ok: false,
      error: { code: 'advisory-id-reason', text: { ja: expect.any(String) as unknown } },
    });
  });

  it('is refused once the advisory is published', () => {
    expect(changeAdvisoryPrefix('JVN#12345678', 'JVNVU', 'late', true)).toMatchObject({
      ok: false,
      error: { code: 'advisory-id-published' },
    });
  });

  it('reads the prefix of an ID', () => {
    expect(advisoryPrefixOf('JVNVU#12345678')).toBe('JVNVU');
    expect(advisoryPrefixOf('JVN#123')).toBeNull();
  });
});
