import { guardCommand } from '../../../shared/workflow/case-guards';
import { getPolicyProfile } from '../../../shared/workflow/policy-profiles';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import { planCommands, withCoordination, type Planned } from './case-commands';
import type { CaseDetail } from './use-case-detail';

/** The part of the case detail the policy steps read. */
export type PolicyDetail = Pick<CaseDetail, 'projection' | 'events' | 'plan' | 'planAt'> &
  Partial<Pick<CaseDetail, 'vulnerabilities'>>;

export type PolicyPlanOptions = {
  /** Who the event names (a deadline override's "who"); default: the analyst. */
  actor?: string;
  /** The instant the step happened (a committee meeting on a stated day); one command. */
  at?: string;
};

/**
 * A policy step's commands as the engine sees them: first the policy's preconditions
 * (shared/workflow/case-guards), then the reducer through the usual planners. The screen
 * shows whichever refusal comes first.
 */
export const planPolicy = (
  detail: PolicyDetail,
  commands: readonly CaseCommand[],
  options: PolicyPlanOptions = {},
): Planned => {
  const kase = detail.projection.case;
  if (kase === null) return { ok: false, error: { code: 'case-not-created', message: 'No case' } };
  const now = new Date().toISOString();
  const ctx = {
    projection: detail.projection,
    events: detail.events,
    profile: getPolicyProfile(kase.policyProfile),
    now: options.at ?? now,
    vulnerabilities: detail.vulnerabilities ?? [],
  };
  for (const cmd of commands) {
    const guard = guardCommand(ctx, cmd);
    if (!guard.ok) return guard;
  }
  const [first] = commands;
  if (options.at !== undefined && first !== undefined && commands.length === 1) {
    return detail.planAt(first, options.at);
  }
  if (options.actor !== undefined && options.actor.trim() !== '') {
    const actor = options.actor.trim();
    return withCoordination(
      detail.events,
      planCommands(detail.projection, commands, { actor, now }),
    );
  }
  return detail.plan(commands);
};

/** A refusal from the form itself (an empty required field), shown like the engine's. */
export const required: Planned = { ok: false, error: { code: 'required', message: 'Required' } };
