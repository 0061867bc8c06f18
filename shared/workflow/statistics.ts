import type { Case, CaseEvent, CaseKind, IsoDate, IsoInstant } from '../model';
import { failWith, ok, type CodedError, type Result } from '../result';
import { localDate } from './calendar';

/**
 * The partnership's quarterly figures (IPA/JPCERT/CC style report): per calendar quarter,
 * how many reports were received, accepted, declined, published and closed, split into
 * software products and websites, and how long publication took. Counted by the local
 * date (default Asia/Tokyo) of the event that makes a case count:
 * - received, published, closed: the case's projected dates (`dates.received` …), so
 *   closed counts every case whose handling ended, a declined report included;
 * - accepted, declined: a `triage.decided` event with that decision (a case decided twice
 *   in one quarter counts once);
 * - disputed (issue 27): a `vendor.disputed` event — a vendor contested the report (a case
 *   several vendors disputed in one quarter counts once);
 * - days to publication: calendar days from the received date to the published date, for
 *   cases published in the quarter. The median of an even count is the mean of the two
 *   middle values; the 90th percentile is the nearest rank (⌈0.9·n⌉-th smallest).
 * Technical alerts are left out of every figure, the totals included: they are not reports
 * from finders about one product or site, and the partnership counts only those.
 */
export const STAT_KINDS = ['software', 'website'] as const satisfies readonly CaseKind[];
export type StatKind = (typeof STAT_KINDS)[number];
export type StatColumn = StatKind | 'total';

export const STAT_FIGURES = [
  'received',
  'accepted',
  'declined',
  'published',
  'closed',
  'disputed',
] as const;
export type StatFigure = (typeof STAT_FIGURES)[number];

export type KindCounts = Readonly<Record<StatColumn, number>>;
export type DayStats = { count: number; median: number | null; p90: number | null };

export type PeriodFigures = {
  /** `2026-Q1`, or `total` for the whole range. */
  period: string;
  /** Inclusive local dates, clipped to the range asked for. */
  from: IsoDate;
  to: IsoDate;
  counts: Readonly<Record<StatFigure, KindCounts>>;
  daysToPublication: Readonly<Record<StatColumn, DayStats>>;
};

export type Statistics = { quarters: PeriodFigures[]; total: PeriodFigures };
export type StatisticsRange = { from: IsoDate; to: IsoDate; timeZone?: string };

