// The intake form filled from a finder's report form (issue 27 item 6): every field the
// finder wrote, the checklist answered by the engine's rule (reportFormChecklist). The
// analyst still checks each field and creates the case; nothing is stored before that.
import type { ReportFormDocument } from '../../../shared/exchange/report-form/document';
import type { Language } from '../../../shared/model';
import { reportFormChecklist } from '../../../shared/workflow/report-form-intake';
import { emptyIntakeForm, type IntakeFormValues } from './intake-form';

export function reportFormValues(doc: ReportFormDocument, today: string): IntakeFormValues {
  const empty = emptyIntakeForm(today, reportFormChecklist(doc));
  const { reporter } = doc;
  return {
    ...empty,
    title: doc.title,
    kind: doc.kind,
    reporter: {
      name: reporter.name,
      // The Report has no organisation of its own: it stays beside how to reach the finder.
      contact:
        reporter.organisation.trim() === ''
          ? reporter.contact
          : `${reporter.contact} (${reporter.organisation})`,
      pgpKeyFingerprint: reporter.pgpKeyFingerprint ?? '',
      creditConsent: reporter.creditConsent,
      creditName: reporter.creditName,
    },
    product: { ...doc.product },
    discovery: { method: doc.discovery.method, tools: doc.discovery.tools.join(', ') },
    poc: { text: doc.poc },
    impact: { ...doc.impact },
    alreadyPublic: {
      value: doc.alreadyPublic.value,
      references: doc.alreadyPublic.references.join('\n'),
    },
    timeConstraints: doc.timeConstraints.map((c) => ({ ...c })),
    vendorAlreadyContacted: {
      value: doc.otherParties.contacted,
      details: doc.otherParties.details,
    },
  };
}

/** The language the letters to the finder start in: the one the finder wrote the report form
 *  in (an English report is answered in English); a report typed in by hand, Japanese. */
export const letterLanguageOf = (doc: ReportFormDocument | null | undefined): Language =>
  doc?.language ?? 'ja';
