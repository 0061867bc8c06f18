import type { AdvisoryDraft, DraftTechnicalAlert } from '../model/advisory-draft';
import type { Language } from '../model/common';
import { parseProductIdentifier } from '../model/product-identifier';
import { failWith, ok, type CodedError, type Result } from '../result';
import { csafDocumentBase, csafReferences, note, type CsafDocument } from './csaf-document';
import { headings } from './labels';
import { pick } from './view';

/**
 * A technical alert (JVNTA#, issue 18) as CSAF 2.0 `csaf_informational_advisory` (CSAF 2.0
 * §4.3): information about a class of vulnerability, not one product's flaw, so it has no
 * `/vulnerabilities` (mandatory test 6.1.27.3), at least one note of category description,
 * details, general or summary (6.1.27.1) and at least one `external` reference (6.1.27.2):
 * the alert's own references and, for each CWE, CWE's definition page. Product families
 * with PURL or CPE identifiers are named in the product tree so tools can match them.
 */
export type AlertCsafErrorCode = 'csaf-needs-note' | 'csaf-needs-reference';
export type AlertCsafError = CodedError<AlertCsafErrorCode>;

export const cweDefinitionUrl = (id: string): string =>
  `https://cwe.mitre.org/data/definitions/${id.replace(/^CWE-/, '')}.html`;

const list = (lines: string[]): string => lines.map((l) => `- ${l}`).join('\n');

type FullProductName = {
  name: string;
  product_id: string;
  product_identification_helper: { cpe: string } | { purl: string };
};

/** One product per identifier of each family (a CSAF helper holds one CPE or one PURL). */
const fullProductNames = (alert: DraftTechnicalAlert, lang: Language): FullProductName[] =>
  alert.productFamilies.flatMap((f) =>
    f.identifiers.flatMap((raw, j): FullProductName[] => {
      const parsed = parseProductIdentifier(raw);
      if (!parsed.ok) return []; // the draft schema admits only valid identifiers
      const helper = parsed.value.kind === 'purl' ? { purl: raw } : { cpe: raw };
      const name = `${pick(f.name, lang)} (${raw})`;
      return [
        { name, product_id: `CSAFPID-${f.id}-${j + 1}`, product_identification_helper: helper },
      ];
    }),
  );

export function toAlertCsaf(
  draft: AdvisoryDraft,
  alert: DraftTechnicalAlert,
  lang: Language,
): Result<CsafDocument, AlertCsafError> {
  const families = alert.productFamilies.map((f) => {
    const ids = f.identifiers.length ? ` (${f.identifiers.join(', ')})` : '';
    return `${pick(f.name, lang)}${ids}`;
  });
  const notes = [
    ...note('summary', headings.overview[lang], pick(draft.overview, lang)),
    ...note('details', headings.description[lang], pick(draft.description, lang)),
    ...note('general', headings.productFamilies[lang], list(families)),
    ...note('general', headings.impact[lang], pick(draft.impact, lang)),
    ...note(
      'general',
      headings.mitigations[lang],
      list(alert.mitigations.map((m) => pick(m, lang))),
    ),
    ...note('general', headings.solution[lang], pick(draft.solution, lang)),
    ...note('general', headings.workarounds[lang], pick(draft.workarounds, lang)),
    ...note(
      'general',
      headings.relatedCwe[lang],
      list(alert.cwes.map((c) => `${c.id}: ${c.name}`)),
    ),
  ];
  if (notes.length === 0) {
    return failWith('csaf-needs-note', 'CSAF needs the alert’s overview or description');
  }
  const references = [
    ...csafReferences(draft, lang),
    ...alert.cwes.map((c) => ({
      category: 'external',
      summary: `${c.id}: ${c.name}`,
      url: cweDefinitionUrl(c.id),
    })),
  ];
  if (!references.some((r) => r.category === 'external')) {
    return failWith(
      'csaf-needs-reference',
      'CSAF needs an external reference: add a reference URL or a CWE to the alert',
    );
  }
  const products = fullProductNames(alert, lang);
  return ok({
    document: {
      ...csafDocumentBase(draft, lang),
      category: 'csaf_informational_advisory',
      notes,
      references,
    },
    ...(products.length ? { product_tree: { full_product_names: products } } : {}),
  });
}
