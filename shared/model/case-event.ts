import { z } from 'zod';
import {
  advisoryIdSchema,
  caseFlagSchema,
  caseRefSchema,
  prioritySchema,
  VENDOR_SUMMARY_MAX,
} from './case';
import {
  caseKindSchema,
  isoDateSchema,
  isoInstantSchema,
  localizedTextSchema,
  pgpFingerprintSchema,
  policyProfileIdSchema,
  tlpSchema,
} from './common';
import {
  advisoryDraftIdSchema,
  bundleIdSchema,
  caseIdSchema,
  contactIdSchema,
  eventIdSchema,
  involvementIdSchema,
  messageIdSchema,
  reportIdSchema,
  vulnerabilityIdSchema,
} from './ids';
import {
  involvementProductSchema,
  involvementRoleSchema,
  involvementStatusSchema,
  vendorStatementSchema,
} from './involvement';
import {
  coordinationAcceptedSchema,
  coordinationCoCoordinatorAddedSchema,
  coordinationTransferredSchema,
} from './coordination-event';
import {
  caseLinkRelationSchema,
  withdrawalOutcomeSchema,
  withdrawalRefusalSchema,
} from './finder-steps';
import {
  extensionGrantedPayload,
  extensionRefusedPayload,
  extensionRequestedPayload,
  vendorDisputedPayload,
} from './extension-dispute-events';
import { letterKindSchema } from './letter-kind';
import { technicalAlertContentSchema, technicalAlertVerdictSchema } from './technical-alert';
import { ssvcModelSchema, ssvcSelectionListSchema } from './ssvc-selection';
import { ianaZoneSchema, JAPAN_ZONE } from './time-zone';
import { triageReasonCodeSchema } from './triage-checklist';
import { versionedParser, type Migration } from './versioned';
import {
  cveAssignedPayload,
  cveNoIdReasonRecordedPayload,
  cveOtherCnaRecordedPayload,
  cveReleasedPayload,
} from './cve-events';

/**
 * The append-only case timeline (ARCHITECTURE.md §3). Case state is the fold of these events by
 * the reducer in shared/workflow; payloads carry exactly what the fold needs, so two
 * organisations exchanging bundles compute the same projection.
 */
/** v3 (issue 18): the `technical-alert` kind, its content on `case.created` and the
 *  `technical-alert.*` events. v4: `ssvc.decided`, an SSVC SelectionList (issue 28), and
 *  `publication.scheduled` / `unscheduled` (issue 23). v5: coordination events (issue 27:
 *  extensions, disputes, duplicate links, hand-over, finder and site-operator steps) and
 *  advisory revision/withdrawal and CVE assignment (issue 28). Each version only adds event
 *  types or optional fields, so an older event reads unchanged. */
export const CASE_EVENT_SCHEMA_VERSION = 5;

const base = z.object({
  schemaVersion: z.literal(CASE_EVENT_SCHEMA_VERSION),
  id: eventIdSchema,
  caseId: caseIdSchema,
  at: isoInstantSchema,
  /** Who recorded it: an analyst's name, or `system`, or `import:<fingerprint>`. */
  actor: z.string().min(1).max(200),
});

const ev = <T extends string, P extends z.ZodType>(type: T, payload: P) =>
  base.extend({ type: z.literal(type), payload });

const party = z.enum(['coordinator', 'vendor', 'finder']);
const counterpart = z.enum(['finder', 'vendor', 'partner']);
const text = z.string().max(20_000);
/** A text published with the advisory: both languages, as every public field. */
const publicNote = localizedTextSchema.refine((t) => t.ja.trim() !== '' && t.en.trim() !== '', {
  message: 'the reasoning is published: write it in Japanese and English',
});

