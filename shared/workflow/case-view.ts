// The derived case view (issue 24): every fact a screen shows about a case, computed in one
// place from the case's records and "now". The case list, the case screen, the dashboard,
// the calendar, the composer, bundles and statistics read this, so they cannot disagree on
// whether a case is due soon, whether it exists, or how long a vendor has been silent.
import type {
  Case,
  CaseEvent,
  CaseId,
  Involvement,
  IsoInstant,
  MessageRecord,
  ShownEmbargoState,
} from '../model';
import { shownEmbargoStateSchema } from '../model';
import { projectionFromRecords } from './case-records';
import { foldCoordination, type CoordinationFold } from './coordination';
import { computeDeadlines, isOpenDeadline, type Deadline, type DeadlineReport } from './deadlines';
import { embargoStatus, type EmbargoStatus } from './embargo-status';
import { earlyEnd, type EarlyEnd } from './embargo-early-end';
import { extensionFacts, type ExtensionFacts } from './extensions';
import type { AvailableAction } from './actions';
import { unassignedUnreadCount, unreadCount } from './message-threads';
import { getPolicyProfile } from './policy-profiles';
import { scheduledPublication, type ScheduledPublication } from './publication-schedule';
import type { PolicyProfile } from './policy-types';
import { emptyProjection, type CaseProjection } from './projection';
import { alertSteps, type AlertStepView } from './technical-alert';
import { applyEvents, hasCreationEvent } from './timeline';
import { vendorRows, type VendorRowStatus } from './vendor-status';

/** A case's records as the store holds them (one event per id: every write goes through
 *  `planAppend`, every import through `mergeEvents`). */
export type CaseRecords = {
  kase: Case;
  involvements: readonly Involvement[];
  events: readonly CaseEvent[];
};

/** A projection that has its case. */
export type CaseViewProjection = CaseProjection & { case: Case };

/**
 * The case as the engine sees it: its events folded, or, for a case whose timeline has no
 * `case.created` (a record from an older export), its stored records — every write refolds
 * such a case onto them (`appendCaseEvents`' base), so they are current.
 */
export const caseProjection = ({ kase, involvements, events }: CaseRecords): CaseViewProjection => {
  // The store's timeline has unique ids, so foldEvents' dedupe (canonical JSON of every
  // event, most of a fold's cost at 10k cases) is skipped; order and refusals are the same.
  // A timeline with `case.created` always folds to a case (the reducer sorts it first).
  return (
    hasCreationEvent(events)
      ? applyEvents(emptyProjection(), events)
      : projectionFromRecords(kase, involvements)
  ) as CaseViewProjection;
};

/** The most urgent state among a case's open deadlines; `none` when nothing is open. */
export type CaseDeadlineState = 'overdue' | 'due-soon' | 'ok' | 'none';

const SEVERITY: Readonly<Record<CaseDeadlineState, number>> = {
  overdue: 3,
  'due-soon': 2,
  ok: 1,
  none: 0,
};

// The embargo state a screen shows: the stored state, except `due` once the agreed instant
// has passed (publication is allowed; the fold alone would still say `active`).
export type { ShownEmbargoState };

/** Every shown state, in the order the filter lists them. */
export const SHOWN_EMBARGO_STATES: readonly ShownEmbargoState[] = shownEmbargoStateSchema.options;

export type CaseNextSteps = {
  /** What the profile's action rules offer now (none for a technical alert). */
  actions: readonly AvailableAction[];
  /** A technical alert's steps with the engine's verdict on each (empty for other kinds). */
  alert: readonly AlertStepView[];
};

export type CaseView = {
  caseId: CaseId;
  kase: Case;
  projection: CaseViewProjection;
  profile: PolicyProfile;
  now: IsoInstant;
  /** The engine's deadlines under the case's own profile, each with its own due-soon rule. */
  report: DeadlineReport;
  /** Open deadlines (neither met nor superseded by an agreed date), soonest first. */
  open: readonly Deadline[];
  deadlineState: CaseDeadlineState;
  /** Every vendor with its derived status, counted on the profile's own calendar. */
  vendors: readonly VendorRowStatus[];
  unread: number;
  /** Of `unread`, the messages tied to no vendor (stored unverified): not a vendor's reply. */
  unassigned: number;
  /** The embargo at `now` (active with time left, or due once its instant has passed). */
  embargo: EmbargoStatus;
  /** The state every badge, filter and sort shows. */
  embargoState: ShownEmbargoState;
  /** Publication scheduled at the agreed instant (`due` once it has come), or null. */
  scheduled: ScheduledPublication | null;
  /** Issue 27: extension requests, grants against the cap, days beyond the target, and the
   *  "publication moved" letters still owed. */
  extensions: ExtensionFacts;
  /** The embargo ended before its agreed instant, and the vendors still owed the letter
   *  that says so (none owed once the case is closed). */
  earlyEnd: EarlyEnd | null;
  nextSteps: CaseNextSteps;
  /** Issue 27 item 4: the owner, co-coordinators and hand-overs, this vault's role, and
   *  each event's organisation (the header, the timeline, the composer and the forms). */
  coordination: CoordinationFold;
  /** Handling has ended: the report is closed (published cases stay open until closed). */
  ended: boolean;
  /** The finder has had no answer yet and this vault owes it: an open report, or one
   *  closed at intake, not handed over (never a technical alert, which has no finder). */
  owesFinderAnswer: boolean;
};

