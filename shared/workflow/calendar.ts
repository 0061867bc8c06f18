import { TZDate } from '@date-fns/tz';
import holidayJp from '@holiday-jp/holiday_jp';
import type { IsoDate, IsoInstant } from '../model';

/**
 * Business-day calendar (ARCHITECTURE.md §4). Dates are `YYYY-MM-DD` strings in the profile's
 * time zone; arithmetic on them is done on UTC midnights, so the host's own time zone never
 * matters (holiday_jp reads a Date in local time: we only ever pass it date strings).
 */
export type CalendarSettings = {
  /** IANA zone in which "a day" is counted, e.g. `Asia/Tokyo`. */
  timeZone: string;
  /** Public holidays that are not business days. */
  holidays: 'jp' | 'none';
  /** Office closure that is not business days, `MM-DD` inclusive, may span the new year. */
  yearEndClosure: { start: string; end: string } | null;
};

const DAY_MS = 86_400_000;

const toUtcMs = (date: IsoDate): number => Date.parse(`${date}T00:00:00.000Z`);
const fromUtcMs = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: IsoDate, days: number): IsoDate =>
  fromUtcMs(toUtcMs(date) + days * DAY_MS);

/** Adds calendar months; the day is clamped to the month's end (Jan 31 + 1 month = Feb 28). */
export const addMonths = (date: IsoDate, months: number): IsoDate => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return fromUtcMs(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, lastDay)));
};

/**
 * Memo for pure calendar lookups. The case list computes every case's deadlines, and
 * building an Intl formatter or a zoned date costs far more than the arithmetic around it;
 * the inputs repeat (a few zones, a few thousand dates), so results are kept, with a cap so
 * hostile input cannot grow memory without bound.
 */
const memo = <V>(limit: number) => {
  const values = new Map<string, V>();
  return (key: string, compute: () => V): V => {
    const hit = values.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (values.size >= limit) values.clear();
    values.set(key, value);
    return value;
  };
};

const dayFormatters = memo<Intl.DateTimeFormat>(64);

/** The calendar date of an instant in a time zone. */
export const localDate = (instant: IsoInstant, timeZone: string): IsoDate => {
  const format = dayFormatters(
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }),
  );
  const v: Record<string, string> = {};
  for (const part of format.formatToParts(new Date(instant))) v[part.type] = part.value;
  return `${v.year}-${v.month}-${v.day}`;
};

const endsOfDay = memo<IsoInstant>(50_000);

/** The last millisecond of a local calendar day, as a UTC instant. */
export const endOfLocalDay = (date: IsoDate, timeZone: string): IsoInstant =>
  endsOfDay(`${timeZone} ${date}`, () => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return new Date(new TZDate(y, m - 1, d, 23, 59, 59, 999, timeZone).getTime()).toISOString();
  });

export const inClosure = (date: IsoDate, closure: CalendarSettings['yearEndClosure']): boolean => {
  if (!closure) return false;
  const md = date.slice(5);
  return closure.start <= closure.end
    ? md >= closure.start && md <= closure.end
    : md >= closure.start || md <= closure.end;
};

/** holiday_jp's own `isHoliday` scans every key of its table on each call; a set is O(1). */
const JP_HOLIDAYS: ReadonlySet<string> = new Set(Object.keys(holidayJp.holidays));

export const isHoliday = (date: IsoDate, cal: CalendarSettings): boolean =>
  cal.holidays === 'jp' && JP_HOLIDAYS.has(date);

export const isBusinessDay = (date: IsoDate, cal: CalendarSettings): boolean => {
  const weekday = new Date(toUtcMs(date)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !isHoliday(date, cal) && !inClosure(date, cal.yearEndClosure);
};

/**
 * The n-th business day after `date` (the day itself is day 0, whatever it is): a report
 * received on Friday evening has Monday as its first business day.
 */
export const addBusinessDays = (date: IsoDate, n: number, cal: CalendarSettings): IsoDate => {
  let current = date;
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (isBusinessDay(current, cal)) left -= 1;
  }
  return current;
};

/** The date itself if it is a business day, else the next business day. */
export const rollForwardToBusinessDay = (date: IsoDate, cal: CalendarSettings): IsoDate => {
  let current = date;
  while (!isBusinessDay(current, cal)) current = addDays(current, 1);
  return current;
};
