import { z } from 'zod';
import { caseKindSchema, isoInstantSchema, policyProfileIdSchema, tlpSchema } from './common';
import { caseIdSchema, involvementIdSchema, vulnerabilityIdSchema } from './ids';
import { technicalAlertSchema } from './technical-alert';
import { versionedParser, type Migration } from './versioned';

/** Human case reference shown everywhere and put in every message subject: `AL-2026-0042`. */
export const caseRefSchema = z.string().regex(/^[A-Z]{2,8}-\d{4}-\d{4,6}$/, {
  message: 'expected a case reference like AL-2026-0042',
});
export type CaseRef = z.infer<typeof caseRefSchema>;

/** JVN advisory identifiers: JVN#12345678, JVNVU#12345678, JVNTA#12345678. */
export const advisoryIdSchema = z.string().regex(/^(?:JVN|JVNVU|JVNTA)#\d{8}$/, {
  message: 'expected JVN#, JVNVU# or JVNTA# followed by 8 digits',
});
export type AdvisoryId = z.infer<typeof advisoryIdSchema>;

/** Vultron report-management states (ARCHITECTURE.md §4). */
export const reportStateSchema = z.enum([
  'start',
  'received',
  'valid',
  'invalid',
  'accepted',
  'deferred',
  'closed',
]);
export type ReportState = z.infer<typeof reportStateSchema>;

/** Vultron embargo-management states; `revise` = a revision is proposed on an active embargo. */
export const embargoStateSchema = z.enum(['none', 'proposed', 'active', 'revise', 'exited']);
export type EmbargoState = z.infer<typeof embargoStateSchema>;

/** The embargo state a screen shows (and a saved filter keeps): the stored state, or `due`
 *  once the agreed instant has passed (derived by the case view, never stored on a case). */
export const shownEmbargoStateSchema = z.enum([
  'none',
  'proposed',
  'active',
  'revise',
  'due',
  'exited',
]);
export type ShownEmbargoState = z.infer<typeof shownEmbargoStateSchema>;

/** Vultron case-status flags (one-way). */
export const caseFlagSchema = z.enum([
  'vendorAware',
  'fixReady',
  'fixDeployed',
  'publicAware',
  'exploitPublic',
  'attacksObserved',
]);
export type CaseFlag = z.infer<typeof caseFlagSchema>;
export const CASE_FLAGS = caseFlagSchema.options;

/** Each flag holds the instant it was set, or null: a set flag never goes back. */
export const caseFlagsSchema = z.object({
  vendorAware: isoInstantSchema.nullable(),
  fixReady: isoInstantSchema.nullable(),
  fixDeployed: isoInstantSchema.nullable(),
  publicAware: isoInstantSchema.nullable(),
  exploitPublic: isoInstantSchema.nullable(),
  attacksObserved: isoInstantSchema.nullable(),
});
export type CaseFlags = z.infer<typeof caseFlagsSchema>;

/** Why a report is high priority (JPCERT/CC policy II.C). */
export const priorityReasonSchema = z.enum([
  'wide-effect-in-japan',
  'critical-infrastructure',
  'large-user-base',
  'many-products',
  'multiple-developers',
  'high-impact',
]);
export type PriorityReason = z.infer<typeof priorityReasonSchema>;

export const prioritySchema = z.object({
  level: z.enum(['high', 'normal']),
  reasons: z.array(priorityReasonSchema),
});
export type Priority = z.infer<typeof prioritySchema>;

export const caseStatesSchema = z.object({
  report: reportStateSchema,
  embargo: embargoStateSchema,
  flags: caseFlagsSchema,
});
export type CaseStates = z.infer<typeof caseStatesSchema>;

export const caseDatesSchema = z.object({
  received: isoInstantSchema.nullable(),
  acknowledged: isoInstantSchema.nullable(),
  firstVendorContactAttempt: isoInstantSchema.nullable(),
  agreedPublication: isoInstantSchema.nullable(),
  published: isoInstantSchema.nullable(),
  closed: isoInstantSchema.nullable(),
});
export type CaseDates = z.infer<typeof caseDatesSchema>;

/** v3 added `technicalAlert` (issue 18); v4 `vendorSummary` and `titleShareable` (issue 23). */
export const CASE_SCHEMA_VERSION = 4;

/** The longest vendor-safe summary (one paragraph of a letter). */
export const VENDOR_SUMMARY_MAX = 2000;

export const caseSchema = z
  .object({
    schemaVersion: z.literal(CASE_SCHEMA_VERSION),
    id: caseIdSchema,
    ref: caseRefSchema,
    title: z.string().min(1).max(300),
    kind: caseKindSchema,
    tlp: tlpSchema,
    priority: prioritySchema,
    policyProfile: policyProfileIdSchema,
    states: caseStatesSchema,
    dates: caseDatesSchema,
    vulnerabilities: z.array(vulnerabilityIdSchema),
    involvements: z.array(involvementIdSchema),
    advisoryId: advisoryIdSchema.nullable(),
    tags: z.array(z.string().min(1).max(64)),
    notes: z.string().optional(),
    /** The alert's content and review stage; null for every kind but `technical-alert`. */
    technicalAlert: technicalAlertSchema.nullable(),
    /** What a vendor may read about the case (letters use it, never the internal title, which
     *  often names the product or another vendor). Empty until the analyst writes it. */
    vendorSummary: z.string().max(VENDOR_SUMMARY_MAX),
    /** The analyst marked the title safe to show vendors; until then it is internal. */
    titleShareable: z.boolean(),
  })
  .superRefine((c, ctx) => {
    // The kind and the alert block go together, so a bundle cannot carry a half alert.
    if ((c.kind === 'technical-alert') !== (c.technicalAlert !== null)) {
      const message =
        c.kind === 'technical-alert'
          ? 'a technical-alert case needs its technical alert'
          : `a ${c.kind} case has no technical alert`;
      ctx.addIssue({ code: 'custom', message, path: ['technicalAlert'] });
    }
  });
export type Case = z.infer<typeof caseSchema>;

/**
 * v1 → v2: v1 stored `priority` as a bare `'high' | 'normal'` (the reasons were lost) and
 * called the first vendor contact date `firstContact`. v2 keeps the reasons, because the
 * finder letter and the dashboard explain why a case is high priority.
 */
const caseV1ToV2: Migration = (r) => {
  const priority = r.priority;
  const dates = (r.dates ?? {}) as Record<string, unknown>;
  const { firstContact, ...restDates } = dates;
  return {
    ...r,
    priority:
      typeof priority === 'string' ? { level: priority, reasons: [] } : (priority ?? undefined),
    dates: { ...restDates, firstVendorContactAttempt: firstContact ?? null },
  };
};

/** v2 → v3: cases before technical alerts are software or website cases: no alert. */
const caseV2ToV3: Migration = (r) => ({ ...r, technicalAlert: null });

/** v3 → v4: no vendor-safe summary written yet, and the title stays internal. */
const caseV3ToV4: Migration = (r) => ({ ...r, vendorSummary: '', titleShareable: false });

export const parseCase = versionedParser('Case', caseSchema, CASE_SCHEMA_VERSION, {
  1: caseV1ToV2,
  2: caseV2ToV3,
  3: caseV3ToV4,
});

export const emptyCaseFlags = (): CaseFlags => ({
  vendorAware: null,
  fixReady: null,
  fixDeployed: null,
  publicAware: null,
  exploitPublic: null,
  attacksObserved: null,
});

export const emptyCaseDates = (): CaseDates => ({
  received: null,
  acknowledged: null,
  firstVendorContactAttempt: null,
  agreedPublication: null,
  published: null,
  closed: null,
});