const DAY = 86_400_000;
const dayNumber = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`) / DAY;
const isDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(dayNumber(s));

/** The calendar quarters overlapping [from, to], each clipped to it. */
export function quartersOf(
  from: IsoDate,
  to: IsoDate,
): { period: string; from: IsoDate; to: IsoDate }[] {
  const out: { period: string; from: IsoDate; to: IsoDate }[] = [];
  let year = Number(from.slice(0, 4));
  let q = Math.floor((Number(from.slice(5, 7)) - 1) / 3);
  for (;;) {
    const start = `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
    if (start > to) break;
    const endMonth = q * 3 + 3;
    const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
    const end = `${year}-${String(endMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
    out.push({
      period: `${year}-Q${q + 1}`,
      from: start < from ? from : start,
      to: end > to ? to : end,
    });
    q += 1;
    if (q === 4) [year, q] = [year + 1, 0];
  }
  return out;
}

/** The screen's first range: the last four quarters up to `today` (a local date). */
export function defaultStatisticsRange(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const year = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const startQ = q - 3;
  const startYear = startQ < 0 ? year - 1 : year;
  const month = ((startQ + 4) % 4) * 3 + 1;
  return { from: `${startYear}-${String(month).padStart(2, '0')}-01`, to: today };
}

/** Median and nearest-rank 90th percentile of whole days. */
export function dayStats(days: readonly number[]): DayStats {
  const sorted = [...days].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { count: 0, median: null, p90: null };
  const mid = Math.floor(n / 2);
  const median =
    n % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { count: n, median, p90: sorted[Math.ceil(0.9 * n) - 1] ?? null };
}

/** One dated fact about a case: it counts toward `figure` on local `date`. */
type Fact = { figure: StatFigure; kind: StatKind; date: IsoDate; caseId: string };

type StatCase = Case & { kind: StatKind };
const isStatCase = (c: Case): c is StatCase => (STAT_KINDS as readonly CaseKind[]).includes(c.kind);

/** The figure an event counts toward, if any (a deferral counts toward none). */
function eventFigure(e: CaseEvent): StatFigure | null {
  if (e.type === 'vendor.disputed') return 'disputed';
  if (e.type !== 'triage.decided' || e.payload.decision === 'defer') return null;
  return e.payload.decision === 'accept' ? 'accepted' : 'declined';
}

function factsOf(
  cases: readonly StatCase[],
  events: readonly CaseEvent[],
  day: (at: IsoInstant) => IsoDate,
): Fact[] {
  const kindOf = new Map(cases.map((c) => [c.id as string, c.kind]));
  const facts: Fact[] = [];
  for (const c of cases) {
    const dated: [StatFigure, IsoInstant | null][] = [
      ['received', c.dates.received],
      ['published', c.dates.published],
      ['closed', c.dates.closed],
    ];
    for (const [figure, at] of dated) {
      if (at !== null) facts.push({ figure, kind: c.kind, date: day(at), caseId: c.id });
    }
  }
  for (const e of events) {
    const figure = eventFigure(e);
    const kind = kindOf.get(e.caseId);
    if (figure === null || kind === undefined) continue;
    facts.push({ figure, kind, date: day(e.at), caseId: e.caseId });
  }
  return facts;
}

function figuresOf(
  period: { period: string; from: IsoDate; to: IsoDate },
  facts: readonly Fact[],
  publication: readonly { kind: StatKind; date: IsoDate; days: number }[],
): PeriodFigures {
  const inside = (date: IsoDate) => date >= period.from && date <= period.to;
  const counts = {} as Record<StatFigure, KindCounts>;
  for (const figure of STAT_FIGURES) {
    const seen: Record<StatColumn, Set<string>> = {
      software: new Set(),
      website: new Set(),
      total: new Set(),
    };
    for (const f of facts) {
      if (f.figure !== figure || !inside(f.date)) continue;
      seen.total.add(f.caseId);
      seen[f.kind].add(f.caseId);
    }
    counts[figure] = {
      software: seen.software.size,
      website: seen.website.size,
      total: seen.total.size,
    };
  }
  const published = publication.filter((p) => inside(p.date));
  const daysOf = (kind?: StatKind) =>
    dayStats(published.filter((p) => kind === undefined || p.kind === kind).map((p) => p.days));
  return {
    ...period,
    counts,
    daysToPublication: {
      software: daysOf('software'),
      website: daysOf('website'),
      total: daysOf(),
    },
  };
}

/** The quarterly figures of the cases over a date range (inclusive local dates). */
export function computeStatistics(
  cases: readonly Case[],
  events: readonly CaseEvent[],
  range: StatisticsRange,
): Result<Statistics, CodedError<'invalid-range'>> {
  if (!isDate(range.from) || !isDate(range.to)) {
    return failWith('invalid-range', 'the range needs two dates (YYYY-MM-DD)');
  }
  if (range.from > range.to) return failWith('invalid-range', 'the range ends before it starts');
  const zone = range.timeZone ?? 'Asia/Tokyo';
  const day = (at: IsoInstant) => localDate(at, zone);
  const counted = cases.filter(isStatCase);
  const facts = factsOf(counted, events, day);
  const publication = counted.flatMap((c) =>
    c.dates.received !== null && c.dates.published !== null
      ? [
          {
            kind: c.kind,
            date: day(c.dates.published),
            days: dayNumber(day(c.dates.published)) - dayNumber(day(c.dates.received)),
          },
        ]
      : [],
  );
  const quarters = quartersOf(range.from, range.to).map((q) => figuresOf(q, facts, publication));
  const total = figuresOf({ period: 'total', from: range.from, to: range.to }, facts, publication);
  return ok({ quarters, total });
}
