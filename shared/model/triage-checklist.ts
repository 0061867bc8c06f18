import { z } from 'zod';
import { isoDateSchema } from './common';

/**
 * The intake checklist of ARCHITECTURE.md §4, one answer per item of JPCERT/CC's
 * Coordination Policy II.B ("What is necessary in a vulnerability report?") and II.C
 * (priority criteria). Answers are tri-state: an analyst may not know yet, and the
 * triage rules in shared/workflow treat `unknown` as "cannot decide on this ground".
 */
export const answerSchema = z.enum(['yes', 'no', 'unknown']);
export type Answer = z.infer<typeof answerSchema>;

export const impactInJapanSchema = z.enum(['minimal', 'limited', 'wide', 'unknown']);
export type ImpactInJapan = z.infer<typeof impactInJapanSchema>;

export const triageChecklistSchema = z.object({
  /** II.B.1: at least one scenario negatively impacts confidentiality, integrity or availability. */
  impactsCia: answerSchema,
  /** II.B.1: concerns only the debug or development mode. */
  debugModeOnly: answerSchema,
  /** II.B.1: the product is intentionally vulnerable for training. */
  intentionallyVulnerable: answerSchema,
  /** II.B.2: the exact version and a link to the product page are given. */
  exactVersionAndLink: answerSchema,
  /** II.B.2: reproducible on the latest or an officially supported version. */
  reproducibleOnSupportedVersion: answerSchema,
  /** II.B.2 / decline criteria: date of the product's last update (Asia/Tokyo date). */
  productLastUpdated: isoDateSchema.nullable(),
  /** II.B.2: the developer stated it "will not address security issues". */
  vendorDeclaredWontFix: answerSchema,
  /** II.B.3: how it was discovered, with tools. */
  discoveryMethodGiven: answerSchema,
  /** II.B.4: PoC code or instructions. */
  pocGiven: answerSchema,
  /** II.B.5: impact or threat model described. */
  impactDescribed: answerSchema,
  /** II.B.6: the vulnerability is already publicly known. */
  alreadyPublic: answerSchema,
  /** "Be sure to include any time constraints": recorded (possibly "none"). */
  timeConstraintsStated: answerSchema,
  /** "If you have already contacted the vendor … include this information". */
  vendorContactStated: answerSchema,
  /** "Generally speaking, cross-site scripting will not be coordinated…" */
  isXss: answerSchema,
  /** "…unless significant impact can be demonstrated." */
  xssSignificantImpact: answerSchema,
  /** Decline criterion "The impact to users in Japan is minimal"; `wide` is a priority criterion. */
  impactInJapan: impactInJapanSchema,
  /** II.C priority criteria. */
  criticalInfrastructure: answerSchema,
  largeUserBase: answerSchema,
  manyProducts: answerSchema,
  multipleDevelopers: answerSchema,
  highImpact: answerSchema,
});
export type TriageChecklist = z.infer<typeof triageChecklistSchema>;

/** A checklist with nothing answered yet: the intake wizard's starting point. */
export const emptyTriageChecklist = (): TriageChecklist => ({
  impactsCia: 'unknown',
  debugModeOnly: 'unknown',
  intentionallyVulnerable: 'unknown',
  exactVersionAndLink: 'unknown',
  reproducibleOnSupportedVersion: 'unknown',
  productLastUpdated: null,
  vendorDeclaredWontFix: 'unknown',
  discoveryMethodGiven: 'unknown',
  pocGiven: 'unknown',
  impactDescribed: 'unknown',
  alreadyPublic: 'unknown',
  timeConstraintsStated: 'unknown',
  vendorContactStated: 'unknown',
  isXss: 'unknown',
  xssSignificantImpact: 'unknown',
  impactInJapan: 'unknown',
  criticalInfrastructure: 'unknown',
  largeUserBase: 'unknown',
  manyProducts: 'unknown',
  multipleDevelopers: 'unknown',
  highImpact: 'unknown',
});

/**
 * Reason codes of a triage decision. The workflow module maps each to its ja/en text and
 * the policy sentence; letters and the UI show the text, events store only the code.
 */
export const triageReasonCodeSchema = z.enum([
  'meets-criteria',
  'not-a-vulnerability',
  'debug-mode-only',
  'intentionally-vulnerable',
  'not-reproducible-on-supported-version',
  'product-not-maintained',
  'vendor-wont-fix',
  'already-public',
  'xss-not-significant',
  'minimal-impact-in-japan',
  'insufficient-information',
]);
export type TriageReasonCode = z.infer<typeof triageReasonCodeSchema>;
