import type { InvolvementId, IsoDate, IsoInstant, LocalizedText } from '../model';
import { inClosure, localDate } from './calendar';
import { holidayName } from './calendar-grid';
import type { CaseView } from './case-view';
import { dueDateFor, localDaysAfter } from './deadlines';
import { vendorInvolvements } from './multi-vendor';
import type { Anchor, PolicyProfile, PolicySource } from './policy-types';
import type { CaseProjection } from './projection';
import { ruleApplies } from './technical-alert';
import { awaitsReply } from './vendor-status';

/**
 * What is unusual about a publication instant the analyst is about to propose or agree —
 * warnings, never refusals (the refusal of an agreement nobody answered is the guard's,
 * embargo-agreement.ts). The case screen shows them under the date field before the click.
 *
 * - `vendors-not-replied`: vendors contacted and still silent (`awaitsReply`), when agreeing:
 *   the date is agreed without their word. By involvement id: the screen names them.
 * - `before-target`: fewer days after the profile's anchor than its publication target
 *   (`publicationTargetRuleId`: JPCERT/CC's 45 days from the first contact attempt, IPA *9;
 *   CERT/CC's 45 days from the report). Before the anchor exists (no vendor contacted yet)
 *   the days are counted from today, the earliest the clock could start.
 * - `non-publication-day`: the local day (profile's zone) is a weekend, a public holiday of
 *   the profile's calendar (Japanese, with its name) or its year-end closure. The policy
 *   texts give no publishing days; JVN publishes on JPCERT/CC's business days, the calendar
 *   the profile already counts its business-day deadlines on (JPCERT II.A), so an advisory
 *   due on one of these days would wait for the next: an Airlock hint, not policy text.
 */
export type PublicationWarning =
  | { kind: 'vendors-not-replied'; involvementIds: InvolvementId[] }
  | {
      kind: 'before-target';
      /** Whole local days from the anchor's day to the publication's day. */
      days: number;
      /** The profile's target, in days. */
      targetDays: number;
      /** What the days are counted from (`today` while the anchor has not happened). */
      from: 'first-vendor-contact' | 'received' | 'today';
      /** The earliest day the target allows (the policy's due date, in the profile's zone). */
      targetDate: IsoDate;
      ruleId: string;
      source: PolicySource;
    }
  | {
      kind: 'non-publication-day';
      /** The publication's local day in `timeZone`. */
      date: IsoDate;
      timeZone: string;
      weekend: 'saturday' | 'sunday' | null;
      holiday: LocalizedText | null;
      yearEndClosure: boolean;
    };

export type PublicationIntent = 'propose' | 'agree';

export type PublicationWarningInput = {
  projection: CaseProjection;
  profile: PolicyProfile;
  /** The proposed or agreed publication instant. */
  instant: IsoInstant;
  now: IsoInstant;
  /** `agree`: the date is recorded as agreed (names the vendors still silent). */
  intent: PublicationIntent;
};

const notReplied = (p: CaseProjection): PublicationWarning[] => {
  const silent = vendorInvolvements(p).filter(awaitsReply);
  return silent.length === 0
    ? []
    : [{ kind: 'vendors-not-replied', involvementIds: silent.map((i) => i.id) }];
};

const COUNTED_FROM: Partial<Record<Anchor, 'first-vendor-contact' | 'received'>> = {
  'first-vendor-contact': 'first-vendor-contact',
  received: 'received',
};

const anchorAt = (p: CaseProjection, from: 'first-vendor-contact' | 'received') =>
  from === 'received'
    ? (p.case?.dates.received ?? null)
    : (p.case?.dates.firstVendorContactAttempt ?? null);

const beforeTarget = ({
  projection: p,
  profile,
  instant,
  now,
}: PublicationWarningInput): PublicationWarning[] => {
  const rule = profile.deadlines.find((d) => d.id === profile.publicationTargetRuleId);
  const kind = p.case?.kind;
  if (rule === undefined || kind === undefined || !ruleApplies(rule.appliesTo, kind)) return [];
  if (rule.duration.unit !== 'days' || rule.anchors.length !== 1) return [];
  const from = COUNTED_FROM[rule.anchors[0] as Anchor];
  if (from === undefined) return [];
  const anchor = anchorAt(p, from);
  const start = anchor ?? now;
  const days = localDaysAfter(instant, start, profile.calendar.timeZone);
  if (days >= rule.duration.amount) return [];
  return [
    {
      kind: 'before-target',
      days,
      targetDays: rule.duration.amount,
      from: anchor === null ? 'today' : from,
      targetDate: dueDateFor(start, rule.duration, rule.rollForwardToBusinessDay, profile.calendar),
      ruleId: rule.id,
      source: rule.source,
    },
  ];
};

const WEEKEND: Readonly<Record<number, 'saturday' | 'sunday'>> = { 0: 'sunday', 6: 'saturday' };

const nonPublicationDay = ({ profile, instant }: PublicationWarningInput): PublicationWarning[] => {
  const cal = profile.calendar;
  const date = localDate(instant, cal.timeZone);
  const weekend = WEEKEND[new Date(`${date}T00:00:00.000Z`).getUTCDay()] ?? null;
  const holiday = holidayName(date, cal);
  const yearEndClosure = inClosure(date, cal.yearEndClosure);
  if (weekend === null && holiday === null && !yearEndClosure) return [];
  return [
    { kind: 'non-publication-day', date, timeZone: cal.timeZone, weekend, holiday, yearEndClosure },
  ];
};

/** Every warning about publishing at `instant` on this case, in the order the screen lists
 *  them: silent vendors, the target, the day itself. */
export const publicationWarnings = (input: PublicationWarningInput): PublicationWarning[] => [
  ...(input.intent === 'agree' ? notReplied(input.projection) : []),
  ...beforeTarget(input),
  ...nonPublicationDay(input),
];

/** The same, read from the case view (its projection, its profile and its "now"). */
export const viewPublicationWarnings = (
  view: Pick<CaseView, 'projection' | 'profile' | 'now'>,
  instant: IsoInstant,
  intent: PublicationIntent,
): PublicationWarning[] =>
  publicationWarnings({
    projection: view.projection,
    profile: view.profile,
    instant,
    now: view.now,
    intent,
  });
