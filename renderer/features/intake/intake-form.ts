import { z } from 'zod';
import {
  isoDateSchema,
  newReportId,
  pgpFingerprintSchema,
  reportTargetSchema,
  reporterSchema,
  reportSchema,
  REPORT_SCHEMA_VERSION,
  timeConstraintSchema,
  tlpSchema,
  triageChecklistSchema,
  type AttachmentId,
  type IsoInstant,
  type Report,
  type TriageChecklist,
} from '../../../shared/model';
import { caseSchema } from '../../../shared/model/case';
import { isBlankText, receivedDayInFuture } from '../../../shared/workflow/intake-rules';
import type { FieldSpecs } from '../../app/form-errors';

/**
 * The intake form's values and their schema. Form inputs hold strings (an empty text box
 * means "not given"), so the schema is the Report's own field schemas with those few
 * nullable or list fields accepted as text; `toReport` turns valid values into a Report
 * that `reportSchema` parses.
 */
const optionalFingerprint = z.union([z.literal(''), pgpFingerprintSchema]);
const optionalDate = z.union([z.literal(''), isoDateSchema]);

/** Text that is more than spaces (the engine's rule, intake-rules.ts), said as "Fill in …". */
const filled = (schema: z.ZodString) =>
  schema.refine((v) => !isBlankText(v), { message: 'common.form.required' });

export const intakeFormSchema = z.object({
  title: filled(caseSchema.shape.title),
  kind: reportTargetSchema,
  tlp: tlpSchema,
  receivedOn: isoDateSchema,
  reporter: reporterSchema.extend({
    name: filled(reporterSchema.shape.name),
    pgpKeyFingerprint: optionalFingerprint,
    creditName: z.string(),
  }),
  product: reportSchema.shape.product,
  discovery: z.object({ method: z.string(), tools: z.string() }),
  poc: z.object({ text: z.string() }),
  impact: reportSchema.shape.impact,
  alreadyPublic: z.object({ value: z.boolean(), references: z.string() }),
  timeConstraints: z.array(timeConstraintSchema),
  vendorAlreadyContacted: reportSchema.shape.vendorAlreadyContacted,
  checklist: triageChecklistSchema.extend({ productLastUpdated: optionalDate }),
});
export type IntakeFormValues = z.infer<typeof intakeFormSchema>;

/** The form's schema at `now`: a report is not received after today (in `timeZone`). */
export const intakeFormSchemaAt = (now: IsoInstant, timeZone: string) =>
  intakeFormSchema.extend({
    receivedOn: isoDateSchema.refine((day) => !receivedDayInFuture(day, now, timeZone), {
      message: 'intake.errors.receivedInFuture',
    }),
  });

/** Each value's label, for its error message (`localizedResolver`). */
export const INTAKE_FIELDS: FieldSpecs = {
  title: 'intake.fields.title',
  kind: 'intake.fields.kind',
  tlp: 'intake.fields.tlp',
  receivedOn: 'intake.fields.receivedOn',
  'reporter.name': 'intake.fields.reporterName',
  'reporter.contact': 'intake.fields.reporterContact',
  'reporter.pgpKeyFingerprint': {
    label: 'intake.fields.reporterFingerprint',
    hint: 'intake.errors.fingerprint',
  },
  'reporter.creditName': 'intake.fields.creditName',
  'product.name': 'intake.fields.productName',
  'product.vendorName': 'intake.fields.vendorName',
  'product.version': 'intake.fields.productVersion',
  'product.url': 'intake.fields.productUrl',
  'discovery.method': 'intake.fields.discoveryMethod',
  'discovery.tools': 'intake.fields.discoveryTools',
  'poc.text': 'intake.fields.pocText',
  'impact.description': 'intake.fields.impactDescription',
  'impact.threatModel': 'intake.fields.threatModel',
  'alreadyPublic.references': 'intake.fields.publicReferences',
  'vendorAlreadyContacted.details': 'intake.fields.vendorContactDetails',
  'timeConstraints.*.date': 'intake.fields.constraintDate',
  'timeConstraints.*.description': 'intake.fields.constraintDescription',
  'checklist.productLastUpdated': 'intake.checklist.items.productLastUpdated',
};

export const emptyIntakeForm = (today: string, checklist: TriageChecklist): IntakeFormValues => ({
  title: '',
  kind: 'software',
  tlp: 'AMBER',
  receivedOn: today,
  reporter: { name: '', contact: '', pgpKeyFingerprint: '', creditConsent: false, creditName: '' },
  product: { name: '', vendorName: '', version: '', url: '' },
  discovery: { method: '', tools: '' },
  poc: { text: '' },
  impact: { description: '', threatModel: '' },
  alreadyPublic: { value: false, references: '' },
  timeConstraints: [],
  vendorAlreadyContacted: { value: false, details: '' },
  checklist: { ...checklist, productLastUpdated: checklist.productLastUpdated ?? '' },
});

const splitList = (text: string, separator: RegExp): string[] =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');

export const toChecklist = (values: IntakeFormValues['checklist']): TriageChecklist => ({
  ...values,
  productLastUpdated: values.productLastUpdated === '' ? null : values.productLastUpdated,
});

/** The Report record for valid form values (parsed, so a bug here fails loudly). */
export function toReport(
  values: IntakeFormValues,
  receivedAt: string,
  attachments: readonly AttachmentId[],
): Report {
  const creditName = values.reporter.creditName.trim();
  return reportSchema.parse({
    schemaVersion: REPORT_SCHEMA_VERSION,
    id: newReportId(),
    caseId: null,
    receivedAt,
    reporter: {
      name: values.reporter.name.trim(),
      contact: values.reporter.contact,
      pgpKeyFingerprint:
        values.reporter.pgpKeyFingerprint === '' ? null : values.reporter.pgpKeyFingerprint,
      creditConsent: values.reporter.creditConsent,
      creditName: values.reporter.creditConsent && creditName !== '' ? creditName : null,
    },
    target: values.kind,
    product: values.product,
    discovery: {
      method: values.discovery.method,
      tools: splitList(values.discovery.tools, /[,\n]/),
    },
    poc: { text: values.poc.text, attachments: [...attachments] },
    impact: values.impact,
    alreadyPublic: {
      value: values.alreadyPublic.value,
      references: splitList(values.alreadyPublic.references, /\n/),
    },
    timeConstraints: values.timeConstraints,
    vendorAlreadyContacted: values.vendorAlreadyContacted,
    checklist: toChecklist(values.checklist),
  });
}
