import {
  STAT_FIGURES,
  type PeriodFigures,
  type StatColumn,
  type StatFigure,
  type Statistics,
} from './statistics';

/**
 * The statistics as a CSV a spreadsheet opens as is: RFC 4180 (CRLF line ends, a field
 * with a comma, quote, CR or LF is quoted and its quotes doubled) in UTF-8 with a byte
 * order mark, without which Excel reads the Japanese headers as Shift_JIS mojibake.
 */
export const UTF8_BOM = '\uFEFF';

export const csvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** Rows to RFC 4180 text (every record, the last included, ends with CRLF). */
export const toCsv = (rows: readonly (readonly string[])[]): string =>
  rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');

/** The words of the header, in the analyst's language (shared/ stays language-free). */
export type StatisticsCsvLabels = {
  period: string;
  from: string;
  to: string;
  total: string;
  figure: Readonly<Record<StatFigure, string>>;
  column: Readonly<Record<StatColumn, string>>;
  median: string;
  p90: string;
};

const COLUMNS: readonly StatColumn[] = ['software', 'website', 'total'];

const num = (n: number | null): string => (n === null ? '' : String(n));

/** One header row, then one row per quarter and a last row for the whole range. */
export function statisticsCsvRows(stats: Statistics, labels: StatisticsCsvLabels): string[][] {
  const header = [
    labels.period,
    labels.from,
    labels.to,
    ...STAT_FIGURES.flatMap((f) => COLUMNS.map((c) => `${labels.figure[f]} (${labels.column[c]})`)),
    ...COLUMNS.flatMap((c) => [
      `${labels.median} (${labels.column[c]})`,
      `${labels.p90} (${labels.column[c]})`,
    ]),
  ];
  const row = (p: PeriodFigures): string[] => [
    p.period === 'total' ? labels.total : p.period,
    p.from,
    p.to,
    ...STAT_FIGURES.flatMap((f) => COLUMNS.map((c) => String(p.counts[f][c]))),
    ...COLUMNS.flatMap((c) => [
      num(p.daysToPublication[c].median),
      num(p.daysToPublication[c].p90),
    ]),
  ];
  return [header, ...stats.quarters.map(row), row(stats.total)];
}

/** The CSV file's text, BOM first. */
export const statisticsCsv = (stats: Statistics, labels: StatisticsCsvLabels): string =>
  UTF8_BOM + toCsv(statisticsCsvRows(stats, labels));
