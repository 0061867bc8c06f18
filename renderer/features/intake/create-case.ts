import {
  newCaseId,
  newVulnerabilityId,
  type Case,
  type CaseId,
  type Priority,
  type Report,
  type TriageReasonCode,
  type Vulnerability,
} from '../../../shared/model';
import type { NewReportKeys } from '../../../shared/workflow/duplicate-match';
import { reportVulnerability } from '../../../shared/workflow/report-products';
import {
  alertIntakeCommand,
  type AlertIntakeInput,
} from '../../../shared/workflow/technical-alert';
import { ssvcDecidedCommand, type SsvcDecision } from '../../../shared/workflow/ssvc';
import { linkCommands } from '../../../shared/workflow/finder-step-commands';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import type { Decision } from './verdict-view';

export type IntakeDecision = {
  decision: Decision;
  reasons: readonly TriageReasonCode[];
  priority: Priority;
  note: string;
  letter: string;
  /** The SSVC Coordinator Triage decision recorded beside the verdict, when complete. */
  ssvc?: SsvcDecision;
};

/** A new case as intake records it: its id, the report (none for a technical alert, which
 *  has no finder), and the commands that open it. */
export type IntakeRecords = {
  caseId: CaseId;
  report: Report | null;
  commands: CaseCommand[];
  /** The finder's product identifiers and CWE as the case's first vulnerability record. */
  vulnerabilities?: Vulnerability[];
  /** Another case's commands written in the same transaction (the original of a duplicate,
   *  or a related case, names the new one: issue 27 item 3). */
  others?: { caseId: CaseId; commands: CaseCommand[] }[];
};

/** A link chosen at intake: the other case and how the new report stands to it. */
export type IntakeLinkChoice = {
  caseId: CaseId;
  ref: string;
  relation: 'duplicate-of' | 'related';
};

/**
 * The link on both sides (`linkCommands`): a duplicate is also closed as a duplicate unless
 * the triage already closed it, so the second finder's case ends where the first is handled.
 */
export function withIntakeLink(
  records: IntakeRecords,
  ref: string,
  link: IntakeLinkChoice,
  decision: Decision,
): IntakeRecords {
  // A technical alert has no finder report to link.
  if (records.report === null) return records;
  const { onNew, onOriginal } = linkCommands({
    relation: link.relation,
    original: { caseId: link.caseId, ref: link.ref },
    newCase: { caseId: records.caseId, ref },
    report: { id: records.report.id, reporter: records.report.reporter },
  });
  const close: CaseCommand[] =
    link.relation === 'duplicate-of' && decision !== 'decline'
      ? [
          {
            type: 'case.closed',
            payload: { reason: 'duplicate', note: `Duplicate of ${link.ref}` },
          },
        ]
      : [];
  return {
    ...records,
    commands: [...records.commands, ...onNew, ...close],
    others: [...(records.others ?? []), { caseId: link.caseId, commands: onOriginal }],
  };
}

export type IntakeInput = {
  ref: string;
  title: string;
  tlp: Case['tlp'];
  policyProfile: string;
  /** The report with its attachment ids; its `caseId` is set here. */
  report: Report;
  decision: IntakeDecision;
  /** The product identifiers, CVE ids and CWEs typed at intake (kept on the case). */
  keys?: NewReportKeys;
};

/**
 * The commands of a new case from intake: case.created, report.received, triage.decided
 * and, when a letter was drafted, the letter as a note. The engine checks them when they
 * are appended (`planAppend`), before anything is written.
 */
export function buildIntakeRecords(given: IntakeInput): IntakeRecords {
  // Spaces around the title are the typing's, not the case's (the engine refuses a blank one).
  const input = { ...given, title: given.title.trim() };
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
  if (input.decision.ssvc !== undefined) {
    commands.push(ssvcDecidedCommand('coordinator-triage', input.decision.ssvc));
  }
  if (input.decision.letter.trim() !== '') {
    commands.push({ type: 'note.added', payload: { text: input.decision.letter, internal: true } });
  }
  const vulnerability =
    input.keys === undefined
      ? null
      : reportVulnerability({
          id: newVulnerabilityId(),
          caseId,
          title: input.title,
          version: report.product.version,
          keys: input.keys,
        });
  return {
    caseId,
    report,
    commands,
    ...(vulnerability === null ? {} : { vulnerabilities: [vulnerability] }),
  };
}

/**
 * A technical alert opens with one command (the engine's `alertIntakeCommand`): the engine
 * accepts it as it opens (the coordinator's own work, no triage) and starts it drafting.
 */
export function buildAlertRecords(input: AlertIntakeInput): IntakeRecords {
  return { caseId: newCaseId(), report: null, commands: [alertIntakeCommand(input)] };
}
