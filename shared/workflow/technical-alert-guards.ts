import { wfFail, wfOk, type WorkflowResult } from './errors';
import type { GuardContext } from './case-guards';
import type { CaseCommand } from './timeline';

/**
 * What the policy asks of a technical alert's commands before the reducer (issue 18). The
 * reducer already refuses an embargo or a triage on an alert (facts); here are the checks
 * that need "now" or are ours to make: a technical alert has no vendor deadline to
 * override, it is published under a JVNTA# id, and it is not scheduled in the past.
 * Null: nothing to say, the general guards apply.
 */
export const guardAlertCommand = (
  ctx: GuardContext,
  cmd: CaseCommand,
): WorkflowResult<null> | null => {
  switch (cmd.type) {
    case 'deadline.overridden':
      return wfFail(
        'technical-alert-no-deadlines',
        'A technical alert has no vendor deadlines to override',
      );
    case 'published': {
      const id = cmd.payload.advisoryId;
      return id === null || id.startsWith('JVNTA#')
        ? null
        : wfFail(
            'technical-alert-advisory-id',
            `A technical alert is published as JVNTA#, not ${id}`,
          );
    }
    case 'technical-alert.publication-scheduled':
      return Date.parse(cmd.payload.date) < Date.parse(ctx.now)
        ? wfFail('alert-publication-in-past', 'The publication moment has already passed')
        : wfOk(null);
    default:
      return null;
  }
};
