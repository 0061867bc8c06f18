import type { CaseEvent, InvolvementId, IsoInstant, Vulnerability } from '../model';
import { missingCveIds } from './cve-pool';
import { guardAgreementReply } from './embargo-agreement';
import { guardExtensionCap } from './extensions';
import { wfFail, wfOk, type WorkflowErrorCode, type WorkflowResult } from './errors';
import type { NamePublicationRule, PolicyProfile } from './policy-types';
import { POLICY_PROFILES } from './policy-profiles';
import type { CaseProjection } from './projection';
import type { CaseCommand } from './timeline';
import { guardAlertCommand } from './technical-alert-guards';

/**
 * Policy preconditions of the commands an analyst issues now. The reducer keeps to facts
 * (a merged timeline from a partner must fold the same everywhere, whatever profile this
 * vault runs); what the policy asks of *us* before we act — three recorded attempts and
 * the committee before publishing a developer's name — is checked here, before the event
 * is built, with the profile and "now" as parameters.
 */
export type GuardContext = {
  projection: CaseProjection;
  events: readonly CaseEvent[];
  profile: PolicyProfile;
  now: IsoInstant;
  /** The case's vulnerability records, for the rules that read them (a CVE ID before
   *  publication); absent where the caller has none to give. */
  vulnerabilities?: readonly Vulnerability[];
};

export type NamePublicationCheck = {
  id: 'attempts' | 'waiting-period' | 'committee';
  met: boolean;
  /** What the rule asks (attempts, days; 1 for the committee) and what the case has. */
  required: number;
  actual: number;
  code: WorkflowErrorCode;
};

const DAY_MS = 86_400_000;

/** Contact attempts recorded for one involvement and accepted by the engine. */
export const contactAttempts = (
  events: readonly CaseEvent[],
  p: CaseProjection,
  id: InvolvementId,
): number => {
  const refused = new Set(p.rejected.map((r) => r.eventId));
  return events.filter(
    (e) =>
      !refused.has(e.id) &&
      ((e.type === 'vendor.contact-attempted' && e.payload.involvementId === id) ||
        (e.type === 'message.sent' && e.payload.to === 'vendor' && e.payload.involvementId === id)),
  ).length;
};

/** Each precondition of publishing this developer's name, met or not (the UI lists them). */
export const namePublicationChecks = (
  ctx: GuardContext,
  rule: NamePublicationRule,
  id: InvolvementId,
): NamePublicationCheck[] => {
  const inv = ctx.projection.involvements.find((i) => i.id === id);
  const first = inv?.firstContactAttempt ?? null;
  const waited =
    first === null ? 0 : Math.floor((Date.parse(ctx.now) - Date.parse(first)) / DAY_MS);
  const attempts = contactAttempts(ctx.events, ctx.projection, id);
  const decision = ctx.projection.releaseDecision;
  const committee = decision !== null && decision.committee && decision.decision === 'publish';
  const checks: NamePublicationCheck[] = [
    {
      id: 'attempts',
      met: attempts >= rule.minAttempts,
      required: rule.minAttempts,
      actual: attempts,
      code: 'name-publication-attempts',
    },
    {
      id: 'waiting-period',
      met: first !== null && waited >= rule.waitDays,
      required: rule.waitDays,
      actual: Math.max(0, waited),
      code: 'name-publication-waiting',
    },
  ];
  if (rule.committeeDecision) {
    checks.push({
      id: 'committee',
      met: committee,
      required: 1,
      actual: committee ? 1 : 0,
      code: 'name-publication-no-committee',
    });
  }
  return checks;
};

const guardNamePublication = (ctx: GuardContext, id: InvolvementId): WorkflowResult<null> => {
  const rule = ctx.profile.namePublication;
  if (rule === undefined) {
    return wfFail('name-publication-not-allowed', 'This policy profile does not publish names');
  }
  const unmet = namePublicationChecks(ctx, rule, id).find((c) => !c.met);
  if (unmet === undefined) return wfOk(null);
  const message =
    unmet.id === 'committee'
      ? 'The Release Decision Committee has not decided to publish'
      : `Needs ${unmet.required} ${unmet.id === 'attempts' ? 'contact attempts' : 'days since the first attempt'}, has ${unmet.actual}`;
  return wfFail(unmet.code, message);
};

const guardUpdate = (
  ctx: GuardContext,
  cmd: Extract<CaseCommand, { type: 'case.updated' }>,
): WorkflowResult<null> => {
  const kase = ctx.projection.case;
  const { policyProfile } = cmd.payload;
  if (policyProfile !== undefined && !POLICY_PROFILES.some((p) => p.id === policyProfile)) {
    return wfFail('unknown-policy-profile', `No policy profile ${policyProfile}`);
  }
  // Each stated field against the case (tags by their list): saving a form as it stands,
  // e.g. the vendor-safe summary, records nothing.
  const fields = Object.keys(cmd.payload) as (keyof typeof cmd.payload)[];
  const changes =
    kase === null ||
    fields.some((k) => {
      const v = cmd.payload[k];
      if (v === undefined) return false;
      const now = kase[k];
      return Array.isArray(v) ? v.join('\n') !== (now as string[]).join('\n') : v !== now;
    });
  return changes ? wfOk(null) : wfFail('nothing-changed', 'Nothing would change');
};

/**
 * JPCERT/CC policy III: a published vulnerability has a CVE ID, ours or another CNA's. A
 * profile without the rule (CERT/CC, ZDI, Project Zero) and a technical alert (a class of
 * vulnerability, no CVE) publish without one; so does a vulnerability whose record says why.
 */
const guardCveIds = (ctx: GuardContext): WorkflowResult<null> => {
  const rule = ctx.profile.cveIdRequired;
  if (rule === undefined || ctx.projection.case?.kind === 'technical-alert') return wfOk(null);
  const missing = missingCveIds(ctx.vulnerabilities ?? []);
  if (missing.length === 0) return wfOk(null);
  const names = missing.map((v) => v.title.en || v.title.ja).join(', ');
  return wfFail(
    'cve-id-missing',
    `No CVE ID for ${names}: assign one from the pool, record another CNA's, or record why (${rule.source.document} ${rule.source.section})`,
  );
};

/** Whether the policy lets the analyst issue this command now (the reducer is asked after). */
export const guardCommand = (ctx: GuardContext, cmd: CaseCommand): WorkflowResult<null> => {
  if (ctx.projection.case?.kind === 'technical-alert') {
    const alert = guardAlertCommand(ctx, cmd);
    if (alert !== null) return alert;
  }
  switch (cmd.type) {
    case 'vendor.name-published':
      return guardNamePublication(ctx, cmd.payload.involvementId);
    case 'deadline.overridden':
      return ctx.profile.deadlines.some((d) => d.id === cmd.payload.ruleId)
        ? wfOk(null)
        : wfFail('unknown-deadline-rule', `The profile has no deadline ${cmd.payload.ruleId}`);
    case 'case.updated':
      return guardUpdate(ctx, cmd);
    case 'published':
      return guardCveIds(ctx);
    case 'embargo.revised':
    case 'embargo.agreed': {
      // Someone on the other side answered before a date is recorded as agreed with them.
      const replied = guardAgreementReply(ctx.projection, ctx.events, cmd);
      return replied.ok ? guardExtensionCap(ctx.projection, ctx.profile, ctx.now, cmd) : replied;
    }
    case 'embargo.extension-granted':
      return guardExtensionCap(ctx.projection, ctx.profile, ctx.now, cmd);
    default:
      return wfOk(null);
  }
};
