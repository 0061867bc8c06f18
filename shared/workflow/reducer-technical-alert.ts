import type { CaseEvent, CaseEventOf, TechnicalAlert, TechnicalAlertStage } from '../model';
import { wfFail, wfOk, type WorkflowResult } from './errors';
import type { CaseProjection } from './projection';
import type { ReadyProjection } from './reducer-types';

/**
 * The technical alert's own machine (issue 18): drafting → in-review → approved |
 * changes-requested; a new draft goes back to drafting; `published` ends it. A technical
 * alert is the coordinator's own work about a class of vulnerability, so it has no finder
 * report to triage and no vendor embargo: the reducer refuses those events for it (a
 * partner's merged timeline folds the same), and refuses the alert's events on other kinds.
 */
export type AlertMove = 'draft' | 'request-review' | 'approve' | 'request-changes' | 'publish';

/** Target stage of each move from each stage; a missing entry means "not now". */
export const ALERT_MOVES: Record<
  AlertMove,
  Partial<Record<TechnicalAlertStage, TechnicalAlertStage>>
> = {
  draft: { drafting: 'drafting', 'changes-requested': 'drafting', approved: 'drafting' },
  'request-review': { drafting: 'in-review' },
  approve: { 'in-review': 'approved' },
  'request-changes': { 'in-review': 'changes-requested' },
  publish: { approved: 'published' },
};

const MOVE_REFUSALS: Record<AlertMove, string> = {
  draft: 'The alert cannot be redrafted while it is',
  'request-review': 'Only a draft can be sent for review; the alert is',
  approve: 'Only an alert in review can be approved; the alert is',
  'request-changes': 'Only an alert in review can be sent back; the alert is',
  publish: 'Only an approved alert can be published; the alert is',
};

/** Event types a technical alert never takes: it has no finder report and no embargo. */
const NOT_FOR_ALERTS: Partial<Record<CaseEvent['type'], 'no-triage' | 'no-embargo'>> = {
  'report.received': 'no-triage',
  'report.validated': 'no-triage',
  'triage.decided': 'no-triage',
  'embargo.proposed': 'no-embargo',
  'embargo.agreed': 'no-embargo',
  'embargo.revised': 'no-embargo',
  'embargo.rejected': 'no-embargo',
  'embargo.terminated': 'no-embargo',
  'embargo.extension-requested': 'no-embargo',
  'embargo.extension-granted': 'no-embargo',
  'embargo.extension-refused': 'no-embargo',
  'publication.scheduled': 'no-embargo',
  'publication.unscheduled': 'no-embargo',
};

/** Why an event does not fit a technical alert (no triage, no embargo), or ok. */
export const alertKindRefusal = (p: ReadyProjection, e: CaseEvent): WorkflowResult<null> => {
  const why = p.case.technicalAlert === null ? undefined : NOT_FOR_ALERTS[e.type];
  if (why === 'no-embargo') {
    return wfFail(
      'technical-alert-no-embargo',
      'A technical alert has no vendor embargo: schedule its publication instead',
    );
  }
  if (why === 'no-triage') {
    return wfFail(
      'technical-alert-no-triage',
      'A technical alert is the coordinator’s own work: it has no finder report to triage',
    );
  }
  return wfOk(null);
};

const notAnAlert = () =>
  wfFail('not-a-technical-alert', 'Only a technical alert is drafted, reviewed and scheduled');

const withAlert = (p: ReadyProjection, alert: TechnicalAlert): ReadyProjection => ({
  ...p,
  case: { ...p.case, technicalAlert: alert },
});

/** Moves the alert's stage, or refuses with the stage it is in. */
const moveAlert = (
  p: ReadyProjection,
  alert: TechnicalAlert,
  move: AlertMove,
): WorkflowResult<ReadyProjection> => {
  if (move !== 'publish' && alert.stage === 'published') {
    return wfFail('already-published', 'The alert is already published');
  }
  const to = ALERT_MOVES[move][alert.stage];
  if (to === undefined) {
    return wfFail('illegal-alert-transition', `${MOVE_REFUSALS[move]} ${alert.stage}`);
  }
  return wfOk(withAlert(p, { ...alert, stage: to }));
};

/** `published` on a technical alert needs its approval; other kinds pass unchanged. */
export const publishAlert = (p: ReadyProjection): WorkflowResult<ReadyProjection> =>
  p.case.technicalAlert === null ? wfOk(p) : moveAlert(p, p.case.technicalAlert, 'publish');

export type AlertEvent = CaseEventOf<
  | 'technical-alert.drafted'
  | 'technical-alert.review-requested'
  | 'technical-alert.reviewed'
  | 'technical-alert.publication-scheduled'
>;

export const applyAlertEvent = (
  p: ReadyProjection,
  e: AlertEvent,
): WorkflowResult<CaseProjection> => {
  const alert = p.case.technicalAlert;
  if (alert === null) return notAnAlert();
  switch (e.type) {
    case 'technical-alert.drafted': {
      const r = moveAlert(p, alert, 'draft');
      if (!r.ok) return r;
      return wfOk(withAlert(r.value, { stage: 'drafting', content: e.payload.content }));
    }
    case 'technical-alert.review-requested':
      return moveAlert(p, alert, 'request-review');
    case 'technical-alert.reviewed': {
      const { verdict, reason } = e.payload;
      const r = moveAlert(p, alert, verdict === 'approved' ? 'approve' : 'request-changes');
      if (!r.ok) return r;
      return wfOk({ ...r.value, alertReview: { verdict, reason, at: e.at, actor: e.actor } });
    }
    case 'technical-alert.publication-scheduled': {
      if (alert.stage === 'published') {
        return wfFail('already-published', 'The alert is already published');
      }
      const dates = { ...p.case.dates, agreedPublication: e.payload.date };
      return wfOk({
        ...p,
        case: { ...p.case, dates },
        embargo: { ...p.embargo, agreedZone: e.payload.zone },
      });
    }
  }
};
