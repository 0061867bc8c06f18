import { z } from 'zod';
import {
  isoDateSchema,
  isoInstantSchema,
  pgpFingerprintSchema,
  reportTargetSchema,
} from './common';
import { attachmentIdSchema, caseIdSchema, reportIdSchema } from './ids';
import { triageChecklistSchema } from './triage-checklist';
import { versionedParser } from './versioned';

/**
 * A report from a finder (ARCHITECTURE.md §3). The reporter block is the most sensitive data in
 * the store: the leak guard refuses to export it publicly without `creditConsent`.
 */
export const reporterSchema = z.object({
  name: z.string().min(1),
  /** E-mail address, phone or postal address as given by the finder. */
  contact: z.string().min(1),
  pgpKeyFingerprint: pgpFingerprintSchema.nullable(),
  creditConsent: z.boolean(),
  /** Name to print in the advisory credits; null when no consent or same as `name`. */
  creditName: z.string().nullable(),
});
export type Reporter = z.infer<typeof reporterSchema>;

export const timeConstraintSchema = z.object({
  date: isoDateSchema,
  description: z.string().min(1),
});
export type TimeConstraint = z.infer<typeof timeConstraintSchema>;

export const REPORT_SCHEMA_VERSION = 1;

export const reportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  id: reportIdSchema,
  /** Null until triage creates (or attaches to) a case. */
  caseId: caseIdSchema.nullable(),
  receivedAt: isoInstantSchema,
  reporter: reporterSchema,
  target: reportTargetSchema,
  product: z.object({
    name: z.string().min(1),
    vendorName: z.string(),
    version: z.string(),
    url: z.string(),
  }),
  discovery: z.object({ method: z.string(), tools: z.array(z.string()) }),
  poc: z.object({ text: z.string(), attachments: z.array(attachmentIdSchema) }),
  impact: z.object({ description: z.string(), threatModel: z.string() }),
  alreadyPublic: z.object({ value: z.boolean(), references: z.array(z.string()) }),
  timeConstraints: z.array(timeConstraintSchema),
  vendorAlreadyContacted: z.object({ value: z.boolean(), details: z.string() }),
  checklist: triageChecklistSchema,
});
export type Report = z.infer<typeof reportSchema>;

export const parseReport = versionedParser('Report', reportSchema, REPORT_SCHEMA_VERSION);
