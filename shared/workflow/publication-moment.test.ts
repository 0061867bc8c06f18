import { describe, expect, it } from 'vitest';
import { CASE_EVENT_SCHEMA_VERSION, parseCaseEvent } from '../model';
import { sampleEvent } from '../model/testing/fixtures';
import {
  agreedPublicationMoment,
  displayZones,
  formatMoment,
  formatMomentExact,
  isoWithOffset,
  publicationMoment,
  wallClock,
} from './publication-moment';
import { letterMoment } from './letters';
import { acceptedSoftwareCase, timeline } from './testing/test-events';
import { foldEvents } from './timeline';

describe('publication moment', () => {
  it('10:00 in Tokyo is 01:00 UTC and 03:00 in Berlin in summer', () => {
    const r = publicationMoment({ day: '2026-07-01', time: '10:00', zone: 'Asia/Tokyo' });
    expect(r).toEqual({
      ok: true,
      value: { instant: '2026-07-01T01:00:00.000Z', zone: 'Asia/Tokyo' },
    });
    if (!r.ok) return;
    expect(wallClock(r.value.instant, 'Europe/Berlin')).toMatchObject({
      date: '2026-07-01',
      time: '03:00',
      offset: '+02:00',
    });
  });

  it('a moment stated in New York crosses the date line into the next day in Tokyo', () => {
    const r = publicationMoment({ day: '2026-12-01', time: '20:30', zone: 'America/New_York' });
    expect(r.ok && r.value.instant).toBe('2026-12-02T01:30:00.000Z');
    expect(r.ok && formatMoment(r.value.instant, 'Asia/Tokyo')).toBe('2026-12-02 10:30 JST');
  });

  it('refuses a proposal without a time instead of guessing midnight', () => {
    const r = publicationMoment({ day: '2026-07-01', time: ' ', zone: 'Asia/Tokyo' });
    expect(r.ok ? null : r.error.code).toBe('embargo-time-missing');
  });

  it('refuses an impossible date, a malformed time and an unknown zone', () => {
    const code = (day: string, time: string, zone: string) => {
      const r = publicationMoment({ day, time, zone });
      return r.ok ? null : r.error.code;
    };
    expect(code('2026-02-30', '10:00', 'UTC')).toBe('embargo-date-invalid');
    expect(code('', '10:00', 'UTC')).toBe('embargo-date-missing');
    expect(code('2026-02-01', '25:00', 'UTC')).toBe('embargo-time-invalid');
    expect(code('2026-02-01', '10:00', 'Asia/Osaka')).toBe('embargo-zone-invalid');
  });

  it('writes the exact instant with the stated zone and UTC, and an offset form', () => {
    expect(formatMomentExact('2026-07-01T01:00:00.000Z', 'Asia/Tokyo')).toBe(
      '2026-07-01 10:00 JST (2026-07-01 01:00 UTC)',
    );
    expect(formatMoment('2026-07-01T01:00:00.000Z', 'Europe/Berlin')).toBe(
      '2026-07-01 03:00 Europe/Berlin (UTC+02:00)',
    );
    expect(isoWithOffset('2026-07-01T01:00:00.000Z', 'Asia/Tokyo')).toBe(
      '2026-07-01T10:00:00+09:00',
    );
    expect(isoWithOffset('2026-07-01T01:00:00.000Z', 'UTC')).toBe('2026-07-01T01:00:00Z');
  });

  it('shows JST, UTC and the own zone once each', () => {
    expect(displayZones('Europe/Berlin')).toEqual(['Asia/Tokyo', 'UTC', 'Europe/Berlin']);
    expect(displayZones('Asia/Tokyo')).toEqual(['Asia/Tokyo', 'UTC']);
    expect(displayZones(null)).toEqual(['Asia/Tokyo', 'UTC']);
  });

  it('the fold keeps the zone of the agreed moment', () => {
    const ev = timeline(undefined, 1000);
    const p = foldEvents([
      ...acceptedSoftwareCase(),
      ev({
        type: 'embargo.proposed',
        at: '2026-05-01T00:00:00.000Z',
        payload: { date: '2026-07-01T08:00:00.000Z', zone: 'Europe/Berlin', proposedBy: 'vendor' },
      }),
      ev({
        type: 'embargo.agreed',
        at: '2026-05-02T00:00:00.000Z',
        payload: { date: '2026-07-01T08:00:00.000Z', zone: 'Europe/Berlin' },
      }),
    ]);
    expect(agreedPublicationMoment(p)).toEqual({
      instant: '2026-07-01T08:00:00.000Z',
      zone: 'Europe/Berlin',
    });
    expect(p.embargo.proposedZone).toBeNull();
  });

  it('a version 1 embargo event (calendar day in JST, no zone) still reads, as JST', () => {
    const v1 = {
      ...sampleEvent(),
      schemaVersion: 1,
      type: 'embargo.agreed',
      payload: { date: '2026-06-30T15:00:00.000Z' },
    };
    const r = parseCaseEvent(v1);
    expect(r).toMatchObject({
      ok: true,
      value: {
        schemaVersion: CASE_EVENT_SCHEMA_VERSION,
        payload: { date: '2026-06-30T15:00:00.000Z', zone: 'Asia/Tokyo' },
      },
    });
    expect(parseCaseEvent({ ...v1, schemaVersion: 2 }).ok).toBe(false);
    expect(
      parseCaseEvent({ ...v1, schemaVersion: 2, payload: { ...v1.payload, zone: 'Mars/Olympus' } })
        .ok,
    ).toBe(false);
  });
});

describe('the publication moment in letters', () => {
  it('says the exact instant in the stated zone and UTC, in both languages', () => {
    expect(letterMoment('2026-07-01T01:00:00.000Z', 'Asia/Tokyo', 'en')).toBe(
      '2026-07-01 10:00 JST (2026-07-01 01:00 UTC)',
    );
    expect(letterMoment('2026-07-01T01:00:00.000Z', 'Asia/Tokyo', 'ja')).toBe(
      '2026年7月1日 10:00（日本時間）／2026-07-01 01:00 UTC',
    );
    expect(letterMoment('2026-07-01T08:00:00.000Z', 'Europe/Berlin', 'ja')).toBe(
      '2026年7月1日 10:00（Europe/Berlin、UTC+02:00）／2026-07-01 08:00 UTC',
    );
  });
});
