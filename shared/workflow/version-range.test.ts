import { describe, expect, it } from 'vitest';
import { compareVersions, parseVersionRange, versionInRange } from './version-range';

describe('version ranges on affected products', () => {
  it('orders versions numerically per segment, a release after its pre-release', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBe(1);
    expect(compareVersions('2.0', '2.0.0')).toBe(-1);
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
