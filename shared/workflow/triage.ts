import type {
  CaseKind,
  IsoInstant,
  Priority,
  PriorityReason,
  TriageChecklist,
  TriageReasonCode,
} from '../model';
import { addMonths, localDate } from './calendar';
import type { PolicyProfile } from './policy-types';
import type { CaseCommand } from './timeline';

/**
 * Intake triage (ARCHITECTURE.md §4): the checklist answers give a decision, its reasons as
 * codes (texts in triage-reasons.ts), the priority and the routing. Rules:
 * - JPCERT II.B: not a vulnerability, debug mode only, intentionally vulnerable, not
 *   reproducible on a supported version, developer "will not address", already public →
 *   decline; missing version/link, discovery method, PoC or impact → ask the finder.
 * - JPCERT II.B: XSS is not coordinated unless significant impact is demonstrated;
 *   "last update … before 18 months ago" and "impact to users in Japan is minimal" → decline.
 * - JPCERT II.C: priority criteria → high priority.
 * - IPA: software → the developer (via JPCERT/CC), website → the site operator (via IPA);
 *   JPCERT II.G: several developers of a shared component → the upstream developer first.
 */
export type TriageDecision = 'accept' | 'decline' | 'needs-information';

export type Routing = {
  contact: 'developer' | 'site-operator';
  upstreamFirst: boolean;
};

export type TriageOutcome = {
  decision: TriageDecision;
  reasons: TriageReasonCode[];
  /** Checklist items still `unknown` that block a decision. */
  openQuestions: (keyof TriageChecklist)[];
  priority: Priority;
  routing: Routing;
};

export type TriageInput = {
  checklist: TriageChecklist;
  kind: CaseKind;
  receivedAt: IsoInstant;
};

/** Items that must be answered before a report can be accepted. */
const BLOCKING: (keyof TriageChecklist)[] = [
  'impactsCia',
  'debugModeOnly',
  'intentionallyVulnerable',
  'reproducibleOnSupportedVersion',
  'vendorDeclaredWontFix',
  'alreadyPublic',
  'isXss',
  'impactInJapan',
];

const REQUIRED_INFO: (keyof TriageChecklist)[] = [
  'exactVersionAndLink',
  'discoveryMethodGiven',
  'pocGiven',
  'impactDescribed',
];

/** Whether the product's last update is more than `months` before the report (Asia/Tokyo). */
export const isUnmaintained = (
  lastUpdated: string | null,
  receivedAt: IsoInstant,
  months: number,
  timeZone: string,
): boolean =>
  lastUpdated !== null && addMonths(lastUpdated, months) < localDate(receivedAt, timeZone);

const declineReasons = (input: TriageInput, profile: PolicyProfile): TriageReasonCode[] => {
  const c = input.checklist;
  const out: TriageReasonCode[] = [];
  if (c.impactsCia === 'no') out.push('not-a-vulnerability');
  if (c.debugModeOnly === 'yes') out.push('debug-mode-only');
  if (c.intentionallyVulnerable === 'yes') out.push('intentionally-vulnerable');
  if (c.reproducibleOnSupportedVersion === 'no') out.push('not-reproducible-on-supported-version');
  const months = profile.triage.maintenanceWindowMonths;
  if (isUnmaintained(c.productLastUpdated, input.receivedAt, months, profile.calendar.timeZone)) {
    out.push('product-not-maintained');
  }
  if (c.vendorDeclaredWontFix === 'yes') out.push('vendor-wont-fix');
  if (c.alreadyPublic === 'yes') out.push('already-public');
  const xss = c.isXss === 'yes' && c.xssSignificantImpact !== 'yes';
  if (xss && profile.triage.declineXssUnlessSignificant) out.push('xss-not-significant');
  if (c.impactInJapan === 'minimal') out.push('minimal-impact-in-japan');
  return out;
};

export const assessPriority = (c: TriageChecklist): Priority => {
  const reasons: PriorityReason[] = [];
  if (c.impactInJapan === 'wide') reasons.push('wide-effect-in-japan');
  if (c.criticalInfrastructure === 'yes') reasons.push('critical-infrastructure');
  if (c.largeUserBase === 'yes') reasons.push('large-user-base');
  if (c.manyProducts === 'yes') reasons.push('many-products');
  if (c.multipleDevelopers === 'yes') reasons.push('multiple-developers');
  if (c.highImpact === 'yes') reasons.push('high-impact');
  return { level: reasons.length > 0 ? 'high' : 'normal', reasons };
};

export const route = (kind: CaseKind, c: TriageChecklist): Routing => ({
  contact: kind === 'website' ? 'site-operator' : 'developer',
  upstreamFirst: kind === 'software' && c.multipleDevelopers === 'yes',
});

export const triage = (input: TriageInput, profile: PolicyProfile): TriageOutcome => {
  const c = input.checklist;
  const priority = assessPriority(c);
  const routing = route(input.kind, c);
  const declines = declineReasons(input, profile);
  if (declines.length > 0) {
    return { decision: 'decline', reasons: declines, openQuestions: [], priority, routing };
  }
  const open = BLOCKING.filter((k) => c[k] === 'unknown');
  const missing = REQUIRED_INFO.filter((k) => c[k] !== 'yes');
  if (open.length > 0 || missing.length > 0) {
    return {
      decision: 'needs-information',
      reasons: missing.length > 0 ? ['insufficient-information'] : [],
      openQuestions: [...open, ...missing.filter((k) => c[k] === 'unknown')],
      priority,
      routing,
    };
  }
  return { decision: 'accept', reasons: ['meets-criteria'], openQuestions: [], priority, routing };
};

/** The event command recording a final triage outcome (none while information is missing). */
export const triageCommand = (outcome: TriageOutcome, note = ''): CaseCommand | null =>
  outcome.decision === 'needs-information'
    ? null
    : {
        type: 'triage.decided',
        payload: {
          decision: outcome.decision,
          reasons: outcome.reasons,
          priority: outcome.priority,
          note,
        },
      };
