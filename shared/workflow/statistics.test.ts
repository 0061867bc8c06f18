import { describe, expect, it } from 'vitest';
import { computeStatistics, dayStats, defaultStatisticsRange, quartersOf } from './statistics';

describe('computeStatistics', () => {
  it('refuses a range that ends before it starts, or is not two dates', () => {
    expect(computeStatistics([], [], { from: '2026-05-01', to: '2026-04-01' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-range' },
    });
    expect(computeStatistics([], [], { from: 'yesterday', to: '2026-04-01' }).ok).toBe(false);
  });
});

describe('quartersOf and dayStats', () => {
  it('clips the first and last quarter to the range and crosses the year', () => {
    expect(quartersOf('2026-11-15', '2027-02-03')).toEqual([
      { period: '2026-Q4', from: '2026-11-15', to: '2026-12-31' },
      { period: '2027-Q1', from: '2027-01-01', to: '2027-02-03' },
    ]);
  });

  it('takes the mean of the middle pair and the nearest-rank 90th percentile', () => {
    expect(dayStats([])).toEqual({ count: 0, median: null, p90: null });
    expect(dayStats([10, 2, 4, 8])).toEqual({ count: 4, median: 6, p90: 10 });
    const tenToHundred = Array.from({ length: 10 }, (_, i) => (i + 1) * 10);
    expect(dayStats(tenToHundred)).toEqual({ count: 10, median: 55, p90: 90 });
  });
});

describe('defaultStatisticsRange', () => {
  it('starts at the first day of the quarter three quarters back', () => {
    expect(defaultStatisticsRange('2026-02-10')).toEqual({ from: '2025-04-01', to: '2026-02-10' });
    expect(defaultStatisticsRange('2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});
