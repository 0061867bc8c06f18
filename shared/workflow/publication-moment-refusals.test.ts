import { describe, expect, it } from 'vitest';
import {
  agreedPublicationMoment,
  formatMomentExact,
  isoWithOffset,
  publicationMoment,
  utcOffset,
} from './publication-moment';

describe('publicationMoment refusals', () => {
  it('refuses an unknown zone, a malformed date or time, and an impossible date, each by code', () => {
    const code = (day: string, time: string, zone: string) => {
      const r = publicationMoment({ day, time, zone });
      return r.ok ? null : r.error.code;
    };
    expect(code('2026-07-01', '10:00', 'Mars/Olympus')).toBe('embargo-zone-invalid');
    expect(code('1 July', '10:00', 'Asia/Tokyo')).toBe('embargo-date-invalid');
    expect(code('2026-07-01', '25:00', 'Asia/Tokyo')).toBe('embargo-time-invalid');
    expect(code('2026-02-30', '10:00', 'Asia/Tokyo')).toBe('embargo-date-invalid');
    expect(code('2026-07-01', '10:00', 'Asia/Tokyo')).toBeNull();
  });
});

describe('offsets and formats', () => {
  it('writes a negative offset west of UTC and Z for UTC', () => {
    expect(utcOffset('2026-07-01T12:00:00.000Z', 'America/New_York')).toBe('-04:00');
    expect(isoWithOffset('2026-07-01T12:00:00.000Z', 'UTC')).toBe('2026-07-01T12:00:00Z');
  });

  it('states a UTC moment once, without repeating it', () => {
    expect(formatMomentExact('2026-07-01T01:00:00.000Z', 'UTC')).toBe('2026-07-01 01:00 UTC');
  });
});

describe('agreedPublicationMoment', () => {
  it('is null without a case or without an agreed instant, and defaults to Japan time', () => {
    expect(agreedPublicationMoment({ case: null, embargo: { agreedZone: null } })).toBeNull();
    expect(
      agreedPublicationMoment({
        case: { dates: { agreedPublication: null } },
        embargo: { agreedZone: null },
      }),
    ).toBeNull();
    expect(
      agreedPublicationMoment({
        case: { dates: { agreedPublication: '2026-07-01T01:00:00.000Z' } },
        embargo: { agreedZone: null },
      }),
    ).toEqual({ instant: '2026-07-01T01:00:00.000Z', zone: 'Asia/Tokyo' });
  });
});
