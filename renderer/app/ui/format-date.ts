import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Coordination runs on Japan time (ARCHITECTURE.md §4); every date shown says its zone. */
export const DEFAULT_ZONE = 'Asia/Tokyo';

const ZONE_LABELS: Readonly<Record<string, string>> = { 'Asia/Tokyo': 'JST', UTC: 'UTC' };

export const zoneLabel = (zone: string): string => ZONE_LABELS[zone] ?? zone;

// One Intl formatter per zone, made once: a list of 150 vendors formats 300 instants as it
// scrolls, and building a zoned date per call (TZDate + format) showed up in the profile.
const partsFormatters = new Map<string, Intl.DateTimeFormat>();
const partsFormatter = (zone: string): Intl.DateTimeFormat => {
  let f = partsFormatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partsFormatters.set(zone, f);
  }
  return f;
};

/** `2026-12-25 10:00 JST`, or `2026-12-25 (JST)` without the time. */
export function formatInstant(
  iso: string,
  options: { zone?: string; withTime?: boolean } = {},
): string {
  const zone = options.zone ?? DEFAULT_ZONE;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of partsFormatter(zone).formatToParts(date)) part[p.type] = p.value;
  const day = `${(part.year ?? '').padStart(4, '0')}-${part.month ?? ''}-${part.day ?? ''}`;
  return options.withTime === false
    ? `${day} (${zoneLabel(zone)})`
    : `${day} ${part.hour ?? ''}:${part.minute ?? ''} ${zoneLabel(zone)}`;
}

/** The calendar day (YYYY-MM-DD) of an instant in a zone, for date inputs. */
export function dayInZone(iso: string, zone = DEFAULT_ZONE): string {
  return format(new TZDate(iso, zone), 'yyyy-MM-dd');
}

/** The instant of a calendar day's start (00:00) in a zone, as ISO UTC. */
export function startOfDayInZone(day: string, zone = DEFAULT_ZONE): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(
    new TZDate(y ?? 1970, (m ?? 1) - 1, d ?? 1, 0, 0, 0, zone).getTime(),
  ).toISOString();
}
