import { describe, expect, it } from 'vitest';
import { compareVersions, parseVersionRange, versionInRange } from './version-range';

describe('version ranges on affected products', () => {
  it('orders versions numerically per segment, a release after its pre-release', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBe(1);
    expect(compareVersions('2.0', '2.0.0')).toBe(0);
    expect(compareVersions('1.0.0', '1.0.0-beta')).toBe(1);
    expect(compareVersions('3.4.2', '3.4.2')).toBe(0);
  });

  it.each([
    ['< 2.1.0', '2.0.9', true],
    ['< 2.1.0', '2.1.0', false],
    ['>=1.0 <1.4', '1.3.9', true],
    ['>=1.0, <1.4', '1.4', false],
    ['1.0.0 - 1.4.2', '1.4.2', true],
    ['1.0.0 - 1.4.2', '0.9', false],
    ['3.4.2 and earlier', '3.4.1', true],
    ['3.4.2以前', '3.5', false],
    ['prior to 2.1', '2.0', true],
    ['vers:npm/>=1.0.0|<2.0.0', '1.5.0', true],
    ['vers:npm/>=1.0.0|<2.0.0', '2.0.0', false],
    ['=1.2', '1.2', true],
  ])('%s holds for %s: %s', (range, version, expected) => {
    expect(versionInRange(version, range)).toBe(expected);
  });

  it('does not guess a range it does not understand', () => {
    expect(parseVersionRange('')).toBeNull();
    expect(parseVersionRange('all versions of the 2 series')).toBeNull();
    expect(versionInRange('1.0', 'latest')).toBeNull();
  });
});

describe('version range edge cases', () => {
  it('orders pre-release words alphabetically and before a number at the same place', () => {
    expect(compareVersions('1.0-alpha', '1.0-beta')).toBe(-1);
    expect(compareVersions('1.0-rc', '1.0-beta')).toBe(1);
    expect(compareVersions('1.0-beta', '1.0.1')).toBe(-1);
    expect(compareVersions('1.0-beta', '1.0')).toBe(-1);
    expect(compareVersions('1.0', '1.0-beta')).toBe(1);
    expect(compareVersions('1.0.0', '1.0')).toBe(0);
    expect(compareVersions('1.0.1', '1.0-beta')).toBe(1);
    expect(compareVersions('1.0-beta.2', '1.0-beta.10')).toBe(-1);
    expect(compareVersions('1.0-rc.1', '1.0-rc.1')).toBe(0);
  });

  it('treats a version without any segment as the lowest', () => {
    expect(compareVersions('', '1')).toBe(-1);
    expect(compareVersions('1', '')).toBe(1);
    expect(compareVersions('', '')).toBe(0);
  });

  it.each([
    ['>1.2', '1.2.1', true],
    ['> 1.2', '1.2', false],
    ['<=2.0', '2.0', true],
    ['<=2.0', '2.0.1', false],
    ['!=1.5', '1.4', true],
    ['!= 1.5', '1.5', false],
    ['>=1.2 <2.0', '1.2', true],
    ['>=1.2 <2.0', '1.9.9', true],
    ['>=1.2 <2.0', '2.0', false],
    ['>=1.2 <2.0', '1.1.9', false],
    ['1.4', '1.4', true],
    ['1.4', '1.4.1', false],
    ['before 3.0', '3.0', false],
    ['Earlier than 3.0', '2.9', true],
    ['2.5 or earlier', '2.5', true],
    ['2.5 and prior', '2.6', false],
    ['2.5およびそれ以前', '2.4', true],
    ['vers:pypi/>=1.0|!=1.3|<2.0', '1.3', false],
    ['vers:pypi/>=1.0|!=1.3|<2.0', '1.4', true],
    ['vers:deb/1.2.3', '1.2.3', true],
  ])('%s holds for %s: %s', (range, version, expected) => {
    expect(versionInRange(version, range)).toBe(expected);
  });

  it('parses each form into the comparators that must all hold', () => {
    expect(parseVersionRange('  >= 1.2 , < 2.0 ')).toEqual([
      { op: '>=', version: '1.2' },
      { op: '<', version: '2.0' },
    ]);
    expect(parseVersionRange('1.0 - 1.4')).toEqual([
      { op: '>=', version: '1.0' },
      { op: '<=', version: '1.4' },
    ]);
    expect(parseVersionRange('prior to 2.1')).toEqual([{ op: '<', version: '2.1' }]);
    expect(parseVersionRange('3.4以前')).toEqual([{ op: '<=', version: '3.4' }]);
    expect(parseVersionRange('1.2')).toEqual([{ op: '=', version: '1.2' }]);
  });

  it('rejects malformed ranges as a whole instead of keeping the parts it understands', () => {
    expect(parseVersionRange('   ')).toBeNull();
    expect(parseVersionRange('>=1.0 <latest')).toBeNull();
    expect(parseVersionRange('=> 1.0')).toBeNull();
    expect(parseVersionRange('~1.2')).toBeNull();
    expect(parseVersionRange('vers:npm/')).toBeNull();
    expect(parseVersionRange(',')).toBeNull();
    expect(versionInRange('1.0', '>=1.0 || <0.5')).toBeNull();
  });
});

