import holidayJp from '@holiday-jp/holiday_jp';
import type { IsoDate, LocalizedText } from '../model';
import { addDays, addMonths, inClosure, type CalendarSettings } from './calendar';

/**
 * The days a month or week view shows, each marked the way the policy counts it: weekend,
 * Japanese public holiday (with its name) and the year-end closure (JPCERT/CC: Dec 29 –
 * Jan 3). Dates are `YYYY-MM-DD` in the profile's zone; no host clock or zone is read.
 */
export type CalendarDay = {
  date: IsoDate;
  weekday: Weekday;
  /** False for the leading and trailing days of the neighbouring months. */
  inPeriod: boolean;
  weekend: boolean;
  holiday: LocalizedText | null;
  closure: boolean;
};

/** 0 = Sunday … 6 = Saturday (`Date.prototype.getUTCDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Sunday (0) as in Japanese wall calendars, or Monday (1) as in ISO 8601. */
export type WeekStart = 0 | 1;

type Holiday = { name: string; name_en: string };
/** holiday_jp's table typed by its literal dates; looked up here by any date string. */
const HOLIDAYS: Readonly<Record<string, Holiday | undefined>> = holidayJp.holidays;

const weekdayOf = (date: IsoDate): Weekday =>
  new Date(`${date}T00:00:00.000Z`).getUTCDay() as Weekday;

export const holidayName = (date: IsoDate, cal: CalendarSettings): LocalizedText | null => {
  if (cal.holidays !== 'jp') return null;
  const h = HOLIDAYS[date];
  return h === undefined ? null : { ja: h.name, en: h.name_en };
};

const day = (date: IsoDate, cal: CalendarSettings, inPeriod: boolean): CalendarDay => {
  const weekday = weekdayOf(date);
  return {
    date,
    weekday,
    inPeriod,
    weekend: weekday === 0 || weekday === 6,
    holiday: holidayName(date, cal),
    closure: inClosure(date, cal.yearEndClosure),
  };
};

/** The first day of the week that holds `date`. */
export const startOfWeek = (date: IsoDate, weekStart: WeekStart): IsoDate =>
  addDays(date, -((weekdayOf(date) - weekStart + 7) % 7));

/** The seven days of the week holding `date`. */
export const weekGrid = (
  date: IsoDate,
  cal: CalendarSettings,
  weekStart: WeekStart,
): CalendarDay[] => {
  const first = startOfWeek(date, weekStart);
  return Array.from({ length: 7 }, (_, i) => day(addDays(first, i), cal, true));
};

/** The whole weeks covering the month of `date` (4 to 6 rows of 7 days). */
export const monthGrid = (
  date: IsoDate,
  cal: CalendarSettings,
  weekStart: WeekStart,
): CalendarDay[][] => {
  const month = date.slice(0, 7);
  const firstOfMonth = `${month}-01`;
  const lastOfMonth = addDays(addMonths(firstOfMonth, 1), -1);
  const weeks: CalendarDay[][] = [];
  for (
    let start = startOfWeek(firstOfMonth, weekStart);
    start <= lastOfMonth;
    start = addDays(start, 7)
  ) {
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const d = addDays(start, i);
        return day(d, cal, d.slice(0, 7) === month);
      }),
    );
  }
  return weeks;
};

/** Keys of the grid pattern (WAI-ARIA APG date picker): arrows by day and week, Page Up /
 *  Down by month (with Shift by year), Home / End to the ends of the week. */
export type FocusKey =
  'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End';

export const FOCUS_KEYS: readonly FocusKey[] = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
];

export const isFocusKey = (key: string): key is FocusKey =>
  (FOCUS_KEYS as readonly string[]).includes(key);

/** Where the focused day moves for a key. */
export const moveFocus = (
  date: IsoDate,
  key: FocusKey,
  weekStart: WeekStart,
  shift = false,
): IsoDate => {
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'PageUp':
      return addMonths(date, shift ? -12 : -1);
    case 'PageDown':
      return addMonths(date, shift ? 12 : 1);
    case 'Home':
      return startOfWeek(date, weekStart);
    case 'End':
      return addDays(startOfWeek(date, weekStart), 6);
  }
};
