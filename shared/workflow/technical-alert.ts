import {
  technicalAlertContentSchema,
  type AdvisoryId,
  type CaseKind,
  type IsoInstant,
  type PolicyProfileId,
  type TechnicalAlertContent,
  type Tlp,
} from '../model';
import { formatIssues } from '../model/versioned';
import { failWith, ok, type CodedError, type Result } from '../result';
import type { WorkflowError } from './errors';
import type { DeadlineRule } from './policy-types';
import type { CaseProjection } from './projection';
import { publicationMoment, type MomentErrorCode, type MomentInput } from './publication-moment';
import { buildEvent, validateEvent, type CaseCommand } from './timeline';

/**
 * A technical alert's steps (issue 18): what the analyst can do next, derived from the
 * events by asking the reducer itself, and the commands behind each step, built from what
 * the analyst typed. A technical alert has no vendor embargo and no vendor deadlines.
 */
export type AlertStep =
  | 'draft'
  | 'request-review'
  | 'approve'
  | 'request-changes'
  | 'schedule-publication'
  | 'publish'
  | 'close';

export const ALERT_STEPS: readonly AlertStep[] = [
  'draft',
  'request-review',
  'approve',
  'request-changes',
  'schedule-publication',
  'publish',
  'close',
];

export type AlertStepView = {
  step: AlertStep;
  allowed: boolean;
  /** Why not, as the engine says it (code for the UI's message, English sentence). */
  refusal: WorkflowError | null;
};

/** A stand-in command per step: the reducer judges the step, not the analyst's input. */
const probe = (step: AlertStep, content: TechnicalAlertContent, now: IsoInstant): CaseCommand => {
  switch (step) {
    case 'draft':
      return { type: 'technical-alert.drafted', payload: { content } };
    case 'request-review':
      return { type: 'technical-alert.review-requested', payload: { note: '' } };
    case 'approve':
      return { type: 'technical-alert.reviewed', payload: { verdict: 'approved', reason: '' } };
    case 'request-changes':
      return {
        type: 'technical-alert.reviewed',
        payload: { verdict: 'changes-requested', reason: 'probe' },
      };
    case 'schedule-publication':
      return {
        type: 'technical-alert.publication-scheduled',
        payload: { date: now, zone: 'UTC' },
      };
    case 'publish':
      return { type: 'published', payload: { advisoryId: null, url: '' } };
    case 'close':
      return { type: 'case.closed', payload: { reason: 'resolved', note: '' } };
  }
};

/** Every step of a technical alert with whether the engine allows it now; empty for a
 *  case of another kind (or no case). */
export const alertSteps = (p: CaseProjection, now: IsoInstant): AlertStepView[] => {
  const alert = p.case?.technicalAlert ?? null;
  if (alert === null) return [];
  return ALERT_STEPS.map((step) => {
    const event = buildEvent(p, probe(step, alert.content, now), { actor: 'probe', now });
    const r = validateEvent(p, event);
    return { step, allowed: r.ok, refusal: r.ok ? null : r.error };
  });
};

/** The steps allowed now, in workflow order. */
export const nextAlertSteps = (p: CaseProjection, now: IsoInstant): AlertStep[] =>
  alertSteps(p, now)
    .filter((s) => s.allowed)
    .map((s) => s.step);

/**
 * Which deadline rules apply to a case kind: `any` means any coordinated case (software or
 * website); a technical alert has no vendor to contact, so only rules written for
 * technical alerts apply to it (the shipped profiles have none).
 */
export const ruleApplies = (appliesTo: DeadlineRule['appliesTo'], kind: CaseKind): boolean =>
  kind === 'technical-alert'
    ? appliesTo === 'technical-alert'
    : appliesTo === 'any' || appliesTo === kind;

export type AlertInputErrorCode = 'alert-content-invalid' | 'review-reason-missing';

/** Content as typed, checked with the model's schema; the error lists `field: message`. */
export const parseAlertContent = (
  input: unknown,
): Result<TechnicalAlertContent, CodedError<'alert-content-invalid'> & { issues: string[] }> => {
  const r = technicalAlertContentSchema.safeParse(input);
  if (r.success) return ok(r.data);
  const issues = formatIssues(r.error);
  return {
    ok: false,
    error: { code: 'alert-content-invalid', message: issues.join('; '), issues },
  };
};

export type AlertIntakeInput = {
  ref: string;
  title: string;
  tlp: Tlp;
  policyProfile: PolicyProfileId;
  content: TechnicalAlertContent;
};

/** The command that opens a technical-alert case (no report, no triage). */
export const alertIntakeCommand = (input: AlertIntakeInput): CaseCommand => ({
  type: 'case.created',
  payload: {
    ref: input.ref,
    title: input.title,
    kind: 'technical-alert',
    tlp: input.tlp,
    policyProfile: input.policyProfile,
    reportId: null,
    technicalAlert: input.content,
  },
});

export const draftAlertCommand = (content: TechnicalAlertContent): CaseCommand => ({
  type: 'technical-alert.drafted',
  payload: { content },
});

export const requestAlertReviewCommand = (note = ''): CaseCommand => ({
  type: 'technical-alert.review-requested',
  payload: { note: note.trim() },
});

/** A review verdict; sending the alert back needs a reason the author can act on. */
export const reviewAlertCommand = (
  verdict: 'approved' | 'changes-requested',
  reason: string,
): Result<CaseCommand, CodedError<'review-reason-missing'>> => {
  const text = reason.trim();
  if (verdict === 'changes-requested' && text === '') {
    return failWith('review-reason-missing', 'Say what should change before sending it back');
  }
  return ok({ type: 'technical-alert.reviewed', payload: { verdict, reason: text } });
};

/** The publication moment as typed (date, time, zone); a date without a time is refused
 *  (publicationMoment's rule), never completed with a guessed hour. */
export const scheduleAlertPublicationCommand = (
  input: MomentInput,
): Result<CaseCommand, CodedError<MomentErrorCode>> => {
  const moment = publicationMoment(input);
  if (!moment.ok) return moment;
  const { instant, zone } = moment.value;
  return ok({ type: 'technical-alert.publication-scheduled', payload: { date: instant, zone } });
};

/** Publishing: the common `published` event with the alert's JVNTA# id and its URL. */
export const publishAlertCommand = (advisoryId: AdvisoryId | null, url: string): CaseCommand => ({
  type: 'published',
  payload: { advisoryId, url: url.trim() },
});
