import { describe, it, expect } from 'vitest';
import { computeCvss, severityOf } from './cvss';

describe('computeCvss', () => {
  it('scores CVSS 3.1 and 4.0 base vectors as FIRST publishes them', () => {
    const v31 = computeCvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H');
    expect(v31).toMatchObject({
      ok: true,
      value: { version: '3.1', baseScore: 9.8, baseSeverity: 'CRITICAL' },
    });
    const xss = computeCvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N');
    expect(xss).toMatchObject({ ok: true, value: { baseScore: 6.1, baseSeverity: 'MEDIUM' } });
    const v40 = computeCvss('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N');
    expect(v40).toMatchObject({ ok: true, value: { version: '4.0', baseScore: 9.3 } });
  });

  it('gives the FIRST JSON form with the exact vector and no undefined metrics', () => {
    const r = computeCvss('CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:N');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.json).toMatchObject({
      version: '3.1',
      vectorString: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:N',
      baseScore: 8.1,
      baseSeverity: 'HIGH',
      attackVector: 'NETWORK',
    });
    expect(Object.values(r.value.json)).not.toContain('NOT_DEFINED');
  });

  it('refuses garbage, partial vectors and unknown versions with a typed error', () => {
    for (const bad of [
      'CVSS:3.1/AV:N',
      'CVSS:3.1/AV:X/garbage',
      'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      'hello',
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/ZZ:1',
    ]) {
      const r = computeCvss(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid-cvss');
    }
  });

  it('maps scores to FIRST severity bands', () => {
    expect([0, 0.1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map(severityOf)).toEqual([
      'NONE',
      'LOW',
      'LOW',
      'MEDIUM',
      'MEDIUM',
      'HIGH',
      'HIGH',
      'CRITICAL',
      'CRITICAL',
    ]);
  });
});