describe('version ranges as vendors write them (the cases that changed who is suggested)', () => {
  it('treats 2.0 and 2.0.0 as one release, so a vendor at 2.0 is inside >=2.0.0', () => {
    expect(versionInRange('2.0', '>=2.0.0')).toBe(true);
    expect(versionInRange('2.0.0', '<=2.0')).toBe(true);
    expect(versionInRange('2', '=2.0.0')).toBe(true);
  });

  it('puts a pre-release before its release, however many zeros are written', () => {
    expect(versionInRange('1.0.0-beta', '>=1.0')).toBe(false);
    expect(versionInRange('1.0.0-beta', '<1.0')).toBe(true);
    expect(compareVersions('1.0.0-beta', '1.0')).toBe(-1);
    expect(compareVersions('1.0-beta', '1.0.0-beta')).toBe(0);
    expect(compareVersions('1.0-beta', '1.0-beta.2')).toBe(-1);
    expect(compareVersions('1.0-beta.2', '1.0-beta')).toBe(1);
  });

  it('compares pre-release words without regard to case', () => {
    expect(compareVersions('1.0-RC1', '1.0-rc1')).toBe(0);
    expect(compareVersions('1.0-RC1', '1.0-beta')).toBe(1);
    expect(versionInRange('2.0-Beta', '<2.0-rc')).toBe(true);
  });

  it('ignores build metadata when ordering', () => {
    expect(compareVersions('1.2.3+build.9', '1.2.3')).toBe(0);
    expect(versionInRange('1.2.3+deb12u1', '<=1.2.3')).toBe(true);
  });

  it.each([
    ['2.x', '2.5', true],
    ['2.x', '2', true],
    ['2.X', '2.99.1', true],
    ['2.*', '3.0', false],
    ['2.x', '1.9', false],
    ['2.5.x', '2.5.10', true],
    ['2.5.x', '2.50', false],
    ['2.5.x', '2.6.0', false],
    ['2.0.x', '2', true],
    ['2.x', '2.0-beta', true],
    ['2.x', '3.0-beta', false],
    ['*', '0.0.1', true],
    ['vers:npm/*', '9.9', true],
  ])('the series %s holds for %s: %s', (range, version, expected) => {
    expect(versionInRange(version, range)).toBe(expected);
  });

  it('reads x-ranges as a series, not as an exact version named "2.x"', () => {
    expect(parseVersionRange('2.x')).toEqual([{ op: 'series', version: '2' }]);
    expect(parseVersionRange('=1.4.*')).toEqual([{ op: 'series', version: '1.4' }]);
    expect(parseVersionRange('x')).toBeNull();
  });
});
