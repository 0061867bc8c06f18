import type { Language, Priority, TriageChecklist, TriageReasonCode } from '../../../shared/model';
import { ROUTING_TEXTS, routingCodes } from '../../../shared/workflow/intake-support';
import type { PolicySource } from '../../../shared/workflow/policy-types';
import type { TriageDecision, TriageOutcome } from '../../../shared/workflow/triage';
import { PRIORITY_REASONS, TRIAGE_REASONS } from '../../../shared/workflow/triage-reasons';

/** The analyst's choices; `defer` is how the case event records `needs-information`. */
export type Decision = 'accept' | 'decline' | 'defer';

export const toDecision = (decision: TriageDecision): Decision =>
  decision === 'needs-information' ? 'defer' : decision;

/** One reason as the panel shows it: the engine's code, its text in the UI language, and
 *  the policy passage it comes from. */
export type ReasonView = { code: string; text: string; source: PolicySource };

export type VerdictView = {
  outcome: TriageOutcome;
  decision: Decision;
  reasonCodes: TriageReasonCode[];
  reasons: ReasonView[];
  openQuestions: (keyof TriageChecklist)[];
  priority: { level: Priority['level']; value: Priority; reasons: ReasonView[] };
  routing: string[];
};

/** The engine's triage outcome in the UI language; no decision is taken here. */
export function toVerdictView(outcome: TriageOutcome, lang: Language): VerdictView {
  return {
    outcome,
    decision: toDecision(outcome.decision),
    reasonCodes: outcome.reasons,
    reasons: outcome.reasons.map((code) => ({
      code,
      text: TRIAGE_REASONS[code].text[lang],
      source: TRIAGE_REASONS[code].source,
    })),
    openQuestions: outcome.openQuestions,
    priority: {
      level: outcome.priority.level,
      value: outcome.priority,
      reasons: outcome.priority.reasons.map((code) => ({
        code,
        text: PRIORITY_REASONS[code].text[lang],
        source: PRIORITY_REASONS[code].source,
      })),
    },
    routing: routingCodes(outcome.routing).map((code) => ROUTING_TEXTS[code][lang]),
  };
}
