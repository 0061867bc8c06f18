import { z } from 'zod';
import { isoInstantSchema } from './common';
import { caseIdSchema, contactIdSchema, involvementIdSchema } from './ids';
import { versionedParser, type Migration } from './versioned';

/** The part an organisation plays in one case. `upstream-developer` is contacted first when
 *  several developers are affected (JPCERT/CC policy II.G, shared library scenario). */
export const involvementRoleSchema = z.enum([
  'developer',
  'upstream-developer',
  'site-operator',
  'coordinator',
  'partner',
]);
export type InvolvementRole = z.infer<typeof involvementRoleSchema>;

export const involvementStatusSchema = z.enum([
  'not-contacted',
  'contacted',
  'acknowledged',
  'investigating',
  'affected',
  'not-affected',
  'fixed',
  'unreachable',
  'declined',
  /** Issue 27: the vendor contests the vulnerability; the involvement carries its `dispute`. */
  'disputed',
]);
export type InvolvementStatus = z.infer<typeof involvementStatusSchema>;

/** CSAF 2.0 / VEX product status vocabulary. */
export const productStatusSchema = z.enum([
  'known_affected',
  'known_not_affected',
  'fixed',
  'under_investigation',
]);
export type ProductStatus = z.infer<typeof productStatusSchema>;

/** CSAF 2.0 VEX justification labels for `known_not_affected`. */
export const vexJustificationSchema = z.enum([
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'vulnerable_code_not_in_execute_path',
  'inline_mitigations_already_exist',
]);
export type VexJustification = z.infer<typeof vexJustificationSchema>;

export const involvementProductSchema = z
  .object({
    product: z.string().min(1),
    versions: z.string(),
    status: productStatusSchema,
    justification: vexJustificationSchema.nullable(),
  })
  .refine((p) => p.status !== 'known_not_affected' || p.justification !== null, {
    message: 'known_not_affected needs a VEX justification',
    path: ['justification'],
  });
export type InvolvementProduct = z.infer<typeof involvementProductSchema>;

export const vendorStatementSchema = z.object({
  ja: z.string(),
  en: z.string(),
  /** The vendor approved this wording for the public advisory. */
  approved: z.boolean(),
});
export type VendorStatement = z.infer<typeof vendorStatementSchema>;

/** Why a vendor contests a report (CERTCC/VINCE#222: a disputed status needs its reason). */
export const disputeCategorySchema = z.enum([
  'not-reproducible',
  'works-as-designed',
  'not-a-vulnerability',
  'out-of-scope',
  'other',
]);
export type DisputeCategory = z.infer<typeof disputeCategorySchema>;

/** The vendor's dispute as the analyst recorded it: its category and the vendor's words. */
export const vendorDisputeSchema = z.object({
  category: disputeCategorySchema,
  reason: z.string().min(1).max(5000),
  at: isoInstantSchema,
});
export type VendorDispute = z.infer<typeof vendorDisputeSchema>;

/** v2 (issue 27): the `disputed` status and its `dispute` (null while the vendor does not
 *  contest the report). */
export const INVOLVEMENT_SCHEMA_VERSION = 2;

export const involvementSchema = z.object({
  schemaVersion: z.literal(INVOLVEMENT_SCHEMA_VERSION),
  id: involvementIdSchema,
  caseId: caseIdSchema,
  contactId: contactIdSchema,
  role: involvementRoleSchema,
  status: involvementStatusSchema,
  firstContactAttempt: isoInstantSchema.nullable(),
  lastContactAttempt: isoInstantSchema.nullable(),
  lastReply: isoInstantSchema.nullable(),
  statement: vendorStatementSchema,
  products: z.array(involvementProductSchema),
  /** The vendor's name may appear in public exports (leak guard). */
  clearedForPublication: z.boolean(),
  /** IPA guideline: a developer able to reach all its users need not publish. */
  canReachAllUsers: z.boolean(),
  /** When the developer's name was published to seek a contact (IPA footnote 8). */
  namePublishedAt: isoInstantSchema.nullable(),
  /** Present exactly while `status` is `disputed` (the reducer keeps them together). */
  dispute: vendorDisputeSchema.nullable(),
});
export type Involvement = z.infer<typeof involvementSchema>;

/** v1 → v2: no vendor disputed before v2. */
const noDispute: Migration = (record) => ({ dispute: null, ...record });

export const parseInvolvement = versionedParser(
  'Involvement',
  involvementSchema,
  INVOLVEMENT_SCHEMA_VERSION,
  { 1: noDispute },
);
