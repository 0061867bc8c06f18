import { describe, expect, it } from 'vitest';
import { dayInZone, formatInstant, startOfDayInZone } from './format-date';

describe('dates shown with their zone', () => {
  it('shows an instant in Japan time with the zone', () => {
    expect(formatInstant('2026-12-25T15:30:00.000Z')).toBe('2026-12-26 00:30 JST');
    expect(formatInstant('2026-12-25T15:30:00.000Z', { withTime: false })).toBe('2026-12-26 (JST)');
    expect(formatInstant('2026-12-25T15:30:00.000Z', { zone: 'UTC' })).toBe('2026-12-25 15:30 UTC');
  });

  it('converts a calendar day in Tokyo to its UTC start and back', () => {
    expect(startOfDayInZone('2026-04-28')).toBe('2026-04-27T15:00:00.000Z');
    expect(dayInZone('2026-04-27T15:00:00.000Z')).toBe('2026-04-28');
  });
});
