import {
  CASE_SCHEMA_VERSION,
  emptyCaseDates,
  emptyCaseFlags,
  type CaseEvent,
  type CaseEventOf,
  type CaseEventType,
  type LetterKind,
  type ReportState,
} from '../model';
import { recordAdvisoryChange, recordPublication, withdrawAdvisory } from './advisory-history';
import { wfFail, wfOk, type WorkflowResult } from './errors';
import { reportTransition } from './machines';
import type { CaseProjection } from './projection';
import {
  addInvolvement,
  changeInvolvement,
  disputeInvolvement,
  markNamePublished,
  markUnreachable,
  recordContactAttempt,
  recordReply,
} from './reducer-involvements';
import { moveEmbargo, publish, setCaseFlag } from './reducer-embargo';
import { grantExtension, refuseExtension, requestExtension } from './reducer-extensions';
import { noteMovedLetter, recordMove, requireRevisionReason } from './publication-moves';
import { noteEarlyEndLetter } from './embargo-early-end';
import { lapseSchedule, schedulePublication, unschedulePublication } from './publication-schedule';
import type { ReadyProjection } from './reducer-types';
import { applyFinderStep } from './reducer-finder-steps';
import { alertKindRefusal, applyAlertEvent, publishAlert } from './reducer-technical-alert';

/**
 * The pure reducer: one event applied to a projection, or a typed refusal. It never
 * throws and never mutates its input; `foldEvents` (timeline.ts) records refusals.
 */

/** Triage decisions as RM paths (Vultron): accepting a fresh report validates it first;
 *  declining closes it as invalid, or as deferred when it was valid. */
export const TRIAGE_PATHS: Record<
  'accept' | 'defer' | 'decline',
  Partial<Record<ReportState, readonly ReportState[]>>
> = {
  accept: {
    received: ['valid', 'accepted'],
    invalid: ['valid', 'accepted'],
    valid: ['accepted'],
    deferred: ['accepted'],
  },
  defer: { received: ['valid', 'deferred'], valid: ['deferred'], accepted: ['deferred'] },
  decline: {
    received: ['invalid', 'closed'],
    valid: ['deferred', 'closed'],
    invalid: ['closed'],
    deferred: ['closed'],
  },
};

/** Events still recorded on a closed case: facts, notes and paperwork, not coordination. */
const AFTER_CLOSE: readonly CaseEventType[] = [
  'case.updated',
  'note.added',
  // The finder answered by other means (a phone call, a letter outside Airlock): a closed
  // report still owes that answer, so recording it stays possible.
  'report.acknowledged',
  'message.sent',
  'message.received',
  'flag.set',
  'vulnerability.added',
  'vulnerability.changed',
  // A declined or closed case still gives its CVE ID back to the pool (or records one).
  'cve.assigned',
  'cve.released',
  'cve.other-cna-recorded',
  'cve.no-id-reason-recorded',
  'advisory.changed',
  'advisory.withdrawn',
  'advisory.superseded',
  'bundle.exported',
  'bundle.imported',
  'leak-guard.overridden',
  // A duplicate or related report may arrive after the original case closed (issue 27).
  'case.linked',
  'report.second-received',
];

const withCase = (
  p: ReadyProjection,
  patch: Partial<ReadyProjection['case']>,
): ReadyProjection => ({
  ...p,
  case: { ...p.case, ...patch },
});

const create = (
  p: CaseProjection,
  e: CaseEventOf<'case.created'>,
): WorkflowResult<CaseProjection> =>
  p.case
    ? wfFail('case-already-created', 'This case already exists')
    : wfOk({
        ...p,
        case: {
          schemaVersion: CASE_SCHEMA_VERSION,
          id: e.caseId,
          ref: e.payload.ref,
          title: e.payload.title,
          kind: e.payload.kind,
          tlp: e.payload.tlp,
          priority: { level: 'normal', reasons: [] },
          policyProfile: e.payload.policyProfile,
          // A technical alert is the coordinator's own work: accepted as it is opened.
          states: {
            report: e.payload.technicalAlert ? 'accepted' : 'start',
            embargo: 'none',
            flags: emptyCaseFlags(),
          },
          // No finder report: `received` stays null, so report figures do not count it.
          dates: emptyCaseDates(),
          vulnerabilities: [],
          involvements: [],
          advisoryId: null,
          tags: [],
          technicalAlert: e.payload.technicalAlert
            ? { content: e.payload.technicalAlert, stage: 'drafting' }
            : null,
          vendorSummary: '',
          titleShareable: false,
        },
      });

const triage = (
  p: ReadyProjection,
  e: CaseEventOf<'triage.decided'>,
): WorkflowResult<CaseProjection> => {
  const from = p.case.states.report;
  const path = TRIAGE_PATHS[e.payload.decision][from];
  if (!path) {
    return wfFail(
      'illegal-report-transition',
      `Cannot ${e.payload.decision} a report that is ${from}`,
    );
  }
  const report = path[path.length - 1] ?? from;
  const closed = report === 'closed' ? e.at : p.case.dates.closed;
  return wfOk({
    ...withCase(p, {
      priority: e.payload.priority,
      states: { ...p.case.states, report },
      dates: { ...p.case.dates, closed },
    }),
    triage: { decision: e.payload.decision, reasons: e.payload.reasons, at: e.at },
  });
};

