import type { Case, ReportState } from '../../../shared/model';
import { reportStateSchema } from '../../../shared/model';
import type { CaseView } from '../../../shared/workflow/case-view';
import type { Deadline } from '../../../shared/workflow/deadlines';
import type { InvolvementView } from '../../../shared/workflow/projection';
import { VENDOR_ROLES } from '../../../shared/workflow/projection';
import { awaitsReply } from '../../../shared/workflow/vendor-status';
import { dayInZone } from '../../app/ui/format-date';

/**
 * The dashboard is a view of the case views (shared/workflow/case-view.ts): a deadline is
 * overdue or due soon by the engine's rule for it (each rule's `dueSoonDays`), exactly as
 * the case list and the calendar say; this file only groups, sorts and counts for display.
 */
export type CaseInput = Pick<CaseView, 'projection' | 'open' | 'ended' | 'owesFinderAnswer'> &
  Partial<Pick<CaseView, 'earlyEnd'>>;

export type DeadlineItem = { case: Case; deadline: Deadline };
export type WaitingItem = { case: Case; involvement: InvolvementView; since: string };
/** A vendor still owed the "embargo ended early" letter, since the end (`since`). */
export type UntoldItem = WaitingItem;
export type MonthBar = { month: string; opened: number; closed: number };

export type DashboardView = {
  overdue: DeadlineItem[];
  dueSoon: DeadlineItem[];
  waiting: WaitingItem[];
  /** Owed, not offered: a vendor must not learn from the news that its embargo ended. */
  earlyEndUntold: UntoldItem[];
  unacknowledged: Case[];
  counts: Record<ReportState, number>;
  months: MonthBar[];
  medianDaysToPublication: number | null;
};

const DAY_MS = 86_400_000;

/** The last `count` calendar months (Asia/Tokyo) ending with the month of `now`, as YYYY-MM. */
export function lastMonths(now: string, count: number): string[] {
  const [y, m] = dayInZone(now).split('-').map(Number);
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const total = (y ?? 1970) * 12 + ((m ?? 1) - 1) - i;
    months.push(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? (sorted[mid] ?? 0)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(value * 10) / 10;
}

export function buildDashboard(
  inputs: readonly CaseInput[],
  now: string,
  months = 12,
): DashboardView {
  const overdue: DeadlineItem[] = [];
  const dueSoon: DeadlineItem[] = [];
  const waiting: WaitingItem[] = [];
  const earlyEndUntold: UntoldItem[] = [];
  const unacknowledged: Case[] = [];
  const counts = Object.fromEntries(reportStateSchema.options.map((s) => [s, 0])) as Record<
    ReportState,
    number
  >;
  const monthKeys = lastMonths(now, months);
  const bars = new Map(monthKeys.map((month) => [month, { month, opened: 0, closed: 0 }]));
  const publicationDays: number[] = [];

  for (const { projection, open, ended, owesFinderAnswer, earlyEnd } of inputs) {
    const c = projection.case;
    counts[c.states.report] += 1;
    // The case view's open deadlines: the ones the case list shows (a case closed after
    // coordination chases nothing; one closed at intake still owes the finder's answer).
    for (const deadline of open) {
      if (deadline.state === 'overdue') overdue.push({ case: c, deadline });
      else if (deadline.state === 'due-soon') dueSoon.push({ case: c, deadline });
    }
    // A technical alert is the coordinator's own work: no finder to acknowledge, and its
    // publication time is not a report's (the statistics leave it out the same way).
    const alert = c.kind === 'technical-alert';
    if (owesFinderAnswer) unacknowledged.push(c);
    if (!ended) {
      for (const involvement of projection.involvements) {
        if (
          VENDOR_ROLES.includes(involvement.role) &&
          awaitsReply(involvement) &&
          involvement.lastContactAttempt !== null
        ) {
          waiting.push({ case: c, involvement, since: involvement.lastContactAttempt });
        }
        if (earlyEnd?.owed.includes(involvement.id) === true) {
          earlyEndUntold.push({ case: c, involvement, since: earlyEnd.at });
        }
      }
    }
    const opened = c.dates.received === null ? null : dayInZone(c.dates.received).slice(0, 7);
    const closed = c.dates.closed === null ? null : dayInZone(c.dates.closed).slice(0, 7);
    const openedBar = opened === null ? undefined : bars.get(opened);
    const closedBar = closed === null ? undefined : bars.get(closed);
    if (openedBar !== undefined) openedBar.opened += 1;
    if (closedBar !== undefined) closedBar.closed += 1;
    if (c.dates.published !== null && c.dates.received !== null && !alert) {
      publicationDays.push((Date.parse(c.dates.published) - Date.parse(c.dates.received)) / DAY_MS);
    }
  }

  const byDue = (a: DeadlineItem, b: DeadlineItem) =>
    a.deadline.dueAt.localeCompare(b.deadline.dueAt);
  return {
    overdue: overdue.sort(byDue),
    dueSoon: dueSoon.sort(byDue),
    waiting: waiting.sort((a, b) => a.since.localeCompare(b.since)),
    earlyEndUntold: earlyEndUntold.sort((a, b) => a.since.localeCompare(b.since)),
    unacknowledged: unacknowledged.sort((a, b) =>
      (a.dates.received ?? '').localeCompare(b.dates.received ?? ''),
    ),
    counts,
    months: monthKeys.map((month) => bars.get(month) ?? { month, opened: 0, closed: 0 }),
    medianDaysToPublication: median(publicationDays),
  };
}
