import type { InvolvementId, IsoDate, IsoInstant } from '../model';
import { localDate } from './calendar';
import { localDaysAfter, type Deadline } from './deadlines';
import { wfFail, wfOk, type WorkflowResult } from './errors';
import type { PolicyProfile, PolicySource } from './policy-types';
import type { PublicationMoment } from './publication-moment';
import { VENDOR_ROLES, type CaseProjection, type ExtensionRequest } from './projection';
import { latestGrant } from './reducer-extensions';

/**
 * What a case says about its embargo extensions (issue 27), for every screen through the
 * case view: the requests, how many were granted against the profile's cap, how far beyond
 * the profile's target the agreed publication now lies, and which other vendors are still
 * owed the latest grant's "publication moved" letter.
 */
export type MovedLetters = {
  /** The grant the letters are about. */
  request: ExtensionRequest;
  /** Every other contacted vendor of the case (never the one that asked). */
  recipients: readonly InvolvementId[];
  /** Those not yet sent the letter. */
  owed: readonly InvolvementId[];
};

export type ExtensionFacts = {
  requests: readonly ExtensionRequest[];
  pending: readonly ExtensionRequest[];
  granted: number;
  /** The profile's cap, or null when it sets none. */
  cap: number | null;
  /** Another grant would exceed the cap. */
  capReached: boolean;
  /** The profile's target date (its target deadline as the policy alone gives it). */
  target: IsoDate | null;
  /** Whole local days the agreed publication lies beyond the target (0 when not beyond);
   *  null without a target or an agreed publication. */
  beyondTargetDays: number | null;
  moved: MovedLetters | null;
  source: PolicySource | null;
};

export const grantedCount = (p: CaseProjection): number =>
  p.extensions.filter((r) => r.decision?.kind === 'granted').length;

const movedLetters = (p: CaseProjection): MovedLetters | null => {
  const request = latestGrant(p);
  if (request === null || request.decision?.kind !== 'granted') return null;
  const notified = new Set<string>(request.decision.notified);
  const recipients = p.involvements
    .filter(
      (i) =>
        VENDOR_ROLES.includes(i.role) &&
        i.id !== request.involvementId &&
        i.firstContactAttempt !== null &&
        i.status !== 'unreachable',
    )
    .map((i) => i.id);
  return { request, recipients, owed: recipients.filter((id) => !notified.has(id)) };
};

const beyondTarget = (
  agreed: IsoInstant | null,
  target: Deadline | undefined,
  timeZone: string,
): number | null =>
  agreed === null || target === undefined
    ? null
    : localDaysAfter(agreed, target.policyDueAt, timeZone);

export const extensionFacts = (
  p: CaseProjection,
  profile: PolicyProfile,
  deadlines: readonly Deadline[],
): ExtensionFacts => {
  const rule = profile.extensions;
  const granted = grantedCount(p);
  const cap = rule?.maxExtensions ?? null;
  const target = deadlines.find((d) => d.ruleId === rule?.targetRuleId);
  const timeZone = profile.calendar.timeZone;
  return {
    requests: p.extensions,
    pending: p.extensions.filter((r) => r.decision === null),
    granted,
    cap,
    capReached: cap !== null && granted >= cap,
    target: target === undefined ? null : localDate(target.policyDueAt, timeZone),
    beyondTargetDays: beyondTarget(p.case?.dates.agreedPublication ?? null, target, timeZone),
    moved: movedLetters(p),
    source: rule?.source ?? null,
  };
};

/** The profile's cap on grants (a guard: what the policy asks of us, not a fact a partner's
 *  timeline must obey). */
export const guardExtensionGrant = (
  p: CaseProjection,
  profile: PolicyProfile,
): WorkflowResult<null> => {
  const rule = profile.extensions;
  if (rule === undefined || rule.maxExtensions === null) return wfOk(null);
  const granted = grantedCount(p);
  if (granted < rule.maxExtensions) return wfOk(null);
  return wfFail(
    'extension-cap-reached',
    `${granted} extensions were granted, the profile's cap is ${rule.maxExtensions} (${rule.source.document} ${rule.source.section})`,
  );
};

/** The moments a "publication moved" letter states: the agreed one it replaced, the new one. */
export const movedMoments = (
  facts: Pick<ExtensionFacts, 'moved'>,
): { previous: PublicationMoment; next: PublicationMoment } | null => {
  const decision = facts.moved?.request.decision;
  if (decision?.kind !== 'granted') return null;
  return {
    previous: { instant: decision.previous, zone: decision.previousZone },
    next: { instant: decision.date, zone: decision.zone },
  };
};
