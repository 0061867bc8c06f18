import { JAPAN_ZONE, type IanaZone, type IsoDate, type IsoInstant } from '../model';
import {
  addBusinessDays,
  addDays,
  addMonths,
  endOfLocalDay,
  localDate,
  rollForwardToBusinessDay,
} from './calendar';
import { availableActions, type AvailableAction } from './actions';
import type {
  Anchor,
  DeadlineRule,
  Duration,
  MetCondition,
  PolicyProfile,
  PolicySource,
} from './policy-types';
import type { CaseProjection, DeadlineOverride } from './projection';
import { agreedInstant, publicationDueInstant } from './reducer-embargo';
import type { ReadyProjection } from './reducer-types';
import { ruleApplies } from './technical-alert';
import type { CalendarSettings } from './calendar';

/**
 * Deadlines of a case under a policy profile at a given "now" (ARCHITECTURE.md §4). The
 * dashboard is a view of this list. Every deadline carries the rule and the policy
 * sentence it came from, its due date in the profile's time zone and the due instant (the
 * last millisecond of that local day, or the anchor's own instant for the agreed
 * publication moment).
 */
export type DeadlineState = 'ok' | 'due-soon' | 'overdue' | 'met' | 'superseded';

/** A target replaced by the agreed publication instant (`supersededByAgreement`). */
export type Supersession = {
  /** The agreed instant now kept instead, and the zone it was stated in. */
  instant: IsoInstant;
  zone: IanaZone;
  /** Whole local days that instant lies beyond the policy's own due date (0: not beyond). */
  daysBeyond: number;
};

export type Deadline = {
  ruleId: string;
  title: DeadlineRule['title'];
  state: DeadlineState;
  /** When the clock started. */
  start: IsoInstant;
  /** Due date in `timeZone` and the instant it ends. */
  dueDate: IsoDate;
  dueAt: IsoInstant;
  timeZone: string;
  /** What the policy alone gives, before any per-case override. */
  policyDueAt: IsoInstant;
  metAt: IsoInstant | null;
  metBy: MetCondition | 'waived' | null;
  override: DeadlineOverride | null;
  /** Set exactly when `state` is `superseded`. */
  supersededBy: Supersession | null;
  source: PolicySource;
};

/** Still to be done: neither met nor replaced by an agreed date. */
export const isOpenDeadline = (d: Pick<Deadline, 'state'>): boolean =>
  d.state !== 'met' && d.state !== 'superseded';

export type DeadlineReport = {
  deadlines: Deadline[];
  actions: AvailableAction[];
  timeZone: string;
};

const DAY_MS = 86_400_000;
const dayNumber = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** Whole local days `instant` lies after the local day of `after` (0 when not after). */
export const localDaysAfter = (instant: IsoInstant, after: IsoInstant, timeZone: string): number =>
  Math.max(0, dayNumber(localDate(instant, timeZone)) - dayNumber(localDate(after, timeZone)));

const supersession = (
  p: ReadyProjection,
  rule: DeadlineRule,
  policyDueAt: IsoInstant,
  timeZone: string,
): Supersession | null => {
  const instant = rule.supersededByAgreement === true ? agreedInstant(p) : null;
  if (instant === null) return null;
  const zone = p.embargo.agreedZone ?? JAPAN_ZONE;
  return { instant, zone, daysBeyond: localDaysAfter(instant, policyDueAt, timeZone) };
};

const anchorInstant = (p: ReadyProjection, anchor: Anchor): IsoInstant | null => {
  const { dates, states } = p.case;
  if (anchor === 'received') return dates.received;
  if (anchor === 'first-vendor-contact') return dates.firstVendorContactAttempt;
  if (anchor === 'agreed-publication') return publicationDueInstant(p);
  return states.flags[anchor.slice(5) as keyof typeof states.flags];
};

const metInstant = (p: ReadyProjection, c: MetCondition): IsoInstant | null => {
  const { dates, states } = p.case;
  if (c === 'acknowledged') return dates.acknowledged;
  if (c === 'published') return dates.published;
  if (c === 'closed') return dates.closed;
  return states.flags[c.slice(5) as keyof typeof states.flags];
};

/** Due date of a rule for a clock started at `start` (monotonic in `start`). */
export const dueDateFor = (
  start: IsoInstant,
  duration: Duration,
  rollForward: boolean,
  cal: CalendarSettings,
): IsoDate => {
  const from = localDate(start, cal.timeZone);
  const { amount, unit } = duration;
  const due =
    unit === 'business-days'
      ? addBusinessDays(from, amount, cal)
      : unit === 'days'
        ? addDays(from, amount)
        : addMonths(from, unit === 'months' ? amount : amount * 12);
  return rollForward ? rollForwardToBusinessDay(due, cal) : due;
};

const evaluate = (
  p: ReadyProjection,
  rule: DeadlineRule,
  cal: CalendarSettings,
  now: IsoInstant,
): Deadline | null => {
  if (!ruleApplies(rule.appliesTo, p.case.kind)) return null;
  const starts = rule.anchors.map((a) => anchorInstant(p, a));
  if (starts.some((s) => s === null)) return null;
  const start = (starts as IsoInstant[]).sort().at(-1) as IsoInstant;
  const policyDate = dueDateFor(start, rule.duration, rule.rollForwardToBusinessDay, cal);
  // The agreed publication is due at its instant (10:00 JST), not at 23:59 of that day.
  const policyDueAt = rule.dueAtAnchorInstant ? start : endOfLocalDay(policyDate, cal.timeZone);
  const override = p.overrides[rule.id] ?? null;
  const dueAt = override?.due ?? policyDueAt;
  const met = rule.metWhen
    .map((c) => ({ c, at: metInstant(p, c) }))
    .filter((m): m is { c: MetCondition; at: IsoInstant } => m.at !== null)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
  const waived = override !== null && override.due === null;
  // An act (or a waiver) settles the target for good; an agreement only while it holds.
  const superseded = met || waived ? null : supersession(p, rule, policyDueAt, cal.timeZone);
  const remaining = Date.parse(dueAt) - Date.parse(now);
  const state: DeadlineState =
    met || waived
      ? 'met'
      : superseded !== null
        ? 'superseded'
        : remaining < 0
          ? 'overdue'
          : remaining <= rule.dueSoonDays * DAY_MS
            ? 'due-soon'
            : 'ok';
  return {
    ruleId: rule.id,
    title: rule.title,
    state,
    start,
    dueDate: localDate(dueAt, cal.timeZone),
    dueAt,
    timeZone: cal.timeZone,
    policyDueAt,
    metAt: met?.at ?? (waived ? override.at : null),
    metBy: met?.c ?? (waived ? 'waived' : null),
    override,
    supersededBy: superseded,
    source: rule.source,
  };
};

/** Every deadline of the case with its state, and the actions the policy now offers. */
export const computeDeadlines = (
  p: CaseProjection,
  profile: PolicyProfile,
  now: IsoInstant,
): DeadlineReport => {
  const timeZone = profile.calendar.timeZone;
  if (!p.case) return { deadlines: [], actions: [], timeZone };
  const ready = p as ReadyProjection;
  const deadlines = profile.deadlines
    .map((rule) => evaluate(ready, rule, profile.calendar, now))
    .filter((d): d is Deadline => d !== null);
  // The profiles' actions are about vendors, finders and the committee: none fits a
  // technical alert, whose own next steps are `alertSteps` (technical-alert.ts).
  const actions =
    ready.case.kind === 'technical-alert' ? [] : availableActions(ready, profile, deadlines, now);
  return { deadlines, actions, timeZone };
};
