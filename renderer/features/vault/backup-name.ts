import { TZDate } from '@date-fns/tz';
import { utcOffset } from '../../../shared/workflow/publication-moment';

/** Zones every screen names by abbreviation; any other is named by its offset, because
 *  abbreviations like CST are ambiguous (formatMoment does the same). */
const ZONE_NAMES: Readonly<Record<string, string>> = { 'Asia/Tokyo': 'JST', UTC: 'UTC' };

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The file name a backup is offered under: the moment it is made on the wall clock of the
 * zone the screens show (the profile's), with that zone in the name, e.g.
 * `airlock-backup-2026-12-08-091005-JST.airlock-backup`. Largest unit first, so a folder of
 * one zone's backups sorts by age; seconds so two backups in a minute do not overwrite each
 * other; only letters, digits, `-` and `+` (no `:` or `/`, which Windows or macOS refuse).
 */
export const backupName = (now: Date, zone: string): string => {
  const t = new TZDate(now.getTime(), zone);
  const day = `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
  const time = `${pad(t.getHours())}${pad(t.getMinutes())}${pad(t.getSeconds())}`;
  const zoneName = ZONE_NAMES[zone] ?? `UTC${utcOffset(now.toISOString(), zone).replace(':', '')}`;
  return `airlock-backup-${day}-${time}-${zoneName}.airlock-backup`;
};
