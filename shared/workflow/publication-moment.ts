import { TZDate, tzOffset } from '@date-fns/tz';
import { isKnownTimeZone, JAPAN_ZONE, type IanaZone, type IsoInstant } from '../model';
import { failWith, ok, type CodedError, type Result } from '../result';

/**
 * The agreed publication moment (issue 13, item 5): an exact instant plus the zone the
 * parties stated it in. A date alone is ambiguous by up to a day across zones, so a proposal
 * without a time of day is refused, never completed with a guessed "00:00".
 */
export type PublicationMoment = { instant: IsoInstant; zone: IanaZone };

export type MomentErrorCode =
  | 'embargo-date-missing'
  | 'embargo-time-missing'
  | 'embargo-date-invalid'
  | 'embargo-time-invalid'
  | 'embargo-zone-invalid';

export type MomentInput = { day: string; time: string; zone: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The instant of a wall-clock date and time in a zone; refuses what it would have to guess. */
export const publicationMoment = (
  input: MomentInput,
): Result<PublicationMoment, CodedError<MomentErrorCode>> => {
  const day = input.day.trim();
  const time = input.time.trim();
  if (day === '') return failWith('embargo-date-missing', 'The publication date is missing');
  if (time === '') {
    return failWith(
      'embargo-time-missing',
      'The publication time is missing: state the hour and zone, a date alone is ambiguous',
    );
  }
  if (!isKnownTimeZone(input.zone)) {
    return failWith('embargo-zone-invalid', `Unknown time zone: ${input.zone}`);
  }
  const d = DAY.exec(day);
  const t = TIME.exec(time);
  if (d === null) return failWith('embargo-date-invalid', `Not a date (YYYY-MM-DD): ${day}`);
  if (t === null) return failWith('embargo-time-invalid', `Not a time (HH:MM): ${time}`);
  const [y, m, dd] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const at = new TZDate(y, m - 1, dd, Number(t[1]), Number(t[2]), 0, input.zone);
  // Rejects 2026-02-30 (rolled over) rather than publishing on 2 March.
  if (at.getFullYear() !== y || at.getMonth() !== m - 1 || at.getDate() !== dd) {
    return failWith('embargo-date-invalid', `No such date: ${day}`);
  }
  return ok({ instant: new Date(at.getTime()).toISOString(), zone: input.zone });
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** `+09:00`, `-04:00`, `+05:30` for the instant in the zone (daylight saving included). */
export const utcOffset = (instant: IsoInstant, zone: string): string => {
  const minutes = tzOffset(zone, new Date(instant));
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};

export type WallClock = { zone: string; date: string; time: string; offset: string };

/** The instant as a wall clock in a zone: `{ date: '2026-07-01', time: '10:00', offset: '+09:00' }`. */
export const wallClock = (instant: IsoInstant, zone: string): WallClock => {
  const t = new TZDate(instant, zone);
  return {
    zone,
    date: `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`,
    time: `${pad(t.getHours())}:${pad(t.getMinutes())}`,
    offset: utcOffset(instant, zone),
  };
};

const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = { [JAPAN_ZONE]: 'JST', UTC: 'UTC' };

/** `2026-07-01 10:00 JST`; other zones by name and offset (`2026-07-01 03:00 Europe/Berlin
 *  (UTC+02:00)`), because abbreviations like CST are ambiguous. */
export const formatMoment = (instant: IsoInstant, zone: string): string => {
  const w = wallClock(instant, zone);
  const abbr = ZONE_ABBREVIATIONS[zone];
  return abbr !== undefined
    ? `${w.date} ${w.time} ${abbr}`
    : `${w.date} ${w.time} ${zone} (UTC${w.offset})`;
};

/** The exact instant for letters and pages: stated zone first, then UTC, e.g.
 *  `2026-07-01 10:00 JST (2026-07-01 01:00 UTC)`. */
export const formatMomentExact = (instant: IsoInstant, zone: string): string =>
  zone === 'UTC'
    ? formatMoment(instant, 'UTC')
    : `${formatMoment(instant, zone)} (${formatMoment(instant, 'UTC')})`;

/** The zones the case shows the embargo end in: JST, UTC and the analyst's own, once each. */
export const displayZones = (ownZone: string | null): string[] => [
  ...new Set([JAPAN_ZONE, 'UTC', ...(ownZone === null ? [] : [ownZone])]),
];

/** ISO 8601 with the stated zone's offset (`2026-07-01T10:00:00+09:00`) for machine-readable
 *  exports that should still read naturally in the agreed zone. */
export const isoWithOffset = (instant: IsoInstant, zone: string): string => {
  const w = wallClock(instant, zone);
  const offset = w.offset === '+00:00' ? 'Z' : w.offset;
  return `${w.date}T${w.time}:00${offset}`;
};

/** The agreed publication moment of a case, or null: the one place to read it (calendar,
 *  letters, exports). */
export const agreedPublicationMoment = (p: {
  case: { dates: { agreedPublication: IsoInstant | null } } | null;
  embargo: { agreedZone: IanaZone | null };
}): PublicationMoment | null => {
  const instant = p.case?.dates.agreedPublication ?? null;
  return instant === null ? null : { instant, zone: p.embargo.agreedZone ?? JAPAN_ZONE };
};
