import type { Language, Priority, TriageReasonCode } from '../../../shared/model';
import {
  POLICY_SOURCE,
  PRIORITY_REASON_TEXT,
  ROUTING_TEXT,
  TRIAGE_REASON_TEXT,
} from './reason-texts';
import type { TriageOutcome } from './triage-rules';

export type Decision = 'accept' | 'decline' | 'defer';

/** One reason as the UI shows it: the engine's code, its text in the UI language, and the
 *  policy sentence it comes from. */
export type ReasonView = { code: string; text: string; source: string | null };

export type VerdictView = {
  decision: Decision;
  reasonCodes: TriageReasonCode[];
  reasons: ReasonView[];
  priority: { level: Priority['level']; value: Priority; reasons: ReasonView[] };
  routing: string[];
};

/** The interim rules' outcome as the panel shows it, in the UI language. */
export function toVerdictView(outcome: TriageOutcome, lang: Language): VerdictView {
  const source = POLICY_SOURCE[lang];
  return {
    decision: outcome.decision,
    reasonCodes: outcome.reasons,
    reasons: outcome.reasons.map((code) => ({
      code,
      text: TRIAGE_REASON_TEXT[code][lang],
      source,
    })),
    priority: {
      level: outcome.priority.level,
      value: outcome.priority,
      reasons: outcome.priority.reasons.map((code) => ({
        code,
        text: PRIORITY_REASON_TEXT[code][lang],
        source: null,
      })),
    },
    routing: outcome.routing.map((code) => ROUTING_TEXT[code][lang]),
  };
}
