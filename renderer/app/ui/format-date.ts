import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Coordination runs on Japan time (ARCHITECTURE.md §4); every date shown says its zone. */
export const DEFAULT_ZONE = 'Asia/Tokyo';

const ZONE_LABELS: Readonly<Record<string, string>> = { 'Asia/Tokyo': 'JST', UTC: 'UTC' };

export const zoneLabel = (zone: string): string => ZONE_LABELS[zone] ?? zone;

/** `2026-12-25 10:00 JST`, or `2026-12-25 (JST)` without the time. */
export function formatInstant(
  iso: string,
  options: { zone?: string; withTime?: boolean } = {},
): string {
  const zone = options.zone ?? DEFAULT_ZONE;
  const date = new TZDate(iso, zone);
  if (Number.isNaN(date.getTime())) return iso;
  return options.withTime === false
    ? `${format(date, 'yyyy-MM-dd')} (${zoneLabel(zone)})`
    : `${format(date, 'yyyy-MM-dd HH:mm')} ${zoneLabel(zone)}`;
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