/** A closed case chases nothing: its early end is still stated, with nobody owed. */
const closedOut = (end: EarlyEnd | null, ended: boolean): EarlyEnd | null =>
  end === null || !ended ? end : { ...end, owed: [] };

const deadlineStateOf = (open: readonly Deadline[]): CaseDeadlineState => {
  let state: CaseDeadlineState = 'none';
  for (const d of open) {
    const s = d.state as Exclude<CaseDeadlineState, 'none'>;
    if (SEVERITY[s] > SEVERITY[state]) state = s;
  }
  return state;
};

/** The view of a projected case at `now` (split from the fold so a cache folds once per
 *  change and recomputes only this when the clock moves). */
export const viewOfProjection = (
  projection: CaseViewProjection,
  messages: readonly Pick<MessageRecord, 'direction' | 'readAt' | 'counterpartContactId'>[],
  now: IsoInstant,
  coordination: CoordinationFold,
): CaseView => {
  const kase = projection.case;
  const profile = getPolicyProfile(kase.policyProfile);
  const report = computeDeadlines(projection, profile, now);
  const ended = kase.states.report === 'closed' || kase.dates.closed !== null;
  // Closing meets every deadline whose rule says so (`metWhen: 'closed'`). The one it does
  // not is the finder's acknowledgement (JPCERT/CC: "an initial response … within 5
  // business days" of every report). A report closed at intake (declined, a duplicate,
  // invalid: no vendor ever contacted) has had no other word with the finder, so it stays
  // owed on the dashboard and the case list until the answer is sent or recorded. A case
  // closed after coordination chases nothing: its overview still says what was unmet.
  // A case this vault handed over is the new owner's to chase (its overview still says
  // what is unmet).
  const closedAtIntake = ended && kase.dates.firstVendorContactAttempt === null;
  const chases = (!ended || closedAtIntake) && coordination.state.localRole !== 'former-owner';
  const open = report.deadlines
    .filter((d) => chases && isOpenDeadline(d))
    // ISO instants of one format: their order is their text's.
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const embargo = embargoStatus(projection, now);
  return {
    caseId: kase.id,
    kase,
    projection,
    profile,
    now,
    report,
    open,
    deadlineState: deadlineStateOf(open),
    vendors: vendorRows(projection, now, profile.calendar),
    unread: unreadCount(messages),
    unassigned: unassignedUnreadCount(messages),
    embargo,
    embargoState: embargo.kind === 'due' ? 'due' : kase.states.embargo,
    scheduled: scheduledPublication(projection, now),
    extensions: extensionFacts(projection, profile, report.deadlines),
    earlyEnd: closedOut(earlyEnd(projection), ended),
    nextSteps: {
      actions: report.actions,
      alert: kase.kind === 'technical-alert' ? alertSteps(projection, now) : [],
    },
    coordination,
    ended,
    owesFinderAnswer: chases && kase.kind !== 'technical-alert' && kase.dates.acknowledged === null,
  };
};

/** The same view after the case's messages changed (its unread count is all they feed). */
export const withMessages = (
  view: CaseView,
  messages: readonly Pick<MessageRecord, 'direction' | 'readAt' | 'counterpartContactId'>[],
): CaseView => ({
  ...view,
  unread: unreadCount(messages),
  unassigned: unassignedUnreadCount(messages),
});

/** The one answer to what a case is at `now`. */
export const caseView = (
  records: CaseRecords & {
    messages: readonly Pick<MessageRecord, 'direction' | 'readAt' | 'counterpartContactId'>[];
  },
  now: IsoInstant,
): CaseView =>
  viewOfProjection(
    caseProjection(records),
    records.messages,
    now,
    foldCoordination(records.events),
  );
