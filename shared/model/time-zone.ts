import { z } from 'zod';

/**
 * An IANA time zone name (`Asia/Tokyo`, `Europe/Berlin`, `UTC`). Checked against the
 * runtime's own zone database (Intl, present in Node 20 and Chromium) so a typo is refused at
 * the boundary instead of silently rendering in UTC.
 */
export const isKnownTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const ianaZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isKnownTimeZone, { message: 'expected an IANA time zone such as Asia/Tokyo' });
export type IanaZone = z.infer<typeof ianaZoneSchema>;

/** Coordination runs on Japan time (ARCHITECTURE.md §4). */
export const JAPAN_ZONE = 'Asia/Tokyo';
