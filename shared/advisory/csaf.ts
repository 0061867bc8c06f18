import type { AdvisoryDraft } from '../model/advisory-draft';
import type { Language } from '../model/common';
import type { CvssError } from './cvss';
import { computeCvss } from './cvss';
import { involvements, productStatus, productTree } from './csaf-parts';
import { csafDocumentBase, csafReferences, note, type CsafDocument } from './csaf-document';
import { headings } from './labels';
import { pick } from './view';
import type { Result } from '../result';
import { toAlertCsaf, type AlertCsafError } from './technical-alert-csaf';
import { checkExportProducts, type ProductsError } from './product-versions';

/**
 * CSAF 2.0 `csaf_security_advisory` from a draft, in one language (a CSAF document has
 * one `lang`). The publisher is a coordinator; CVSS 4.0 is not part of CSAF 2.0, so its
 * vector goes into a vulnerability note while CVSS 3.1 becomes `scores[].cvss_v3`.
 */
export type { CsafDocument } from './csaf-document';

const noFix = { ja: '対策は提供されていません。', en: 'No fix is available.' };

export function toCsaf(
  draft: AdvisoryDraft,
  lang: Language,
): Result<CsafDocument, CvssError | AlertCsafError | ProductsError> {
  if (draft.technicalAlert) return toAlertCsaf(draft, draft.technicalAlert, lang);
  // CSAF's product tree and each vulnerability's product_status may not be empty.
  const products = checkExportProducts(draft);
  if (!products.ok) return products;
  const vulnerabilities = [];
  for (const v of draft.vulnerabilities) {
    const status = productStatus(draft, v);
    const affected = status.known_affected ?? [];
    const scoredProducts = affected.length ? affected : Object.values(status).flat();
    const scores = [];
    const notes = [
      { category: 'description', title: pick(v.title, lang), text: pick(v.description, lang) },
    ];
    if (v.cvss.v31) {
      const r = computeCvss(v.cvss.v31);
      if (!r.ok) return r;
      if (scoredProducts.length) scores.push({ products: scoredProducts, cvss_v3: r.value.json });
    }
    if (v.cvss.v40) {
      const r = computeCvss(v.cvss.v40);
      if (!r.ok) return r;
      notes.push({
        category: 'other',
        title: 'CVSS v4.0',
        text: `${r.value.vector} (${headings.baseScore[lang]}: ${r.value.baseScore.toFixed(1)} ${r.value.baseSeverity})`,
      });
    }
    const solution = pick(draft.solution, lang).trim();
    const workaround = pick(draft.workarounds, lang).trim();
    const remediations = affected.length
      ? [
          solution
            ? { category: 'vendor_fix', details: solution, product_ids: affected }
            : { category: 'none_available', details: noFix[lang], product_ids: affected },
          ...(workaround
            ? [{ category: 'workaround', details: workaround, product_ids: affected }]
            : []),
        ]
      : [];
    vulnerabilities.push({
      ...(v.cve ? { cve: v.cve } : {}),
      ...(v.cwe ? { cwe: { id: v.cwe.id, name: v.cwe.name } } : {}),
      ...(draft.vendors.length ? { involvements: involvements(draft, lang) } : {}),
      notes,
      product_status: status,
      ...(remediations.length ? { remediations } : {}),
      ...(scores.length ? { scores } : {}),
      title: pick(v.title, lang),
    });
  }
  const document = {
    ...csafDocumentBase(draft, lang),
    category: 'csaf_security_advisory',
    notes: [
      ...note('summary', headings.overview[lang], pick(draft.overview, lang)),
      ...note('details', headings.description[lang], pick(draft.description, lang)),
      ...note('general', headings.impact[lang], pick(draft.impact, lang)),
      ...note('general', headings.solution[lang], pick(draft.solution, lang)),
      ...note('general', headings.workarounds[lang], pick(draft.workarounds, lang)),
    ],
    references: csafReferences(draft, lang),
  };
  const doc: CsafDocument = {
    document,
    product_tree: { branches: productTree(draft, lang) },
    vulnerabilities,
  };
  return { ok: true, value: doc };
}
