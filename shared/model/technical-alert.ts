import { z } from 'zod';
import { localizedTextSchema } from './common';
import { productIdentifierSchema } from './product-identifier';
import { cweIdSchema } from './vulnerability';

/**
 * A technical alert (JVNTA#, issue 18): an alert about a CLASS of vulnerability across many
 * products, not one vendor's flaw. There is no vendor embargo to coordinate; the alert is
 * drafted, reviewed and published by the coordinator. Its content is the intake of the case
 * (`case.created` payload `technicalAlert`) and is replaced whole by `technical-alert.drafted`;
 * the folded Case carries the current content and the review stage.
 */

/** Bilingual text of which at least one language is written (the other may follow later). */
export const someLocalizedTextSchema = localizedTextSchema.refine(
  (t) => t.ja.trim() !== '' || t.en.trim() !== '',
  { message: 'write it in Japanese or English (or both)' },
);

/** A family of affected products ("home routers built on the XYZ SDK"), optionally with
 *  PURL / CPE 2.3 identifiers so vendor suggestions and CSAF can name products. */
export const technicalAlertProductFamilySchema = z.object({
  name: someLocalizedTextSchema,
  identifiers: z.array(productIdentifierSchema).max(50),
});
export type TechnicalAlertProductFamily = z.infer<typeof technicalAlertProductFamilySchema>;

export const TECHNICAL_ALERT_LIMITS = {
  cwes: 20,
  productFamilies: 200,
  mitigations: 50,
  references: 50,
} as const;

export const technicalAlertContentSchema = z.object({
  /** The class of vulnerability, e.g. "Improper certificate validation in TLS libraries". */
  vulnerabilityClass: someLocalizedTextSchema,
  cwes: z.array(cweIdSchema).max(TECHNICAL_ALERT_LIMITS.cwes),
  summary: someLocalizedTextSchema,
  description: localizedTextSchema,
  impact: localizedTextSchema,
  productFamilies: z
    .array(technicalAlertProductFamilySchema)
    .min(1, { message: 'name at least one affected product family' })
    .max(TECHNICAL_ALERT_LIMITS.productFamilies),
  mitigations: z.array(someLocalizedTextSchema).max(TECHNICAL_ALERT_LIMITS.mitigations),
  references: z.array(z.url({ protocol: /^https?$/ })).max(TECHNICAL_ALERT_LIMITS.references),
});
export type TechnicalAlertContent = z.infer<typeof technicalAlertContentSchema>;

/**
 * The alert's own workflow: drafting → in-review → approved | changes-requested →
 * (redrafted) … → published. Closing is the report machine's `closed`, as for every case.
 */
export const technicalAlertStageSchema = z.enum([
  'drafting',
  'in-review',
  'changes-requested',
  'approved',
  'published',
]);
export type TechnicalAlertStage = z.infer<typeof technicalAlertStageSchema>;

/** What the Case record holds for a technical alert (null for the other kinds). */
export const technicalAlertSchema = z.object({
  content: technicalAlertContentSchema,
  stage: technicalAlertStageSchema,
});
export type TechnicalAlert = z.infer<typeof technicalAlertSchema>;

/** The verdict of a review; `changes-requested` needs its reason. */
export const technicalAlertVerdictSchema = z.enum(['approved', 'changes-requested']);
export type TechnicalAlertVerdict = z.infer<typeof technicalAlertVerdictSchema>;