const moveReport = (
  p: ReadyProjection,
  to: ReportState,
  patch: Partial<ReadyProjection['case']['dates']> = {},
): WorkflowResult<CaseProjection> => {
  const r = reportTransition(p.case.states.report, to);
  if (!r.ok) return r;
  return wfOk(
    withCase(p, {
      states: { ...p.case.states, report: r.value },
      dates: { ...p.case.dates, ...patch },
    }),
  );
};

const requireReceived = (p: ReadyProjection): WorkflowResult<ReadyProjection> =>
  p.case.states.report === 'start'
    ? wfFail('report-not-received', 'No report has been received yet')
    : wfOk(p);

const requireAccepted = (p: ReadyProjection): WorkflowResult<ReadyProjection> =>
  p.case.states.report === 'accepted'
    ? wfOk(p)
    : wfFail('report-not-accepted', 'Only an accepted report can be published or decided');

const acknowledge = (p: ReadyProjection, e: CaseEvent): WorkflowResult<CaseProjection> => {
  const r = requireReceived(p);
  if (!r.ok) return r;
  return wfOk(
    withCase(p, { dates: { ...p.case.dates, acknowledged: p.case.dates.acknowledged ?? e.at } }),
  );
};

/** Letters that answer the finder's report: the first one sent acknowledges it (JPCERT/CC
 *  II.A "initial response"); a decline answers it as an acknowledgement does, and so does
 *  the notice that handling ended (below). */
export const ACKNOWLEDGING_PURPOSES: readonly LetterKind[] = [
  'finder-acknowledgement',
  'finder-decline',
];

