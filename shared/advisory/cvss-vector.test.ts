import { describe, expect, it } from 'vitest';
import { cvssMetrics } from './cvss-metrics';
import { buildCvssVector, parseCvssVector, readCvssVector, withMetric } from './cvss-vector';

describe('readCvssVector', () => {
  it('reads every metric of a full 3.1 vector into picker values', () => {
    const r = readCvssVector('3.1', ' CVSS:3.1/AV:A/AC:H/PR:L/UI:R/S:C/C:L/I:N/A:H/E:F/MC:X \n');
    expect(r.problems).toEqual([]);
    expect(r.metrics).toEqual({
      AV: 'A',
      AC: 'H',
      PR: 'L',
      UI: 'R',
      S: 'C',
      C: 'L',
      I: 'N',
      A: 'H',
      E: 'F',
      MC: 'X',
    });
  });

  it('names the bad metric and keeps the good ones', () => {
    const r = readCvssVector('3.1', 'CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H');
    expect(r.problems[0]).toMatchObject({ code: 'cvss-bad-value', metric: 'AV', value: 'Q' });
    expect(r.metrics.AC).toBe('L');
    expect(r.metrics.AV).toBeUndefined();
  });

  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/ZZ:1', 'cvss-syntax', 'ZZ:1'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/ZZ:H', 'cvss-unknown-metric', 'ZZ'],
    ['CVSS:3.1/AV:N/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'cvss-duplicate', 'AV'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H', 'cvss-missing-base', 'A'],
    // 4.0 metrics are not 3.1 metrics, and SC has no Safety value (only MSI/MSA do).
    ['CVSS:3.1/AV:N/AC:L/AT:N/PR:N/UI:N/S:U/C:H/I:H/A:H', 'cvss-unknown-metric', 'AT'],
  ])('%s → %s naming %s', (vector, code, metric) => {
    expect(readCvssVector('3.1', vector).problems[0]).toMatchObject({ code, metric });
  });

  it('refuses Safety on a base metric of 4.0 but accepts it on MSI', () => {
    const base = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
    expect(readCvssVector('4.0', base.replace('SI:N', 'SI:S')).problems[0]).toMatchObject({
      code: 'cvss-bad-value',
      metric: 'SI',
    });
    expect(readCvssVector('4.0', `${base}/MSI:S`).problems).toEqual([]);
  });

  it('refuses a vector of the other version with a prefix error', () => {
    const r = parseCvssVector('4.0', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H');
    expect(r).toMatchObject({ ok: false, error: { code: 'cvss-prefix' } });
  });
});

describe('buildCvssVector', () => {
  it('writes metrics in specification order without Not Defined ones', () => {
    const metrics = { U: 'Red', E: 'P', AV: 'N', AC: 'L', AT: 'N', PR: 'N', UI: 'N' };
    const all = { ...metrics, VC: 'H', VI: 'H', VA: 'H', SC: 'N', SI: 'N', SA: 'N', CR: 'X' };
    expect(buildCvssVector('4.0', all)).toBe(
      'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:P/U:Red',
    );
    expect(buildCvssVector('3.1', {})).toBe('');
  });

  it('round-trips every value of every metric through text', () => {
    for (const version of ['3.1', '4.0'] as const) {
      const base = Object.fromEntries(
        cvssMetrics[version].filter((d) => d.group === 'base').map((d) => [d.key, d.values[0]]),
      );
      for (const def of cvssMetrics[version]) {
        for (const value of def.values) {
          const metrics = withMetric(base as Record<string, string>, def.key, value);
          const text = buildCvssVector(version, metrics);
          const back = parseCvssVector(version, text);
          expect(back.ok, `${version} ${def.key}:${value}`).toBe(true);
          if (back.ok) expect(buildCvssVector(version, back.value)).toBe(text);
        }
      }
    }
  });

  it('drops an optional metric when Not Defined is picked', () => {
    expect(withMetric({ AV: 'N', E: 'P' }, 'E', 'X')).toEqual({ AV: 'N' });
  });
});
