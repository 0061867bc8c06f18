import type { AdvisoryDraft, DraftVulnerability } from '../model/advisory-draft';
import type { Language, Tlp } from '../model/common';
import type { InvolvementStatus, ProductStatus } from '../model/involvement';
import { involvementStatusLabels } from './labels';
import { pick } from './view';
import { exportVersion } from './product-versions';

/** Pieces of the CSAF 2.0 document: product tree, TLP, involvements, product status. */
export type CsafBranch = {
  category: 'vendor' | 'product_name' | 'product_version' | 'product_version_range';
  name: string;
  branches?: CsafBranch[];
  product?: {
    product_id: string;
    name: string;
    product_identification_helper?: { purl?: string; cpe?: string };
  };
};

/** CSAF's helper takes one PURL and one CPE: the first of each the product carries. */
export const identificationHelper = (identifiers: readonly string[] | undefined) => {
  const purl = identifiers?.find((i) => i.toLowerCase().startsWith('pkg:'));
  const cpe = identifiers?.find((i) => i.toLowerCase().startsWith('cpe:'));
  return purl || cpe
    ? { product_identification_helper: { ...(cpe ? { cpe } : {}), ...(purl ? { purl } : {}) } }
    : {};
};

/** A public export is published as CLEAR once released; before that it keeps the case TLP. */
export const documentTlp = (draft: AdvisoryDraft): Tlp =>
  draft.status === 'final' ? 'CLEAR' : draft.case.tlp;

const tlpText: Record<Tlp, Record<Language, string>> = {
  CLEAR: {
    ja: 'TLP:CLEAR（CSAF 2.0 の TLP 1.0 ラベルでは WHITE）。公開情報として制限なく共有できます。',
    en: 'TLP:CLEAR (TLP 1.0 label WHITE in CSAF 2.0). Disclosure is not limited.',
  },
  GREEN: {
    ja: 'TLP:GREEN。コミュニティ内に限り共有できます。公開はできません。',
    en: 'TLP:GREEN. Limited disclosure, recipients may share within their community; not for public release.',
  },
  AMBER: {
    ja: 'TLP:AMBER。受信者の組織とその顧客に、知る必要のある範囲でのみ共有できます。',
    en: 'TLP:AMBER. Limited disclosure, recipients may share with their organisation and its clients on a need-to-know basis.',
  },
  'AMBER+STRICT': {
    ja: 'TLP:AMBER+STRICT。受信者の組織内に限り共有できます（顧客への共有は不可）。CSAF 2.0 は TLP 1.0 ラベルのため AMBER と記載しています。',
    en: 'TLP:AMBER+STRICT. Recipients may share only within their own organisation, not with clients. CSAF 2.0 uses TLP 1.0 labels, so the label is AMBER with this restriction.',
  },
  RED: {
    ja: 'TLP:RED。受信者本人限りです。',
    en: 'TLP:RED. For the eyes and ears of individual recipients only, no further disclosure.',
  },
};

/** CSAF 2.0 only knows TLP 1.0: CLEAR is WHITE, AMBER+STRICT is AMBER plus the text. */
export const csafDistribution = (tlp: Tlp, lang: Language) => ({
  text: tlpText[tlp][lang],
  tlp: {
    label: tlp === 'CLEAR' ? 'WHITE' : tlp === 'AMBER+STRICT' ? 'AMBER' : tlp,
    url: 'https://www.first.org/tlp/',
  },
});

/** Product ids are the draft's version ids: stable across languages and re-exports. */
export const productIdOf = (versionId: string): string => `CSAFPID-${versionId}`;

export function productTree(draft: AdvisoryDraft, lang: Language): CsafBranch[] {
  return draft.vendors
    .map((vendor): CsafBranch => {
      const vendorName = pick(vendor.name, lang);
      const products = draft.products.filter((p) => p.vendorId === vendor.id);
      return {
        category: 'vendor',
        name: vendorName,
        branches: products.map((p) => ({
          category: 'product_name',
          name: pick(p.name, lang),
          branches: p.versions.map((v) => {
            // checkExportProducts refused versions that are neither; the raw text is a fallback.
            const version = exportVersion(v.version);
            return {
              category: version?.kind === 'exact' ? 'product_version' : 'product_version_range',
              name:
                version === null
                  ? v.version
                  : version.kind === 'exact'
                    ? version.version
                    : version.vers,
              product: {
                product_id: productIdOf(v.id),
                name: `${vendorName} ${pick(p.name, lang)} ${pick(v.label, lang)}`,
                ...identificationHelper(p.identifiers),
              },
            };
          }),
        })),
      };
    })
    .filter((b) => (b.branches ?? []).length > 0);
}

/** Every product version the vulnerability concerns, grouped by its CSAF status. */
export function productStatus(
  draft: AdvisoryDraft,
  vuln: DraftVulnerability,
): Partial<Record<ProductStatus, string[]>> {
  const wanted = vuln.productVersionIds ? new Set(vuln.productVersionIds) : null;
  const out: Partial<Record<ProductStatus, string[]>> = {};
  for (const p of draft.products) {
    for (const v of p.versions) {
      if (wanted && !wanted.has(v.id)) continue;
      (out[v.status] ??= []).push(productIdOf(v.id));
    }
  }
  return out;
}

const involvementStatus: Record<InvolvementStatus, string> = {
  'not-contacted': 'not_contacted',
  contacted: 'contact_attempted',
  unreachable: 'contact_attempted',
  acknowledged: 'in_progress',
  investigating: 'in_progress',
  affected: 'completed',
  'not-affected': 'completed',
  fixed: 'completed',
  declined: 'open',
  // Issue 27: CSAF's own status for a vendor that contests the vulnerability.
  disputed: 'disputed',
};

/** Least advanced first; a dispute leads, so vendors sharing a date never hide it. */
const involvementOrder = [
  'disputed',
  'not_contacted',
  'contact_attempted',
  'open',
  'in_progress',
  'completed',
];

/**
 * The vendor matrix as CSAF involvements. CSAF allows one involvement per party and date
 * (mandatory test 6.1.24), and every vendor is the party `vendor`: vendors whose status
 * changed on the same day share one entry, its summary naming each with its status and its
 * status the least advanced of theirs.
 */
export function involvements(draft: AdvisoryDraft, lang: Language) {
  const byDate = new Map<string, { status: string; summaries: string[] }>();
  for (const v of draft.vendors) {
    const statement = pick(v.statement, lang).trim();
    const label = involvementStatusLabels[v.status][lang];
    const summary = `${pick(v.name, lang)}: ${label}${statement ? ` — ${statement}` : ''}`;
    const status = involvementStatus[v.status];
    const entry = byDate.get(v.dateUpdated);
    if (entry === undefined) {
      byDate.set(v.dateUpdated, { status, summaries: [summary] });
      continue;
    }
    entry.summaries.push(summary);
    if (involvementOrder.indexOf(status) < involvementOrder.indexOf(entry.status)) {
      entry.status = status;
    }
  }
  return [...byDate].map(([date, e]) => ({
    party: 'vendor',
    status: e.status,
    date: `${date}T00:00:00+09:00`,
    summary: e.summaries.join('\n'),
  }));
}
