import type {
  Case,
  CaseEventType,
  CaseId,
  CaseLinkRelation,
  IsoDate,
  ReportId,
  WithdrawalOutcome,
  WithdrawalRefusal,
  EventId,
  IanaZone,
  Involvement,
  InvolvementId,
  InvolvementRole,
  IsoInstant,
  LocalizedText,
  MessageId,
  SsvcModel,
  SsvcSelectionList,
  TechnicalAlertVerdict,
  TriageReasonCode,
} from '../model';
import type { WorkflowError } from './errors';

/**
 * The fold of a case's events (ARCHITECTURE.md §3: "the store keeps the folded Case as a
 * projection"). `case` is the persisted Case record; the rest is what the UI, deadlines
 * and bundle merges need and is recomputed from the events on every fold.
 */
export type InvolvementView = Involvement & {
  /** When the current status was entered ("unreachable for 30 days"). */
  statusSince: IsoInstant;
};

/** An SSVC decision as the case holds it: the SelectionList and who recorded it when. */
export type SsvcRecord = {
  selections: SsvcSelectionList;
  at: IsoInstant;
  actor: string;
  eventId: EventId;
};

export type RejectedEvent = {
  eventId: EventId;
  type: CaseEventType;
  at: IsoInstant;
  error: WorkflowError;
};

export type DeadlineOverride = {
  ruleId: string;
  /** Null: the deadline is waived for this case. */
  due: IsoInstant | null;
  reason: string;
  at: IsoInstant;
  actor: string;
};

export type ReleaseDecision = {
  decision: 'publish' | 'do-not-publish' | 'no-public-release-needed';
  committee: boolean;
  reason: string;
  members?: string[] | undefined;
  at: IsoInstant;
  actor: string;
};

/** The last review of a technical alert (its verdict and, for changes, the reason). */
export type AlertReview = {
  verdict: TechnicalAlertVerdict;
  reason: string;
  at: IsoInstant;
  actor: string;
};

/** Publication scheduled at the agreed instant `date` (stated in `zone`): the analyst's
 *  intent, recorded `at` by `actor`; publishing still needs its own confirmation. */
export type PublicationSchedule = {
  date: IsoInstant;
  zone: IanaZone;
  at: IsoInstant;
  actor: string;
};

/** One entry of a published advisory's revision history (CSAF `revision_history`, the
 *  JVN page's 更新履歴): numbered from 1 at publication, one per later change. */
export type AdvisoryRevision = {
  number: string;
  date: IsoInstant;
  summary: LocalizedText;
  eventId: EventId;
};

/** A published advisory taken back or replaced by another, with its published reasoning. */
export type AdvisoryWithdrawal = {
  kind: 'withdrawn' | 'superseded';
  at: IsoInstant;
  reason: LocalizedText;
  supersededBy?: { advisoryId: string; url: string };
};

/** The advisory's life after publication, from the case events (advisory-history.ts). */
export type AdvisoryHistory = {
  revisions: AdvisoryRevision[];
  withdrawal: AdvisoryWithdrawal | null;
};

/** Another case this one names (issue 27 item 3): this report duplicates it or relates to
 *  it, or (`duplicated-by`) a second finder's report on it was linked as a duplicate. */
export type CaseLink = {
  otherCaseId: CaseId;
  otherRef: string;
  relation: CaseLinkRelation | 'duplicated-by';
  at: IsoInstant;
  /** `duplicated-by` only: the second report and the name to credit (null: no consent). */
  second: { reportId: ReportId; creditName: string | null } | null;
};

/** A finder's request to withdraw non-disclosure and its outcome (issue 27 item 7). */
export type WithdrawalRequest = {
  at: IsoInstant;
  outcome: WithdrawalOutcome;
  possibleOn: IsoDate | null;
  refusal: WithdrawalRefusal | null;
};

/** The finder's and the site operator's steps (reducer-finder-steps.ts). */
export type FinderSteps = {
  withdrawals: WithdrawalRequest[];
  siteFixed: { at: IsoInstant; involvementId: string } | null;
};

/** A vendor's request for a later publication (issue 27) and the analyst's decision on it. */
export type ExtensionDecision =
  | {
      kind: 'granted';
      date: IsoInstant;
      zone: IanaZone;
      /** The agreed instant it replaced, and the zone that one was stated in. */
      previous: IsoInstant;
      previousZone: IanaZone;
      at: IsoInstant;
      actor: string;
    }
  | { kind: 'refused'; reason: string; at: IsoInstant; actor: string };

