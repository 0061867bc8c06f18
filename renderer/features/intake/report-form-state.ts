// How a finder's report form travels from the import screen to intake: in the router
// location's state, never stored. Intake reads it back through the document's own schema,
// so nothing but a valid report form fills the fields.
import {
  reportFormDocumentSchema,
  type ReportFormDocument,
} from '../../../shared/exchange/report-form/document';

export type ReportFormState = { reportForm: ReportFormDocument; fileName: string };

export const reportFormState = (doc: ReportFormDocument, fileName: string): ReportFormState => ({
  reportForm: doc,
  fileName,
});

export function readReportFormState(state: unknown): ReportFormState | null {
  if (typeof state !== 'object' || state === null) return null;
  const { reportForm, fileName } = state as Partial<Record<keyof ReportFormState, unknown>>;
  const parsed = reportFormDocumentSchema.safeParse(reportForm);
  if (!parsed.success || typeof fileName !== 'string') return null;
  return { reportForm: parsed.data, fileName };
}
