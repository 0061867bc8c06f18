import type { AdvisoryDraft, VexRemediation } from '../model/advisory-draft';
import type { Language } from '../model/common';
import type { ProductStatus, VexJustification } from '../model/involvement';
import type { Result } from '../result';
import { notApplicable, type VexNotApplicable } from './csaf-vex';
import { computeCvss, type CvssError } from './cvss';
import { releaseMoment } from './release-moment';
import { pick } from './view';
import { vexModel, type VexStatement } from './vex-model';

/**
 * CycloneDX 1.6 VEX (issue 28, item 1c): each product version a component (bom-ref = its
 * CSAF product id, with PURL / CPE), each vulnerability one entry per vendor and analysis —
 * CycloneDX gives one `analysis` to all the products a vulnerability entry `affects`.
 * CycloneDX has its own justification words; the five CSAF / OpenVEX ones map one-to-one
 * (so a reader gets back exactly what the vendor said) and are also named in `detail`.
 */
const state: Record<ProductStatus, string> = {
  known_affected: 'exploitable',
  known_not_affected: 'not_affected',
  fixed: 'resolved',
  under_investigation: 'in_triage',
};

export const CYCLONEDX_JUSTIFICATION: Record<VexJustification, string> = {
  component_not_present: 'requires_dependency',
  vulnerable_code_not_present: 'code_not_present',
  vulnerable_code_not_in_execute_path: 'code_not_reachable',
  vulnerable_code_cannot_be_controlled_by_adversary: 'requires_environment',
  inline_mitigations_already_exist: 'protected_by_mitigating_control',
};

const response: Record<VexRemediation, string[]> = {
  vendor_fix: ['update'],
  workaround: ['workaround_available'],
  mitigation: ['workaround_available'],
  no_fix_planned: ['will_not_fix'],
  // No fix yet is not "cannot fix": CycloneDX has no word for it, the detail says it.
  none_available: [],
};

const silentNote = { ja: '製品開発者から回答がありません。', en: 'The vendor has not answered.' };

const detailOf = (s: VexStatement, lang: Language): string =>
  [
    s.silent ? silentNote[lang] : '',
    s.justification ? `CSAF/OpenVEX justification: ${s.justification}` : '',
    s.impact ? pick(s.impact, lang) : '',
    s.remediation ? pick(s.remediation.details, lang) : '',
  ]
    .filter((t) => t.trim() !== '')
    .join('\n');

const ratingsOf = (vectors: (string | undefined)[]): Result<object[], CvssError> => {
  const ratings = [];
  for (const vector of vectors) {
    if (vector === undefined) continue;
    const r = computeCvss(vector);
    if (!r.ok) return r;
    ratings.push({
      method: r.value.version === '4.0' ? 'CVSSv4' : 'CVSSv31',
      vector: r.value.vector,
      score: r.value.baseScore,
      severity: r.value.baseSeverity.toLowerCase(),
    });
  }
  return { ok: true, value: ratings };
};

export function toCycloneDx(
  draft: AdvisoryDraft,
  lang: Language,
): Result<Record<string, unknown>, VexNotApplicable | CvssError> {
  if (draft.technicalAlert || draft.vulnerabilities.length === 0) {
    return { ok: false, error: notApplicable };
  }
  const model = vexModel(draft);
  const moment = releaseMoment(draft);
  const components = model.products.map((p) => ({
    type: 'application',
    'bom-ref': p.id,
    supplier: { name: pick(p.vendor, lang) },
    name: pick(p.name, lang),
    version: p.version,
    ...(p.cpe ? { cpe: p.cpe } : {}),
    ...(p.purl ? { purl: p.purl } : {}),
  }));
  const vulnerabilities = [];
  for (const vuln of draft.vulnerabilities) {
    const ratings = ratingsOf([vuln.cvss.v31, vuln.cvss.v40]);
    if (!ratings.ok) return ratings;
    // One entry per vendor and analysis: the statements that share every analysis field.
    const groups = new Map<string, VexStatement[]>();
    for (const s of model.statements.filter((x) => x.vulnerabilityId === vuln.id)) {
      const key = JSON.stringify([s.vendorId, s.status, s.justification, s.remediation, s.impact]);
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    let n = 0;
    for (const statements of groups.values()) {
      const s = statements[0]!; // a group is made with its first statement
      n += 1;
      const detail = detailOf(s, lang);
      const responses = s.remediation ? response[s.remediation.category] : [];
      vulnerabilities.push({
        'bom-ref': `${vuln.id}-${n}`,
        id: s.vulnerabilityName,
        ...(vuln.cve
          ? { source: { name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${vuln.cve}` } }
          : {}),
        ...(ratings.value.length ? { ratings: ratings.value } : {}),
        ...(vuln.cwe ? { cwes: [Number(vuln.cwe.id.slice(4))] } : {}),
        description: pick(vuln.title, lang),
        ...(moment.initial ? { published: moment.initial } : {}),
        ...(moment.current ? { updated: moment.current } : {}),
        analysis: {
          state: state[s.status],
          ...(s.justification ? { justification: CYCLONEDX_JUSTIFICATION[s.justification] } : {}),
          ...(responses.length ? { response: responses } : {}),
          ...(detail ? { detail } : {}),
          lastUpdated: s.timestamp,
        },
        affects: statements.map((x) => ({ ref: x.productId })),
      });
    }
  }
  return {
    ok: true,
    value: {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      serialNumber: `urn:uuid:${draft.id}`,
      version: Math.max(1, moment.revisions.length),
      metadata: {
        timestamp: moment.current ?? draft.updatedAt,
        tools: { components: [{ type: 'application', name: 'Airlock' }] },
        supplier: { name: pick(draft.publisher.name, lang), url: [draft.publisher.namespace] },
      },
      components,
      vulnerabilities,
    },
  };
}
