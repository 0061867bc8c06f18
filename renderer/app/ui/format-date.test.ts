import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayInZone, formatInstant, startOfDayInZone } from './format-date';

describe('dates shown with their zone', () => {
  it('shows an instant in Japan time with the zone', () => {
    expect(formatInstant('2026-12-25T15:30:00.000Z')).toBe('2026-12-26 00:30 JST');
    expect(formatInstant('2026-12-25T15:30:00.000Z', { withTime: false })).toBe('2026-12-26 (JST)');
    expect(formatInstant('2026-12-25T15:30:00.000Z', { zone: 'UTC' })).toBe('2026-12-25 15:30 UTC');
  });

  it('formats every instant as a zoned date-fns format would (the Intl path is the fast one)', () => {
    const zones = ['Asia/Tokyo', 'UTC', 'America/New_York', 'Europe/London', 'Asia/Kolkata'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (date, zone) => {
          const shown = formatInstant(date.toISOString(), { zone }).split(' ');
          expect(shown.slice(0, 2).join(' ')).toBe(
            format(new TZDate(date.toISOString(), zone), 'yyyy-MM-dd HH:mm'),
          );
        },
      ),
    );
  });

  it('shows text that is not an instant as it is', () => {
    expect(formatInstant('not a date')).toBe('not a date');
  });

  it('converts a calendar day in Tokyo to its UTC start and back', () => {
    expect(startOfDayInZone('2026-04-28')).toBe('2026-04-27T15:00:00.000Z');
    expect(dayInZone('2026-04-27T15:00:00.000Z')).toBe('2026-04-28');
  });
});
