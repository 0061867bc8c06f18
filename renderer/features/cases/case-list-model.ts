import type { CaseKind, ReportState, Tlp } from '../../../shared/model';
import type {
  CaseDeadlineState,
  CaseView,
  ShownEmbargoState,
} from '../../../shared/workflow/case-view';
import type { Deadline } from '../../../shared/workflow/deadlines';
import { VENDOR_ROLES } from '../../../shared/workflow/projection';
import { hasReplied } from '../../../shared/workflow/vendor-status';

/**
 * The case list as plain data: one row per case, filters, sorting. Pure so that a unit test
 * can pin the filter semantics the e2e test then checks against the generator's counts.
 * A row is read off the case's derived view (shared/workflow/case-view.ts): its deadline
 * state is the one the dashboard and the calendar show; nothing is decided here.
 */
export type NextDeadline = Pick<
  Deadline,
  'ruleId' | 'title' | 'dueAt' | 'dueDate' | 'timeZone' | 'state'
>;

/** `none`: the case has no open deadline (all met, waived, or no clock started). */
export type RowDeadlineState = CaseDeadlineState;

export type CaseRow = {
  id: string;
  ref: string;
  title: string;
  kind: CaseKind;
  tlp: Tlp;
  priority: 'high' | 'normal';
  report: ReportState;
  /** As the case view states it: `due` once the agreed instant has passed. */
  embargo: ShownEmbargoState;
  /** The analyst scheduled the publication at the agreed instant. */
  scheduled: boolean;
  profile: string;
  vendorIds: readonly string[];
  vendorsReplied: number;
  vendorsTotal: number;
  next: NextDeadline | null;
  deadlineState: RowDeadlineState;
  /** Incoming replies not yet opened. */
  unread: number;
};

export type RowSource = Pick<
  CaseView,
  'kase' | 'projection' | 'open' | 'deadlineState' | 'unread' | 'embargoState' | 'scheduled'
>;

export const toRow = ({
  kase,
  projection,
  open,
  deadlineState,
  unread,
  embargoState,
  scheduled,
}: RowSource): CaseRow => {
  const vendors = projection.involvements.filter((i) => VENDOR_ROLES.includes(i.role));
  const first = open[0];
  return {
    id: kase.id,
    ref: kase.ref,
    title: kase.title,
    kind: kase.kind,
    tlp: kase.tlp,
    priority: kase.priority.level,
    report: kase.states.report,
    embargo: embargoState,
    scheduled: scheduled !== null,
    profile: kase.policyProfile,
    vendorIds: vendors.map((v) => v.contactId),
    vendorsReplied: vendors.filter(hasReplied).length,
    vendorsTotal: vendors.length,
    next:
      first === undefined
        ? null
        : {
            ruleId: first.ruleId,
            title: first.title,
            dueAt: first.dueAt,
            dueDate: first.dueDate,
            timeZone: first.timeZone,
            state: first.state,
          },
    deadlineState,
    unread,
  };
};

export type CaseFilters = {
  report: ReportState | null;
  embargo: ShownEmbargoState | null;
  tlp: Tlp | null;
  priority: 'high' | 'normal' | null;
  vendor: string | null;
  deadline: RowDeadlineState | null;
  profile: string | null;
};

export const emptyFilters = (): CaseFilters => ({
  report: null,
  embargo: null,
  tlp: null,
  priority: null,
  vendor: null,
  deadline: null,
  profile: null,
});

/** Every set filter must match (AND); `matchIds` (search hits) restricts further. */
export const filterRows = (
  rows: readonly CaseRow[],
  f: CaseFilters,
  matchIds: ReadonlySet<string> | null = null,
): CaseRow[] =>
  rows.filter(
    (r) =>
      (matchIds === null || matchIds.has(r.id)) &&
      (f.report === null || r.report === f.report) &&
      (f.embargo === null || r.embargo === f.embargo) &&
      (f.tlp === null || r.tlp === f.tlp) &&
      (f.priority === null || r.priority === f.priority) &&
      (f.vendor === null || r.vendorIds.includes(f.vendor)) &&
      (f.deadline === null || r.deadlineState === f.deadline) &&
      (f.profile === null || r.profile === f.profile),
  );

export const SORT_KEYS = [
  'ref',
  'title',
  'vendors',
  'next',
  'report',
  'embargo',
  'tlp',
  'priority',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortSpec = { key: SortKey; desc: boolean };

const TLP_ORDER: Record<Tlp, number> = { CLEAR: 0, GREEN: 1, AMBER: 2, 'AMBER+STRICT': 3, RED: 4 };
const REPORT_ORDER: Record<ReportState, number> = {
  start: 0,
  received: 1,
  valid: 2,
  invalid: 3,
  accepted: 4,
  deferred: 5,
  closed: 6,
};
const EMBARGO_ORDER: Record<ShownEmbargoState, number> = {
  none: 0,
  proposed: 1,
  active: 2,
  revise: 3,
  due: 4,
  exited: 5,
};

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

const compareBy = (key: SortKey, a: CaseRow, b: CaseRow): number => {
  switch (key) {
    case 'ref':
      return cmp(a.ref, b.ref);
    case 'title':
      return a.title.localeCompare(b.title);
    case 'vendors':
      return (
        cmp(a.vendorsReplied / (a.vendorsTotal || 1), b.vendorsReplied / (b.vendorsTotal || 1)) ||
        cmp(a.vendorsTotal, b.vendorsTotal)
      );
    case 'next':
      // Cases without an open deadline sort after every dated one.
      return cmp(a.next?.dueAt ?? '\uffff', b.next?.dueAt ?? '\uffff');
    case 'report':
      return cmp(REPORT_ORDER[a.report], REPORT_ORDER[b.report]);
    case 'embargo':
      return cmp(EMBARGO_ORDER[a.embargo], EMBARGO_ORDER[b.embargo]);
    case 'tlp':
      return cmp(TLP_ORDER[a.tlp], TLP_ORDER[b.tlp]);
    case 'priority':
      return cmp(a.priority === 'high' ? 1 : 0, b.priority === 'high' ? 1 : 0);
  }
};

/** Stable sort; ties fall back to the ref so the order never depends on insertion. */
export const sortRows = (rows: readonly CaseRow[], sort: SortSpec): CaseRow[] => {
  const sign = sort.desc ? -1 : 1;
  return [...rows].sort((a, b) => sign * compareBy(sort.key, a, b) || cmp(a.ref, b.ref));
};