const apply = (p: ReadyProjection, e: CaseEvent): WorkflowResult<CaseProjection> => {
  switch (e.type) {
    case 'case.created':
      return create(p, e);
    case 'case.updated': {
      const { title, tlp, tags, advisoryId, policyProfile, vendorSummary, titleShareable } =
        e.payload;
      return wfOk(
        withCase(p, {
          title: title ?? p.case.title,
          tlp: tlp ?? p.case.tlp,
          tags: tags ?? p.case.tags,
          advisoryId: advisoryId === undefined ? p.case.advisoryId : advisoryId,
          policyProfile: policyProfile ?? p.case.policyProfile,
          vendorSummary: vendorSummary ?? p.case.vendorSummary,
          titleShareable: titleShareable ?? p.case.titleShareable,
        }),
      );
    }
    case 'report.received':
      return moveReport(p, 'received', { received: e.payload.receivedAt });
    case 'report.validated':
      return moveReport(p, e.payload.valid ? 'valid' : 'invalid');
    case 'report.acknowledged':
      return acknowledge(p, e);
    case 'triage.decided':
      return triage(p, e);
    case 'case.closed':
      return moveReport(p, 'closed', { closed: e.at });
    case 'message.sent':
      if (e.payload.to === 'vendor' && e.payload.involvementId) {
        const r = recordContactAttempt(p, e.payload.involvementId, e.at);
        if (!r.ok || e.payload.purpose !== 'publication-moved') return r;
        const told = noteMovedLetter(r.value as ReadyProjection, e.payload.involvementId);
        return wfOk(noteEarlyEndLetter(told, e.payload.involvementId, e.at));
      }
      if (ACKNOWLEDGING_PURPOSES.includes(e.payload.purpose)) return acknowledge(p, e);
      if (e.payload.purpose === 'finder-handling-terminated') {
        // Telling the finder that handling ended answers their report too.
        const told = acknowledge(p, e);
        const base = told.ok ? (told.value as ReadyProjection) : p;
        return wfOk({ ...base, handling: { ...base.handling, finderNotified: true } });
      }
      return wfOk(p);
    case 'message.received':
      return e.payload.from === 'vendor' && e.payload.involvementId
        ? recordReply(p, e.payload.involvementId, e.at)
        : wfOk(p);
    case 'involvement.added':
      return addInvolvement(p, e.payload, e.at);
    case 'involvement.changed':
      return changeInvolvement(p, e.payload, e.at);
    case 'vendor.contact-attempted':
      return recordContactAttempt(p, e.payload.involvementId, e.at);
    case 'vendor.replied':
      return recordReply(p, e.payload.involvementId, e.at);
    case 'vendor.unreachable':
      return markUnreachable(p, e.payload.involvementId, e.at);
    case 'vendor.name-published':
      return markNamePublished(p, e.payload.involvementId, e.at);
    case 'embargo.proposed':
      return moveEmbargo(p, 'propose', e.at, { instant: e.payload.date, zone: e.payload.zone });
    case 'embargo.agreed': {
      const moment = { instant: e.payload.date, zone: e.payload.zone };
      return recordMove(p, moveEmbargo(p, 'agree', e.at, moment), e);
    }
    case 'embargo.revised': {
      const reason = requireRevisionReason(e);
      if (!reason.ok) return reason;
      const moment = { instant: e.payload.date, zone: e.payload.zone };
      return recordMove(p, moveEmbargo(p, 'revise', e.at, moment), e);
    }
    case 'embargo.rejected':
      return moveEmbargo(p, 'reject', e.at, null);
    case 'embargo.terminated':
      return moveEmbargo(p, 'terminate', e.at, null);
    case 'embargo.extension-requested':
      return requestExtension(p, e);
    case 'embargo.extension-granted':
      return recordMove(p, grantExtension(p, e), e);
    case 'embargo.extension-refused':
      return refuseExtension(p, e);
    case 'vendor.disputed':
      return disputeInvolvement(p, e.payload, e.at);
    case 'flag.set':
      return setCaseFlag(p, e.payload.flag, e.at);
    case 'deadline.overridden': {
      const { ruleId, due, reason } = e.payload;
      const override = { ruleId, due, reason, at: e.at, actor: e.actor };
      return wfOk({ ...p, overrides: { ...p.overrides, [ruleId]: override } });
    }
    case 'release.decided': {
      const r = requireAccepted(p);
      if (!r.ok) return r;
      return wfOk({ ...p, releaseDecision: { ...e.payload, at: e.at, actor: e.actor } });
    }
    case 'ssvc.decided': {
      const { model, selections } = e.payload;
      const record = { selections, at: e.at, actor: e.actor, eventId: e.id };
      return wfOk({ ...p, ssvc: { ...p.ssvc, [model]: record } });
    }
    case 'published': {
      const r = requireAccepted(p);
      if (!r.ok) return r;
      if (p.case.dates.published) return wfFail('already-published', 'Already published');
      const approved = publishAlert(p);
      if (!approved.ok) return approved;
      const published = publish(approved.value, e.at);
      if (!published.ok) return published;
      const next = recordPublication(published.value, e);
      return wfOk(withCase(next, { advisoryId: e.payload.advisoryId ?? next.case.advisoryId }));
    }
    case 'publication.scheduled':
      return schedulePublication(p, e);
    case 'publication.unscheduled':
      return unschedulePublication(p);
    case 'vulnerability.added':
      return p.case.vulnerabilities.includes(e.payload.vulnerabilityId)
        ? wfFail('duplicate-vulnerability', 'This vulnerability is already in the case')
        : wfOk(
            withCase(p, {
              vulnerabilities: [...p.case.vulnerabilities, e.payload.vulnerabilityId],
            }),
          );
    case 'advisory.changed':
      return recordAdvisoryChange(p, e);
    case 'advisory.withdrawn':
    case 'advisory.superseded':
      return withdrawAdvisory(p, e);
    // The pool and the vulnerability record hold the CVE ID; the cve.* events are its history.
    case 'note.added':
    case 'vulnerability.changed':
    case 'cve.assigned':
    case 'cve.released':
    case 'cve.other-cna-recorded':
    case 'cve.no-id-reason-recorded':
    case 'bundle.exported':
    case 'bundle.imported':
    case 'leak-guard.overridden':
      return wfOk(p);
    // Who owns the case is a fact about organisations, not about the case state: it is
    // folded with each event's organisation in coordination.ts, and refused in planAppend.
    case 'coordination.transferred':
    case 'coordination.co-coordinator-added':
    case 'coordination.accepted':
      return wfOk(p);
    case 'technical-alert.drafted':
    case 'technical-alert.review-requested':
    case 'technical-alert.reviewed':
    case 'technical-alert.publication-scheduled':
      return applyAlertEvent(p, e);
    case 'case.linked':
    case 'report.second-received':
    case 'finder.withdrawal-requested':
    case 'site.fixed':
      return applyFinderStep(p, e);
  }
};

/** Applies one event. Bookkeeping (count, last event time) is added on success only. */
export const applyEvent = (p: CaseProjection, e: CaseEvent): WorkflowResult<CaseProjection> => {
  let r: WorkflowResult<CaseProjection>;
  if (e.type === 'case.created') r = create(p, e);
  else if (!p.case) r = wfFail('case-not-created', 'The case has no case.created event');
  else if (e.caseId !== p.case.id) r = wfFail('wrong-case', 'The event belongs to another case');
  else if (p.case.states.report === 'closed' && !AFTER_CLOSE.includes(e.type)) {
    r = p.handling.terminated
      ? wfFail('handling-terminated', 'Handling ended: the vulnerability is already public')
      : wfFail('case-closed', 'The case is closed');
  } else {
    const misfit = alertKindRefusal(p as ReadyProjection, e);
    r = misfit.ok ? apply(p as ReadyProjection, e) : misfit;
  }
  if (!r.ok) return r;
  const last = p.lastEventAt !== null && p.lastEventAt > e.at ? p.lastEventAt : e.at;
  return wfOk({ ...lapseSchedule(r.value), appliedCount: p.appliedCount + 1, lastEventAt: last });
};
