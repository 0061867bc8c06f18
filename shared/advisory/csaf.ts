import type { AdvisoryDraft } from '../model/advisory-draft';
import type { Language } from '../model/common';
import type { CvssError } from './cvss';
import { computeCvss } from './cvss';
import {
  csafDistribution,
  documentTlp,
  involvements,
  productStatus,
  productTree,
} from './csaf-parts';
import { headings } from './labels';
import { jvnUrl } from './ids';
import { pick } from './view';
import type { Result } from '../result';

/**
 * CSAF 2.0 `csaf_security_advisory` from a draft, in one language (a CSAF document has
 * one `lang`). The publisher is a coordinator; CVSS 4.0 is not part of CSAF 2.0, so its
 * vector goes into a vulnerability note while CVSS 3.1 becomes `scores[].cvss_v3`.
 */
export type CsafDocument = Record<string, unknown> & {
  document: { tracking: { id: string } } & Record<string, unknown>;
};

const noFix = { ja: '対策は提供されていません。', en: 'No fix is available.' };
const draftSummary = { ja: '下書き', en: 'Draft' };

const note = (category: string, title: string, text: string) =>
  text.trim() === '' ? [] : [{ category, title, text }];

function tracking(draft: AdvisoryDraft, lang: Language) {
  const revisions = draft.revisions.map((r) => ({
    date: r.date,
    number: r.number,
    summary: pick(r.summary, lang),
  }));
  // CSAF wants at least one revision; an unreleased draft is version 0 (status draft).
  const history = revisions.length
    ? revisions
    : [{ date: draft.updatedAt, number: '0', summary: draftSummary[lang] }];
  const last = history[history.length - 1];
  return {
    current_release_date: draft.dates.currentRelease ?? last?.date ?? draft.updatedAt,
    generator: { engine: { name: 'Airlock' } },
    id: draft.advisoryId,
    initial_release_date: draft.dates.initialRelease ?? history[0]?.date ?? draft.updatedAt,
    revision_history: history,
    status: draft.status,
    version: last?.number ?? '0',
  };
}

export function toCsaf(draft: AdvisoryDraft, lang: Language): Result<CsafDocument, CvssError> {
  const credits = draft.credits.filter((c) => c.consent);
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
    ...(credits.length
      ? { acknowledgments: credits.map((c) => ({ names: [pick(c.name, lang)], summary: c.role })) }
      : {}),
    category: 'csaf_security_advisory',
    csaf_version: '2.0',
    distribution: csafDistribution(documentTlp(draft), lang),
    lang,
    notes: [
      ...note('summary', headings.overview[lang], pick(draft.overview, lang)),
      ...note('details', headings.description[lang], pick(draft.description, lang)),
      ...note('general', headings.impact[lang], pick(draft.impact, lang)),
      ...note('general', headings.solution[lang], pick(draft.solution, lang)),
      ...note('general', headings.workarounds[lang], pick(draft.workarounds, lang)),
    ],
    publisher: {
      category: 'coordinator',
      ...(draft.publisher.contactDetails
        ? { contact_details: draft.publisher.contactDetails }
        : {}),
      name: pick(draft.publisher.name, lang),
      namespace: draft.publisher.namespace,
    },
    references: [
      { category: 'self', summary: draft.advisoryId, url: jvnUrl(draft.advisoryId, lang) },
      ...draft.references.map((r) => ({
        category: 'external',
        summary: pick(r.title, lang) || r.url,
        url: r.url,
      })),
    ],
    title: pick(draft.title, lang),
    tracking: tracking(draft, lang),
  };
  const doc: CsafDocument = {
    document,
    product_tree: { branches: productTree(draft, lang) },
    vulnerabilities,
  };
  return { ok: true, value: doc };
}
