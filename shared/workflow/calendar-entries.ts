import {
  JAPAN_ZONE,
  type CaseId,
  type IsoDate,
  type IsoInstant,
  type LocalizedText,
} from '../model';
import { endOfLocalDay, localDate } from './calendar';
import { isOpenDeadline, type DeadlineReport, type DeadlineState } from './deadlines';
import type { CaseProjection } from './projection';
import { publicationDueInstant } from './reducer-embargo';

/**
 * What the calendar shows: every open deadline (from `computeDeadlines`) and every agreed
 * publication instant of the open cases, keyed by the day they fall on in the zone the
 * calendar is drawn in.
 */
export type CalendarEntry = {
  caseId: CaseId;
  ref: string;
  title: string;
  date: IsoDate;
  /** A deadline ends at `at` (end of its local day); a publication happens at `at`. */
  at: IsoInstant;
  /** `finder-step`: the day a finder's refused withdrawal request becomes possible. */
  kind: 'deadline' | 'publication' | 'finder-step';
  /** The deadline's rule, null for a publication or a finder's step. */
  ruleId: string | null;
  label: LocalizedText;
  state: DeadlineState | 'scheduled';
  /** A publication the analyst scheduled at the agreed instant (publication-schedule.ts);
   *  false for a deadline or an instant only agreed. */
  publicationScheduled: boolean;
};

export type CalendarCaseInput = { projection: CaseProjection; report: DeadlineReport };

const isOpen = (p: CaseProjection): boolean =>
  p.case !== null && p.case.states.report !== 'closed' && p.case.dates.published === null;

const WITHDRAWAL: LocalizedText = {
  ja: '非開示依頼の取り下げが可能になる日（発見者の要請）',
  en: 'Withdrawal of non-disclosure possible (finder asked)',
};

/** The day a finder's refused withdrawal request becomes possible, while none was granted. */
const withdrawalDay = (p: CaseProjection): IsoDate | null => {
  const requests = p.finderSteps.withdrawals;
  if (requests.some((w) => w.outcome === 'granted')) return null;
  return requests.at(-1)?.possibleOn ?? null;
};

const PUBLICATION: LocalizedText = { ja: '公表（合意日時）', en: 'Publication (agreed instant)' };
const PUBLICATION_NOW: LocalizedText = {
  ja: '公表（公表日前に非公開期間を終了）',
  en: 'Publication (embargo ended before the agreed date)',
};

export const calendarEntries = (
  cases: readonly CalendarCaseInput[],
  timeZone: string,
): CalendarEntry[] => {
  const entries: CalendarEntry[] = [];
  for (const { projection, report } of cases) {
    const kase = projection.case;
    if (kase === null || !isOpen(projection)) continue;
    const base = { caseId: kase.id, ref: kase.ref, title: kase.title };
    // The agreed instant, or the moment an embargo ended before it (publication due now).
    const agreed = publicationDueInstant(projection);
    const endedEarly = agreed !== null && agreed !== kase.dates.agreedPublication;
    for (const d of report.deadlines) {
      // The deadline anchored on the agreed instant is that instant: shown once, exactly.
      if (!isOpenDeadline(d) || (agreed !== null && d.start === agreed)) continue;
      entries.push({
        ...base,
        date: localDate(d.dueAt, timeZone),
        at: d.dueAt,
        kind: 'deadline',
        ruleId: d.ruleId,
        label: d.title,
        state: d.state,
        publicationScheduled: false,
      });
    }
    const withdrawal = withdrawalDay(projection);
    if (withdrawal !== null) {
      entries.push({
        ...base,
        date: withdrawal,
        at: endOfLocalDay(withdrawal, JAPAN_ZONE),
        kind: 'finder-step',
        ruleId: null,
        label: WITHDRAWAL,
        state: 'ok',
        publicationScheduled: false,
      });
    }
    if (agreed !== null) {
      entries.push({
        ...base,
        date: localDate(agreed, timeZone),
        at: agreed,
        kind: 'publication',
        ruleId: null,
        label: endedEarly ? PUBLICATION_NOW : PUBLICATION,
        state: 'scheduled',
        publicationScheduled: projection.publicationSchedule !== null,
      });
    }
  }
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.ref < b.ref ? -1 : 1));
};

/** Entries grouped by day, for a grid cell's lookup. */
export const entriesByDate = (
  entries: readonly CalendarEntry[],
): ReadonlyMap<IsoDate, CalendarEntry[]> => {
  const map = new Map<IsoDate, CalendarEntry[]>();
  for (const e of entries) map.set(e.date, [...(map.get(e.date) ?? []), e]);
  return map;
};
