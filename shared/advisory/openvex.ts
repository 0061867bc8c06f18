import type { AdvisoryDraft } from '../model/advisory-draft';
import type { Language } from '../model/common';
import type { ProductStatus } from '../model/involvement';
import type { Result } from '../result';
import { notApplicable, type VexNotApplicable } from './csaf-vex';
import { releaseMoment } from './release-moment';
import { pick } from './view';
import { vexModel, type VexProduct } from './vex-model';

/**
 * OpenVEX 0.2.0 (issue 28, item 1b) from the vendor matrix: one statement per
 * (vulnerability, product) as vex-model.ts reads it, timestamped when its vendor last spoke
 * (the reply or contact attempt behind the vendor row). A product is named by an IRI under
 * the publisher's namespace ending in its CSAF product id (`…/vex/jvn_12345678/CSAFPID-p1-v1`), so the three VEX formats name
 * the same product the same way, with its PURL / CPE 2.3 as `identifiers`. A vendor that
 * never answered stays `under_investigation` with a status note saying so.
 */
export const OPENVEX_CONTEXT = 'https://openvex.dev/ns/v0.2.0';

const openvexStatus: Record<ProductStatus, string> = {
  known_affected: 'affected',
  known_not_affected: 'not_affected',
  fixed: 'fixed',
  under_investigation: 'under_investigation',
};

const silentNote = {
  ja: '製品開発者から回答がありません。',
  en: 'The vendor has not answered.',
};

/** `JVN#12345678` → `jvn_12345678`: a path segment for the document and product IRIs. */
export const advisorySlug = (advisoryId: string): string =>
  advisoryId.toLowerCase().replace(/[^a-z0-9-]/g, '_');

export const documentIri = (draft: AdvisoryDraft): string =>
  `${draft.publisher.namespace.replace(/\/+$/, '')}/vex/${advisorySlug(draft.advisoryId)}`;

const productEntry = (iri: string, p: VexProduct) => ({
  // A path, not a fragment: strict IRI checkers (ajv-formats-draft2019) take only absolute IRIs.
  '@id': `${iri}/${p.id}`,
  ...(p.purl || p.cpe
    ? {
        identifiers: {
          ...(p.purl ? { purl: p.purl } : {}),
          ...(p.cpe ? { cpe23: p.cpe } : {}),
        },
      }
    : {}),
});

export function toOpenVex(
  draft: AdvisoryDraft,
  lang: Language,
): Result<Record<string, unknown>, VexNotApplicable> {
  if (draft.technicalAlert || draft.vulnerabilities.length === 0) {
    return { ok: false, error: notApplicable };
  }
  const model = vexModel(draft);
  const iri = documentIri(draft);
  const productById = new Map(model.products.map((p) => [p.id, p]));
  const vulnById = new Map(draft.vulnerabilities.map((v) => [v.id, v]));
  const moment = releaseMoment(draft);
  const statements = model.statements.map((s) => {
    const product = productById.get(s.productId);
    const vuln = vulnById.get(s.vulnerabilityId);
    return {
      vulnerability: {
        name: s.vulnerabilityName,
        ...(vuln ? { description: pick(vuln.title, lang) } : {}),
      },
      timestamp: s.timestamp,
      products: product ? [productEntry(iri, product)] : [],
      status: openvexStatus[s.status],
      ...(product ? { supplier: pick(product.vendor, lang) } : {}),
      ...(s.silent ? { status_notes: silentNote[lang] } : {}),
      ...(s.justification ? { justification: s.justification } : {}),
      ...(s.impact ? { impact_statement: pick(s.impact, lang) } : {}),
      ...(s.remediation ? { action_statement: pick(s.remediation.details, lang) } : {}),
    };
  });
  return {
    ok: true,
    value: {
      '@context': OPENVEX_CONTEXT,
      '@id': iri,
      author: pick(draft.publisher.name, lang),
      role: 'Coordinator',
      timestamp: moment.initial ?? draft.updatedAt,
      last_updated: moment.current ?? draft.updatedAt,
      version: Math.max(1, moment.revisions.length),
      tooling: 'Airlock',
      statements,
    },
  };
}

/** The product id an OpenVEX product IRI of ours ends in (for reading a document back). */
export const productIdOfIri = (iri: string): string => iri.slice(iri.lastIndexOf('/') + 1);
