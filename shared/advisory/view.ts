import type { AdvisoryDraft } from '../model/advisory-draft';
import type { Language, LocalizedText } from '../model/common';
import type { InvolvementStatus, ProductStatus } from '../model/involvement';
import type { Result } from '../result';
import { computeCvss, type CvssError, type CvssResult } from './cvss';
import { involvementStatusLabels, productStatusLabels, tokyoDateOf, tokyoMomentOf } from './labels';
import { releaseMoment } from './release-moment';

/**
 * One language's view of a draft: exactly what the HTML and Markdown exports print, in
 * JVN order. Both exports are projections of this, so the ja and en files carry the same
 * facts by construction, and the leak guard can name the draft field behind any text.
 */
export type ProductRow = {
  versionId: string;
  vendor: string;
  product: string;
  version: string;
  status: ProductStatus;
  statusLabel: string;
};

export type VulnerabilityView = {
  id: string;
  cve: string | null;
  cwe: { id: string; name: string } | null;
  title: string;
  description: string;
  cvss31: CvssResult | null;
  cvss40: CvssResult | null;
};

export type VendorRow = {
  name: string;
  status: InvolvementStatus;
  statusLabel: string;
  dateUpdated: string;
  statement: string;
};

/** What a technical-alert draft adds to the page (issue 18). */
export type AlertView = {
  cwes: { id: string; name: string }[];
  families: { name: string; identifiers: string[] }[];
  mitigations: string[];
};

export type AdvisoryView = {
  lang: Language;
  advisoryId: string;
  technicalAlert: boolean;
  final: boolean;
  title: string;
  /** `YYYY-MM-DD` in Asia/Tokyo, or null while the draft is unreleased. */
  published: string | null;
  updated: string | null;
  overview: string;
  description: string;
  impact: string;
  solution: string;
  workarounds: string;
  products: ProductRow[];
  vulnerabilities: VulnerabilityView[];
  vendors: VendorRow[];
  references: { url: string; title: string }[];
  credits: string[];
  revisions: { number: string; date: string; summary: string }[];
  publisher: string;
  /** Null unless the draft is a technical alert's. */
  alert: AlertView | null;
};

/** A text in the wanted language, falling back to the other one rather than printing nothing. */
export const pick = (text: LocalizedText, lang: Language): string => {
  const wanted = text[lang].trim();
  return wanted !== '' ? text[lang] : text[lang === 'ja' ? 'en' : 'ja'];
};

const scored = (vector: string | undefined): CvssResult | null | CvssError => {
  if (vector === undefined) return null;
  const r = computeCvss(vector);
  return r.ok ? r.value : r.error;
};

const isError = (v: CvssResult | CvssError | null): v is CvssError => v !== null && 'code' in v;

export function buildView(draft: AdvisoryDraft, lang: Language): Result<AdvisoryView, CvssError> {
  const vendorById = new Map(draft.vendors.map((v) => [v.id, v]));
  const products: ProductRow[] = draft.products.flatMap((p) => {
    const vendor = vendorById.get(p.vendorId);
    return p.versions.map((v) => ({
      versionId: v.id,
      vendor: vendor ? pick(vendor.name, lang) : '',
      product: pick(p.name, lang),
      version: pick(v.label, lang),
      status: v.status,
      statusLabel: productStatusLabels[v.status][lang],
    }));
  });
  const vulnerabilities: VulnerabilityView[] = [];
  for (const v of draft.vulnerabilities) {
    const cvss31 = scored(v.cvss.v31);
    const cvss40 = scored(v.cvss.v40);
    if (isError(cvss31)) return { ok: false, error: cvss31 };
    if (isError(cvss40)) return { ok: false, error: cvss40 };
    vulnerabilities.push({
      id: v.id,
      cve: v.cve ?? null,
      cwe: v.cwe ?? null,
      title: pick(v.title, lang),
      description: pick(v.description, lang),
      cvss31,
      cvss40,
    });
  }
  const moment = releaseMoment(draft);
  return {
    ok: true,
    value: {
      lang,
      advisoryId: draft.advisoryId,
      technicalAlert: draft.advisoryId.startsWith('JVNTA#'),
      final: draft.status === 'final',
      title: pick(draft.title, lang),
      published: moment.initial ? tokyoMomentOf(moment.initial) : null,
      updated: moment.current ? tokyoMomentOf(moment.current) : null,
      overview: pick(draft.overview, lang),
      description: pick(draft.description, lang),
      impact: pick(draft.impact, lang),
      solution: pick(draft.solution, lang),
      workarounds: pick(draft.workarounds, lang),
      products,
      vulnerabilities,
      vendors: draft.vendors.map((v) => ({
        name: pick(v.name, lang),
        status: v.status,
        statusLabel: involvementStatusLabels[v.status][lang],
        dateUpdated: v.dateUpdated,
        statement: pick(v.statement, lang),
      })),
      references: draft.references.map((r) => ({
        url: r.url,
        title: pick(r.title, lang) || r.url,
      })),
      credits: draft.credits.filter((c) => c.consent).map((c) => pick(c.name, lang)),
      revisions: moment.revisions.map((r) => ({
        number: r.number,
        date: tokyoDateOf(r.date),
        summary: pick(r.summary, lang),
      })),
      publisher: pick(draft.publisher.name, lang),
      alert: draft.technicalAlert
        ? {
            cwes: draft.technicalAlert.cwes,
            families: draft.technicalAlert.productFamilies.map((f) => ({
              name: pick(f.name, lang),
              identifiers: f.identifiers,
            })),
            mitigations: draft.technicalAlert.mitigations.map((m) => pick(m, lang)),
          }
        : null,
    },
  };
}
