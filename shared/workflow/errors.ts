import type { Result } from '../result';
/**
 * Typed refusals of the coordination engine. The UI shows `message` and disables the
 * button; the reducer records the code in `projection.rejected` instead of throwing, so a
 * merged timeline with an impossible event never corrupts a case.
 */
export type WorkflowErrorCode =
  | 'case-not-created'
  | 'case-already-created'
  | 'wrong-case'
  | 'case-closed'
  | 'illegal-report-transition'
  | 'illegal-embargo-transition'
  | 'flag-already-set'
  | 'report-not-received'
  | 'report-not-accepted'
  | 'handling-terminated'
  | 'already-published'
  | 'unknown-involvement'
  | 'duplicate-involvement'
  | 'duplicate-contact'
  | 'illegal-involvement-status'
  | 'not-contacted-yet'
  | 'not-unreachable'
  | 'duplicate-vulnerability'
  | 'conflicting-duplicate-event'
  | 'name-publication-attempts'
  | 'name-publication-waiting'
  | 'name-publication-no-committee'
  | 'name-publication-not-allowed'
  | 'unknown-deadline-rule'
  | 'unknown-policy-profile'
  | 'nothing-changed'
  | 'not-a-technical-alert'
  | 'technical-alert-no-embargo'
  | 'technical-alert-no-triage'
  | 'illegal-alert-transition'
  | 'technical-alert-no-deadlines'
  | 'technical-alert-advisory-id'
  | 'alert-publication-in-past'
  | 'embargo-active'
  | 'cve-id-missing'
  | 'advisory-not-published'
  | 'advisory-already-withdrawn'
  | 'advisory-supersedes-itself'
  | 'embargo-instant-not-future'
  | 'publication-schedule-no-embargo'
  | 'publication-schedule-not-agreed'
  | 'publication-schedule-passed'
  | 'publication-already-scheduled'
  | 'publication-not-scheduled'
  | 'coordination-transferred'
  | 'coordination-embargo-owner'
  | 'coordination-not-owner'
  // Issue 27 items 3 and 7 (reducer-finder-steps.ts).
  | 'link-to-self'
  | 'already-linked'
  | 'withdrawal-mismatch'
  | 'withdrawal-already-granted'
  | 'not-a-website-case'
  | 'not-site-operator'
  | 'site-already-fixed'
  // Issue 27: embargo extension requests and vendor disputes.
  | 'extension-no-embargo'
  | 'extension-not-later'
  | 'extension-not-a-vendor'
  | 'extension-unknown-request'
  | 'extension-already-decided'
  | 'extension-cap-reached'
  | 'embargo-revision-reason'
  // An agreed publication instant needs someone's answer on record (embargo-agreement.ts).
  | 'embargo-no-reply'
  | 'dispute-needs-reason'
  | 'coordination-unchanged'
  // What a new case must say about itself (intake-rules.ts).
  | 'case-title-blank'
  | 'reporter-name-blank'
  | 'received-in-future';

/**
 * Refusals that break an embargo: publishing inside an active one, or an embargo instant
 * that is not after the event stating it. Wherever events come from (a bundle import, a
 * case document), a timeline holding one is refused whole, never kept with the event set
 * aside: the coordinator's word to the vendors is the embargo.
 */
export const EMBARGO_BREACH_CODES: readonly WorkflowErrorCode[] = [
  'embargo-active',
  'embargo-instant-not-future',
];

export const isEmbargoBreach = (code: WorkflowErrorCode): boolean =>
  EMBARGO_BREACH_CODES.includes(code);

/** Refusals of who may change what after a hand-over (coordination.ts): a bundle that holds
 *  one is refused whole, like an embargo breach, and nothing of it is stored. */
export const COORDINATION_CODES: readonly WorkflowErrorCode[] = [
  'coordination-transferred',
  'coordination-embargo-owner',
  'coordination-not-owner',
  'coordination-unchanged',
];

export const isCoordinationRefusal = (code: WorkflowErrorCode): boolean =>
  COORDINATION_CODES.includes(code);

export type WorkflowError = { code: WorkflowErrorCode; message: string };

export type WorkflowResult<T> = Result<T, WorkflowError>;

export const wfOk = <T>(value: T): WorkflowResult<T> => ({ ok: true, value });

export const wfFail = (
  code: WorkflowErrorCode,
  message: string,
): { ok: false; error: WorkflowError } => ({
  ok: false,
  error: { code, message },
});
