import type {
  CaseKind,
  Priority,
  PriorityReason,
  TriageChecklist,
  TriageReasonCode,
} from '../../../shared/model';
import type { TriageSettings } from '../../../shared/workflow/policy-types';
import type { Decision } from './verdict';

/**
 * Interim triage rules (DESIGN.md §4.3, JPCERT/CC policy II.B/II.C and the decline
 * criteria), kept pure so they can move into shared/workflow unchanged when its triage
 * module lands. Reasons are codes; the UI and the letter turn them into text.
 */
export type TriageOutcome = {
  decision: Decision;
  reasons: TriageReasonCode[];
  priority: Priority;
  routing: RoutingCode[];
};

export type RoutingCode = 'to-site-operator' | 'to-developer' | 'upstream-first';

const monthsBefore = (today: string, months: number): string => {
  const [y, m, d] = today.split('-').map(Number);
  const total = (y ?? 1970) * 12 + ((m ?? 1) - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(d ?? 1).padStart(2, '0')}`;
};

/** Items the policy says a report must contain before it can be coordinated. */
const REQUIRED: readonly (keyof TriageChecklist)[] = [
  'impactsCia',
  'exactVersionAndLink',
  'discoveryMethodGiven',
  'pocGiven',
  'impactDescribed',
];

export function triage(
  c: TriageChecklist,
  kind: CaseKind,
  settings: TriageSettings,
  today: string,
): TriageOutcome {
  const decline: TriageReasonCode[] = [];
  if (c.impactsCia === 'no') decline.push('not-a-vulnerability');
  if (c.debugModeOnly === 'yes') decline.push('debug-mode-only');
  if (c.intentionallyVulnerable === 'yes') decline.push('intentionally-vulnerable');
  if (c.reproducibleOnSupportedVersion === 'no')
    decline.push('not-reproducible-on-supported-version');
  if (
    c.productLastUpdated !== null &&
    c.productLastUpdated < monthsBefore(today, settings.maintenanceWindowMonths)
  ) {
    decline.push('product-not-maintained');
  }
  if (c.vendorDeclaredWontFix === 'yes') decline.push('vendor-wont-fix');
  if (c.alreadyPublic === 'yes') decline.push('already-public');
  if (
    settings.declineXssUnlessSignificant &&
    c.isXss === 'yes' &&
    c.xssSignificantImpact !== 'yes'
  ) {
    decline.push('xss-not-significant');
  }
  if (c.impactInJapan === 'minimal') decline.push('minimal-impact-in-japan');

  const missing = REQUIRED.some((item) => c[item] !== 'yes');
  const decision: Decision = decline.length > 0 ? 'decline' : missing ? 'defer' : 'accept';
  const reasons: TriageReasonCode[] =
    decision === 'decline'
      ? decline
      : decision === 'defer'
        ? ['insufficient-information']
        : ['meets-criteria'];

  const high: PriorityReason[] = [];
  if (c.impactInJapan === 'wide') high.push('wide-effect-in-japan');
  if (c.criticalInfrastructure === 'yes') high.push('critical-infrastructure');
  if (c.largeUserBase === 'yes') high.push('large-user-base');
  if (c.manyProducts === 'yes') high.push('many-products');
  if (c.multipleDevelopers === 'yes') high.push('multiple-developers');
  if (c.highImpact === 'yes') high.push('high-impact');

  const routing: RoutingCode[] = [kind === 'website' ? 'to-site-operator' : 'to-developer'];
  if (kind === 'software' && c.multipleDevelopers === 'yes') routing.push('upstream-first');

  return {
    decision,
    reasons,
    priority: { level: high.length > 0 ? 'high' : 'normal', reasons: high },
    routing,
  };
}