export type ExtensionRequest = {
  /** The request event's id: the grant or refusal names it. */
  requestId: EventId;
  involvementId: InvolvementId;
  /** The instant asked for, stated in `zone`. */
  date: IsoInstant;
  zone: IanaZone;
  reason: string;
  /** The vendor's reply it came in, or null when recorded by hand. */
  messageId: MessageId | null;
  /** The agreed instant when it was asked for. */
  agreedThen: IsoInstant;
  at: IsoInstant;
  actor: string;
  decision: ExtensionDecision | null;
};

/**
 * The agreed publication instant replaced by another while an embargo is agreed: a
 * revision, a counter-proposal agreed, or a granted extension. Every vendor told the old
 * instant is owed the "publication moved" letter (extensions.ts); a later instant beyond
 * the profile's target counts against its extension cap (shared/workflow/README.md).
 */
export type PublicationMove = {
  eventId: EventId;
  via: 'revised' | 'agreed' | 'extension';
  /** The agreed instant replaced, and the zone it was stated in. */
  previous: IsoInstant;
  previousZone: IanaZone;
  date: IsoInstant;
  zone: IanaZone;
  at: IsoInstant;
  actor: string;
  /** The vendor whose extension request was granted: it asked, so it is owed no letter. */
  requestedBy: InvolvementId | null;
  /** Vendors sent the "publication moved" letter since (message.sent). */
  notified: InvolvementId[];
};

export type EmbargoExitReason = 'published' | 'public-awareness' | 'terminated';

export type CaseProjection = {
  case: Case | null;
  involvements: InvolvementView[];
  embargo: {
    /** The date on the table while a proposal or revision is pending. */
    proposedDate: IsoInstant | null;
    /** The zone the pending proposal was stated in. */
    proposedZone: IanaZone | null;
    /** The zone the agreed publication moment was stated in; the instant itself is
     *  `case.dates.agreedPublication` (read both with `agreedPublicationMoment`). */
    agreedZone: IanaZone | null;
    /** When a publication date was first agreed (history: it meets no deadline). */
    agreedAt: IsoInstant | null;
    exit: { at: IsoInstant; reason: EmbargoExitReason } | null;
  };
  /** Held only while the embargo agreed for `date` holds (publication-schedule.ts). */
  publicationSchedule: PublicationSchedule | null;
  triage: {
    decision: 'accept' | 'defer' | 'decline';
    reasons: TriageReasonCode[];
    at: IsoInstant;
  } | null;
  /** IPA guideline footnote 4: handling ends when the vulnerability is already public,
   *  and the finder must be told. */
  handling: {
    terminated: { at: IsoInstant; reason: 'already-public' } | null;
    finderNotified: boolean;
  };
  overrides: Record<string, DeadlineOverride>;
  releaseDecision: ReleaseDecision | null;
  /** SSVC (issue 28): the latest coordinator decision of each model, with who and when. */
  ssvc: Partial<Record<SsvcModel, SsvcRecord>>;
  /** Issue 28: the published advisory's revisions and withdrawal (empty before publication). */
  advisory: AdvisoryHistory;
  /** Issue 27: every extension request in the order asked, each with its decision. */
  extensions: ExtensionRequest[];
  /** Every move of the agreed publication instant, in order. */
  publicationMoves: PublicationMove[];
  /** Vendors sent the "embargo ended early" letter (embargo-early-end.ts). */
  earlyEndNotified: InvolvementId[];
  /** Technical alerts only: the latest review, so the UI can show what to change. */
  alertReview: AlertReview | null;
  /** Issue 27 item 3: the cases this one is linked to, in the order linked. */
  links: CaseLink[];
  /** Issue 27 item 7: the finder's withdrawal requests and the site operator's fix. */
  finderSteps: FinderSteps;
  appliedCount: number;
  lastEventAt: IsoInstant | null;
  rejected: RejectedEvent[];
};

/** Roles whose first contact attempt starts the policy clocks. */
export const VENDOR_ROLES: readonly InvolvementRole[] = [
  'developer',
  'upstream-developer',
  'site-operator',
];

export const emptyProjection = (): CaseProjection => ({
  case: null,
  involvements: [],
  embargo: { proposedDate: null, proposedZone: null, agreedZone: null, agreedAt: null, exit: null },
  publicationSchedule: null,
  triage: null,
  handling: { terminated: null, finderNotified: false },
  overrides: {},
  releaseDecision: null,
  ssvc: {},
  advisory: { revisions: [], withdrawal: null },
  extensions: [],
  publicationMoves: [],
  earlyEndNotified: [],
  alertReview: null,
  links: [],
  finderSteps: { withdrawals: [], siteFixed: null },
  appliedCount: 0,
  lastEventAt: null,
  rejected: [],
});
