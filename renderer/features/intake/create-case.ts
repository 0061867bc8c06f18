import {
  newCaseId,
  type CaseEvent,
  type Case,
  type Priority,
  type Report,
  type TriageReasonCode,
} from '../../../shared/model';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import { applyCommand } from '../../../shared/workflow/timeline';
import { emptyProjection, type CaseProjection } from '../../../shared/workflow/projection';
import type { Decision } from './verdict-view';

export type IntakeDecision = {
  decision: Decision;
  reasons: readonly TriageReasonCode[];
  priority: Priority;
  note: string;
  letter: string;
};

export type IntakeRecords = {
  case: Case;
  report: Report;
  events: CaseEvent[];
  projection: CaseProjection;
};

export type IntakeInput = {
  ref: string;
  title: string;
  tlp: Case['tlp'];
  policyProfile: string;
  /** The report with its attachment ids; its `caseId` is set here. */
  report: Report;
  decision: IntakeDecision;
  actor: string;
  now: string;
};

/**
 * The events of a new case from intake, folded by the workflow reducer as they are built
 * (so an illegal sequence is refused here, before anything is written): case.created,
 * report.received, triage.decided and, when a letter was drafted, the letter as a note.
 */
export function buildIntakeRecords(
  input: IntakeInput,
): { ok: true; value: IntakeRecords } | { ok: false; message: string } {
  const caseId = newCaseId();
  const report: Report = { ...input.report, caseId };
  const commands: CaseCommand[] = [
    {
      type: 'case.created',
      payload: {
        ref: input.ref,
        title: input.title,
        kind: report.target,
        tlp: input.tlp,
        policyProfile: input.policyProfile,
        reportId: report.id,
      },
    },
    { type: 'report.received', payload: { reportId: report.id, receivedAt: report.receivedAt } },
    {
      type: 'triage.decided',
      payload: {
        decision: input.decision.decision,
        reasons: [...input.decision.reasons],
        priority: input.decision.priority,
        note: input.decision.note,
      },
    },
  ];
  if (input.decision.letter.trim() !== '') {
    commands.push({ type: 'note.added', payload: { text: input.decision.letter, internal: true } });
  }
  let projection = emptyProjection();
  const events: CaseEvent[] = [];
  for (const command of commands) {
    const result = applyCommand(projection, command, {
      actor: input.actor,
      now: input.now,
      caseId,
    });
    if (!result.ok) return { ok: false, message: result.error.message };
    events.push(result.value.event);
    projection = result.value.projection;
  }
  if (projection.case === null) return { ok: false, message: 'the reducer produced no case' };
  return { ok: true, value: { case: projection.case, report, events, projection } };
}
