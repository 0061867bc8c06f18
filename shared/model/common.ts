import { z } from 'zod';

/** A UTC instant as ISO 8601 with `Z` (no offsets: the store compares these as strings). */
export const isoInstantSchema = z.iso.datetime({ offset: false, local: false });
export type IsoInstant = z.infer<typeof isoInstantSchema>;

/** A calendar date `YYYY-MM-DD` (its time zone is stated by whoever uses it). */
export const isoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof isoDateSchema>;

/** Bilingual text: every public-facing string exists in Japanese and English. */
export const localizedTextSchema = z.object({ ja: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** OpenPGP fingerprint, upper-case hex: 40 digits (v4 keys) or 64 (v6 keys). */
export const pgpFingerprintSchema = z.string().regex(/^(?:[0-9A-F]{40}|[0-9A-F]{64})$/, {
  message: 'expected an upper-case hex OpenPGP fingerprint (40 or 64 digits)',
});
export type PgpFingerprint = z.infer<typeof pgpFingerprintSchema>;

/** Identifier of a policy profile in shared/workflow (`jpcert-cc`, `cert-cc`, …). */
export const policyProfileIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
export type PolicyProfileId = z.infer<typeof policyProfileIdSchema>;

export const languageSchema = z.enum(['en', 'ja']);
export type Language = z.infer<typeof languageSchema>;

export const tlpSchema = z.enum(['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED']);
export type Tlp = z.infer<typeof tlpSchema>;

/** What the affected thing is: it decides routing (operator vs developer) and deadlines.
 *  A `technical-alert` (JVNTA#) is about a class of vulnerability across many products: no
 *  finder report to triage and no vendor embargo (shared/model/technical-alert.ts). */
export const caseKindSchema = z.enum(['software', 'website', 'technical-alert']);
export type CaseKind = z.infer<typeof caseKindSchema>;

/** What a finder's report is about: a technical alert is never a finder's report target. */
export const reportTargetSchema = z.enum(['software', 'website']);
export type ReportTarget = z.infer<typeof reportTargetSchema>;