export const caseEventSchema = z.discriminatedUnion('type', [
  ev(
    'case.created',
    z
      .object({
        ref: caseRefSchema,
        title: z.string().min(1).max(300),
        kind: caseKindSchema,
        tlp: tlpSchema,
        policyProfile: policyProfileIdSchema,
        reportId: reportIdSchema.nullable(),
        /** The alert's intake; present exactly when `kind` is `technical-alert`. */
        technicalAlert: technicalAlertContentSchema.optional(),
      })
      .superRefine((p, ctx) => {
        if ((p.kind === 'technical-alert') === (p.technicalAlert !== undefined)) return;
        const message =
          p.kind === 'technical-alert'
            ? 'a technical-alert case needs its technical alert'
            : `a ${p.kind} case has no technical alert`;
        ctx.addIssue({ code: 'custom', message, path: ['technicalAlert'] });
      }),
  ),
  ev(
    'case.updated',
    z.object({
      title: z.string().min(1).max(300).optional(),
      tlp: tlpSchema.optional(),
      tags: z.array(z.string().min(1).max(64)).optional(),
      advisoryId: advisoryIdSchema.nullable().optional(),
      policyProfile: policyProfileIdSchema.optional(),
      /** Issue 23: added as optional fields, so older events still read unchanged. */
      vendorSummary: z.string().max(VENDOR_SUMMARY_MAX).optional(),
      titleShareable: z.boolean().optional(),
    }),
  ),
  ev('report.received', z.object({ reportId: reportIdSchema, receivedAt: isoInstantSchema })),
  ev(
    'report.validated',
    z.object({ valid: z.boolean(), reasons: z.array(triageReasonCodeSchema) }),
  ),
  ev('report.acknowledged', z.object({ messageId: messageIdSchema.nullable() })),
  ev(
    'triage.decided',
    z.object({
      decision: z.enum(['accept', 'defer', 'decline']),
      reasons: z.array(triageReasonCodeSchema),
      priority: prioritySchema,
      note: text,
    }),
  ),
  ev(
    'message.sent',
    z.object({
      messageId: messageIdSchema,
      to: counterpart,
      involvementId: involvementIdSchema.nullable(),
      purpose: letterKindSchema,
    }),
  ),
  ev(
    'message.received',
    z.object({
      messageId: messageIdSchema,
      from: counterpart,
      involvementId: involvementIdSchema.nullable(),
    }),
  ),
  ev(
    'involvement.added',
    z.object({
      involvementId: involvementIdSchema,
      contactId: contactIdSchema,
      role: involvementRoleSchema,
    }),
  ),
  ev(
    'involvement.changed',
    z.object({
      involvementId: involvementIdSchema,
      status: involvementStatusSchema.optional(),
      role: involvementRoleSchema.optional(),
      statement: vendorStatementSchema.optional(),
      products: z.array(involvementProductSchema).optional(),
      clearedForPublication: z.boolean().optional(),
      canReachAllUsers: z.boolean().optional(),
    }),
  ),
  ev(
    'vendor.contact-attempted',
    z.object({
      involvementId: involvementIdSchema,
      channel: z.enum(['email', 'postal', 'web-form', 'phone', 'other']),
    }),
  ),
  ev(
    'vendor.replied',
    z.object({ involvementId: involvementIdSchema, messageId: messageIdSchema.nullable() }),
  ),
  ev('vendor.unreachable', z.object({ involvementId: involvementIdSchema, reason: text })),
  ev('vendor.name-published', z.object({ involvementId: involvementIdSchema })),
  /* `date` is the exact publication instant (UTC); `zone` is the zone the parties stated it
   * in (e.g. "10:00 JST"), kept so letters and the case can say it the way it was agreed. */
  ev(
    'embargo.proposed',
    z.object({ date: isoInstantSchema, zone: ianaZoneSchema, proposedBy: party }),
  ),
  ev('embargo.agreed', z.object({ date: isoInstantSchema, zone: ianaZoneSchema })),
  ev('embargo.revised', z.object({ date: isoInstantSchema, zone: ianaZoneSchema, reason: text })),
  ev('embargo.rejected', z.object({ reason: text })),
  ev('embargo.terminated', z.object({ reason: text })),
  /* Issue 27: a vendor asks for more time (policy: "Please contact JPCERT/CC if more time is
   * necessary"); the analyst's grant moves the agreed instant, a refusal keeps it. */
  ev('embargo.extension-requested', extensionRequestedPayload),
  ev('embargo.extension-granted', extensionGrantedPayload),
  ev('embargo.extension-refused', extensionRefusedPayload),
  /* Issue 27: the vendor contests the report (status `disputed`, with its reason). */
  ev('vendor.disputed', vendorDisputedPayload),
  ev('flag.set', z.object({ flag: caseFlagSchema })),
  ev(
    'deadline.overridden',
    z.object({
      ruleId: z.string().min(1).max(100),
      /** New due instant, or null to waive the deadline for this case. */
      due: isoInstantSchema.nullable(),
      reason: z.string().min(1).max(2000),
    }),
  ),
  ev(
    'release.decided',
    z.object({
      decision: z.enum(['publish', 'do-not-publish', 'no-public-release-needed']),
      /** Decided by the Release Decision Committee (IPA guideline, footnote 10). */
      committee: z.boolean(),
      /** The minutes' note: what was decided and why. */
      reason: z.string().min(1).max(5000),
      /** Members present at the meeting (optional: v1 decisions did not record them). */
      members: z.array(z.string().min(1).max(200)).max(50).optional(),
    }),
  ),
  /* SSVC (issue 28): a CERT/CC coordinator decision as the SelectionList 2.0.0 the table
   * gave (triage beside the policy verdict at intake, publish beside the release decision);
   * the latest one of each model is the case's. */
  ev('ssvc.decided', z.object({ model: ssvcModelSchema, selections: ssvcSelectionListSchema })),
  /* The analyst's recorded intent to publish at the agreed instant of the embargo (`date`,
   * stated in `zone`): never a publication by itself, which the analyst confirms when due. */
  ev('publication.scheduled', z.object({ date: isoInstantSchema, zone: ianaZoneSchema })),
  ev('publication.unscheduled', z.object({ reason: text })),
  ev('published', z.object({ advisoryId: advisoryIdSchema.nullable(), url: z.string() })),
  ev(
    'case.closed',
    z.object({
      reason: z.enum([
        'resolved',
        'declined',
        'no-agreement-or-reply',
        'already-public',
        'duplicate',
        'other',
      ]),
      note: text,
    }),
  ),
  ev('note.added', z.object({ text, internal: z.boolean().default(true) })),
  ev('vulnerability.added', z.object({ vulnerabilityId: vulnerabilityIdSchema })),
  ev(
    'vulnerability.changed',
    z.object({ vulnerabilityId: vulnerabilityIdSchema, summary: z.string().max(500) }),
  ),
  /* CVE IDs across the air gap (issue 28): each pool step on the timeline, written in the
   * same transaction as the pool record and the vulnerability it changed (cve-events.ts). */
  ev('cve.assigned', cveAssignedPayload),
  ev('cve.released', cveReleasedPayload),
  ev('cve.other-cna-recorded', cveOtherCnaRecordedPayload),
  ev('cve.no-id-reason-recorded', cveNoIdReasonRecordedPayload),
  ev(
    'advisory.changed',
    z.object({
      draftId: advisoryDraftIdSchema,
      status: z.enum(['draft', 'final']),
      /** v5 (issue 28): what changed in a published advisory, its revision entry's summary. */
      summary: localizedTextSchema.optional(),
    }),
  ),
  /* A published advisory taken back (CSAF 2.1 `csaf_withdrawn`), its reasoning published
   * in both languages; the revision history and the export come from this event (issue 28). */
  ev('advisory.withdrawn', z.object({ note: publicNote })),
  /* A published advisory replaced by another one (`csaf_superseded`): which, where, why. */
  ev(
    'advisory.superseded',
    z.object({
      advisoryId: advisoryIdSchema,
      url: z.url({ protocol: /^https?$/ }),
      note: publicNote,
    }),
  ),
  ev(
    'bundle.exported',
    z.object({ bundleId: bundleIdSchema, recipients: z.array(pgpFingerprintSchema) }),
  ),
  ev(
    'bundle.imported',
    z.object({
      bundleId: bundleIdSchema,
      sender: pgpFingerprintSchema,
      /** v5 (issue 27): the events this import added, so each is attributed to the
       *  organisation that sent it (`coordination.ts`); absent on older imports. */
      events: z.array(eventIdSchema).optional(),
      /** v5: the importing organisation's own key, so a vault knows itself in the
       *  records that come back to it; absent on older imports. */
      recipient: pgpFingerprintSchema.optional(),
    }),
  ),
  /* Hand-over between coordinators (issue 27): ownership passes to another organisation. */
  ev('coordination.transferred', coordinationTransferredSchema),
  /* Co-coordination (issue 27): another organisation works the case beside the owner. */
  ev('coordination.co-coordinator-added', coordinationCoCoordinatorAddedSchema),
  /* The receiving side records the hand-over too, naming its own organisation key. */
  ev('coordination.accepted', coordinationAcceptedSchema),
  /* Technical alert (issue 18): the content replaced whole, the review round trip and the
   * publication moment; publishing itself is the common `published` event. */
  ev('technical-alert.drafted', z.object({ content: technicalAlertContentSchema })),
  ev('technical-alert.review-requested', z.object({ note: text })),
  ev(
    'technical-alert.reviewed',
    z
      .object({ verdict: technicalAlertVerdictSchema, reason: text })
      .refine((p) => p.verdict === 'approved' || p.reason.trim() !== '', {
        message: 'changes requested need their reason',
        path: ['reason'],
      }),
  ),
  ev(
    'technical-alert.publication-scheduled',
    z.object({ date: isoInstantSchema, zone: ianaZoneSchema }),
  ),
  ev(
    'leak-guard.overridden',
    z.object({ field: z.string().min(1), reason: z.string().min(1).max(2000) }),
  ),
  // Issue 27 item 3: this report duplicates or relates to another case; each side names the other.
  ev(
    'case.linked',
    z.object({
      otherCaseId: caseIdSchema,
      otherRef: caseRefSchema,
      relation: caseLinkRelationSchema,
    }),
  ),
  // Issue 27 item 3: on the original case, a second finder reported the same flaw on their own;
  // `creditName` is set only with their consent to be credited.
  ev(
    'report.second-received',
    z.object({
      reportId: reportIdSchema,
      duplicateCaseId: caseIdSchema,
      duplicateRef: caseRefSchema,
      creditName: z.string().min(1).max(300).nullable(),
    }),
  ),
  // Issue 27 item 7: the finder asked to withdraw non-disclosure; the outcome under IPA's
  // one-year rule and the day it becomes possible, checked by the reducer against the case.
  ev(
    'finder.withdrawal-requested',
    z.object({
      outcome: withdrawalOutcomeSchema,
      possibleOn: isoDateSchema.nullable(),
      refusal: withdrawalRefusalSchema.nullable(),
    }),
  ),
  // Issue 27 item 7: the website operator notified the fix; it ends the three-month clock.
  ev('site.fixed', z.object({ involvementId: involvementIdSchema, note: text })),
]);
export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseEventType = CaseEvent['type'];
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
export type CaseEventPayload<T extends CaseEventType> = CaseEventOf<T>['payload'];
export const CASE_EVENT_TYPES = caseEventSchema.options.map((o) => o.shape.type.value);

const EMBARGO_DATED = new Set(['embargo.proposed', 'embargo.agreed', 'embargo.revised']);

/** v1 → v2: embargo dates gain their zone. Version 1 entered them as calendar days in Japan
 *  time (00:00 JST), so that is the zone they were stated in — the instant is unchanged. */
const addEmbargoZone: Migration = (record) => {
  const payload = record.payload;
  if (typeof record.type !== 'string' || !EMBARGO_DATED.has(record.type)) return record;
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return record;
  return { ...record, payload: { zone: JAPAN_ZONE, ...payload } };
};

/** v2 → v3 only added a kind and event types, v3 → v4 and v4 → v5 event types: an older event
 *  reads unchanged. */
const sameShape: Migration = (record) => record;

export const parseCaseEvent = versionedParser(
  'CaseEvent',
  caseEventSchema,
  CASE_EVENT_SCHEMA_VERSION,
  { 1: addEmbargoZone, 2: sameShape, 3: sameShape, 4: sameShape },
);
