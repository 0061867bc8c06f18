import type { CaseFlag, CaseKind, InvolvementStatus, LocalizedText } from '../model';
import type { CalendarSettings } from './calendar';

/**
 * Policy profiles are data, not code branches (ARCHITECTURE.md §4). A rule says when its clock
 * starts, how long it runs, what satisfies it, and which sentence of which policy it comes
 * from, so the UI can answer "why is this due?".
 */
export type PolicySource = {
  document: string;
  /** Where in the document, as the document numbers it (quoted, like the sentence). */
  section: string;
  /** The sentence the rule implements, quoted. */
  sentence: string;
  /** Airlock's own remark on the source (a default the text does not fix, a naming
   *  convention it rests on): ours, so in the analyst's language, unlike the quote. */
  note?: LocalizedText;
};

/** When a clock starts. With several anchors the clock starts at the latest of them and
 *  only once all of them exist. */
export type Anchor =
  'received' | 'first-vendor-contact' | 'agreed-publication' | `flag:${CaseFlag}`;

export type Duration = {
  amount: number;
  unit: 'business-days' | 'days' | 'months' | 'years';
};

/** What satisfies a deadline: an act that happened. Agreeing a date is not one (issue 23:
 *  "a deadline is met only when its act happened, never because an instant was agreed"); a
 *  target the policy lets the parties replace is `supersededByAgreement` instead. */
export type MetCondition = 'acknowledged' | 'published' | 'closed' | `flag:${CaseFlag}`;

export type ActionCode =
  | 'may-close'
  | 'release-decision-committee'
  | 'finder-may-lift-nondisclosure'
  | 'publish-developer-name'
  | 'consider-unreachable'
  | 'public-release-optional'
  | 'notify-finder-handling-terminated';

export type DeadlineRule = {
  id: string;
  title: LocalizedText;
  appliesTo: CaseKind | 'any';
  anchors: readonly Anchor[];
  duration: Duration;
  /** Move a due date that falls on a non-business day to the next business day. */
  rollForwardToBusinessDay: boolean;
  /** Due at the anchor's own instant (the agreed publication moment, 10:00 JST), not at the
   *  end of a local day. Only for a zero duration. */
  dueAtAnchorInstant?: true;
  metWhen: readonly MetCondition[];
  /** A target the parties may replace by agreement (IPA *9: "In general, the recommended
   *  date of release is 45 days … Please contact JPCERT/CC if more time is necessary"):
   *  while a publication instant is agreed, that instant is the date to keep and this
   *  deadline is `superseded`, neither open nor met. Absent: a hard deadline. */
  supersededByAgreement?: true;
  /** Calendar days before the due instant at which the state becomes `due-soon`. */
  dueSoonDays: number;
  source: PolicySource;
};

export type ActionCondition =
  | { kind: 'deadline-overdue'; ruleId: string }
  | { kind: 'involvement-status'; status: InvolvementStatus }
  | { kind: 'developer-name-unpublished' }
  | { kind: 'no-reply-for-days'; days: number }
  | { kind: 'all-developers-reach-users' }
  | { kind: 'handling-terminated-finder-not-notified' }
  | { kind: 'no-release-decision' }
  | { kind: 'any'; of: readonly ActionCondition[] }
  | { kind: 'all'; of: readonly ActionCondition[] };

export type ActionRule = {
  id: ActionCode;
  title: LocalizedText;
  when: ActionCondition;
  /** Offered on a closed or published case too (e.g. telling the finder why it closed). */
  afterClose: boolean;
  source: PolicySource;
};

/**
 * Preconditions for publishing an unreachable developer's name (IPA footnote 8). The
 * thresholds are Airlock defaults a profile states; the policy text gives none.
 */
export type NamePublicationRule = {
  /** Contact attempts recorded for that developer (messages sent or attempts logged). */
  minAttempts: number;
  /** Calendar days since the first contact attempt. */
  waitDays: number;
  /** A Release Decision Committee decision to publish must be recorded. */
  committeeDecision: boolean;
  source: PolicySource;
};

export type TriageSettings = {
  /** "The date of the last update of the Products is before 18 months ago". */
  maintenanceWindowMonths: number;
  /** "Generally speaking, cross-site scripting will not be coordinated…" */
  declineXssUnlessSignificant: boolean;
};

/**
 * How the profile's advisories are numbered (issue 23): which prefix a case's advisory ID
 * takes, as data with the rule quoted. `when` is the fact shared/advisory/ids.ts checks.
 */
export type AdvisoryIdRule = {
  prefix: 'JVN' | 'JVNVU' | 'JVNTA';
  when: 'technical-alert' | 'overseas-coordinator-or-several-vendors' | 'partnership-domestic';
  title: LocalizedText;
  source: PolicySource;
};

/**
 * Embargo extensions a vendor may be granted (issue 27): how many (null: no cap), and the
 * deadline whose policy date is the profile's target, so the case can say how far beyond it
 * the agreed publication now lies.
 */
export type ExtensionRule = {
  maxExtensions: number | null;
  targetRuleId: string;
  source: PolicySource;
};

export type PolicyProfile = {
  id: string;
  /** In order: the first rule whose fact holds gives the prefix. Absent: no JVN numbering. */
  advisoryIds?: readonly AdvisoryIdRule[];
  name: LocalizedText;
  calendar: CalendarSettings;
  deadlines: readonly DeadlineRule[];
  actions: readonly ActionRule[];
  /** Absent: this profile has no unreachable-developer publication. */
  namePublication?: NamePublicationRule;
  /** Present: every vulnerability of a published case needs a CVE ID, ours or another CNA's,
   *  or the analyst's recorded reason (shared/workflow/cve-pool.ts). */
  cveIdRequired?: { source: PolicySource };
  /** Absent: extensions are not counted against a target nor capped. */
  extensions?: ExtensionRule;
  /** The deadline (unit `days`) whose length is the profile's usual time to publication:
   *  a proposed or agreed date fewer days after its anchor draws a warning
   *  (publication-warnings.ts), never a refusal. Absent: the profile's days are only the
   *  vendor's latest date, and publishing once fixed, earlier, is its normal course. */
  publicationTargetRuleId?: string;
  triage: TriageSettings;
};
