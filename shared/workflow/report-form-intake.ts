// What a finder's report form answers of the intake checklist (issue 27 item 6): the items
// the policy asks the finder to state are answered from what they wrote; every item that is
// the analyst's own assessment keeps its starting answer (intakeStartingChecklist).
import type { TriageChecklist } from '../model';
import type { ReportFormDocument } from '../exchange/report-form/document';
import { intakeStartingChecklist } from './intake-support';

const given = (...texts: readonly string[]) =>
  texts.some((t) => t.trim() !== '') ? ('yes' as const) : ('no' as const);

export function reportFormChecklist(doc: ReportFormDocument): TriageChecklist {
  return {
    ...intakeStartingChecklist(),
    exactVersionAndLink: given(doc.product.version) === 'yes' ? given(doc.product.url) : 'no',
    discoveryMethodGiven: given(doc.discovery.method),
    pocGiven: given(doc.poc),
    impactDescribed: given(doc.impact.description, doc.impact.threatModel),
    alreadyPublic: doc.alreadyPublic.value ? 'yes' : 'no',
    // The form asks both questions of every finder: an empty answer is "none".
    timeConstraintsStated: 'yes',
    vendorContactStated: 'yes',
  };
}
