// The finder's offline report form (issue 27 item 6): what the form encrypts to the
// coordinator, as a versioned JSON document. Its fields are those JPCERT/CC's policy asks a
// report to contain (II.B: product and exact version with a link, how it was found and with
// which tools, a PoC, the impact or a threat model, whether it is public; the time
// constraints and any other party contacted; and the finder's credit consent). The schema
// is strict: a field Airlock does not know is a malformed document, never silently dropped.
import { z } from 'zod';
import { isoDateSchema, pgpFingerprintSchema } from '../../model/common';

export const REPORT_FORM_FORMAT = 'airlock-report-form/1';

const text = (max: number) => z.string().max(max);
const line = text(500);
const block = text(100_000);

export const reportFormDocumentSchema = z
  .object({
    format: z.literal(REPORT_FORM_FORMAT),
    /** The language the finder wrote in. */
    language: z.enum(['ja', 'en']),
    title: line.min(1),
    kind: z.enum(['software', 'website']),
    reporter: z
      .object({
        name: line.min(1),
        contact: line.min(1),
        organisation: line,
        pgpKeyFingerprint: pgpFingerprintSchema.nullable(),
        creditConsent: z.boolean(),
        creditName: line,
      })
      .strict(),
    product: z.object({ name: line.min(1), vendorName: line, version: line, url: line }).strict(),
    discovery: z.object({ method: block, tools: z.array(line).max(100) }).strict(),
    poc: block,
    impact: z.object({ description: block, threatModel: block }).strict(),
    alreadyPublic: z.object({ value: z.boolean(), references: z.array(line).max(100) }).strict(),
    timeConstraints: z
      .array(z.object({ date: isoDateSchema, description: line.min(1) }).strict())
      .max(50),
    otherParties: z.object({ contacted: z.boolean(), details: block }).strict(),
  })
  .strict();
export type ReportFormDocument = z.infer<typeof reportFormDocumentSchema>;

export type ReportFormError = {
  code: 'report-form.not-json' | 'report-form.unsupported' | 'report-form.invalid';
  message: string;
  /** The fields that failed, as dotted paths (`product.name`). */
  fields?: string[];
};

/** Whether decrypted text claims to be a report-form document (any version). */
export function looksLikeReportForm(text: string): boolean {
  return /^\s*\{[\s\S]*"format"\s*:\s*"airlock-report-form\//.test(text.slice(0, 4096));
}

/** Parses the decrypted text of a report-form message, or says precisely why not. */
export function parseReportForm(
  text: string,
): { ok: true; value: ReportFormDocument } | { ok: false; error: ReportFormError } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: { code: 'report-form.not-json', message: 'The report form is not valid JSON' },
    };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== REPORT_FORM_FORMAT) {
    return {
      ok: false,
      error: {
        code: 'report-form.unsupported',
        message: `Unsupported report form format: ${String(format)}`,
      },
    };
  }
  const parsed = reportFormDocumentSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(document)'))];
  return {
    ok: false,
    error: {
      code: 'report-form.invalid',
      message: `The report form is malformed: ${fields.join(', ')}`,
      fields,
    },
  };
}
