import type {
  AdvisoryDraft,
  DraftProduct,
  DraftVendor,
  VexRemediation,
} from '../model/advisory-draft';
import type { LocalizedText } from '../model/common';
import type { InvolvementStatus, ProductStatus, VexJustification } from '../model/involvement';
import { productIdOf } from './csaf-parts';

/**
 * The vendor matrix as VEX (issue 28): one statement per (vulnerability, product version),
 * read once here and written by each VEX format (CSAF `csaf_vex`, OpenVEX, CycloneDX, CSAF
 * 2.1), so they cannot disagree about a product's status. A vendor that never answered is
 * never dropped: when it named no product, it stands as one product "all products" under
 * investigation (CSAF 2.1: `unknown`), marked `silent`.
 */
export type VexStatement = {
  /** The draft's vulnerability id (`vuln1`). */
  vulnerabilityId: string;
  /** What VEX tools match on: the CVE, else the advisory id and the draft's id. */
  vulnerabilityName: string;
  /** CSAF product id (`CSAFPID-p1-v1`), also the CycloneDX bom-ref and the OpenVEX product. */
  productId: string;
  vendorId: string;
  status: ProductStatus;
  /** `known_not_affected` only: the vendor's machine-readable reason, when it gave one. */
  justification: VexJustification | null;
  /** `known_not_affected` without a justification: why, in words (VEX needs one or the other). */
  impact: LocalizedText | null;
  /** `known_affected` only: what the user can do. */
  remediation: { category: VexRemediation; details: LocalizedText } | null;
  /** The vendor never answered (not contacted, contacted without reply, unreachable). */
  silent: boolean;
  /** When the status was last known true: the vendor's last reply or contact attempt. */
  timestamp: string;
};

export type VexProduct = {
  id: string;
  versionId: string;
  vendorId: string;
  vendor: LocalizedText;
  /** Product name and version label as people read them. */
  name: LocalizedText;
  /** The machine-readable version or vers range (`2.1.0`, `vers:generic/<=2.1.0`, `*`). */
  version: string;
  purl: string | null;
  cpe: string | null;
};

export type VexModel = { products: VexProduct[]; statements: VexStatement[] };

export const SILENT_STATUSES: ReadonlySet<InvolvementStatus> = new Set([
  'not-contacted',
  'contacted',
  'unreachable',
]);

export const isSilent = (vendor: DraftVendor): boolean => SILENT_STATUSES.has(vendor.status);

const allProducts: LocalizedText = { ja: '全製品', en: 'all products' };
const allVersions: LocalizedText = { ja: '全バージョン', en: 'all versions' };

/**
 * The draft with one placeholder product for each vendor that named none, so every VEX
 * format (and the CSAF product tree) lists that vendor. Its status is under investigation
 * until the vendor says otherwise. Version ids are `<vendor id>-all-v` (never a draft id:
 * draft product ids are `p<n>`).
 */
export function withEveryVendor(draft: AdvisoryDraft): AdvisoryDraft {
  const named = new Set(draft.products.map((p) => p.vendorId));
  const placeholders: DraftProduct[] = draft.vendors
    .filter((v) => !named.has(v.id))
    .map((v) => ({
      id: `${v.id}-all`,
      vendorId: v.id,
      name: allProducts,
      versions: [
        {
          id: `${v.id}-all-v`,
          version: '*',
          range: true,
          label: allVersions,
          status: 'under_investigation',
        },
      ],
    }));
  if (placeholders.length === 0) return draft;
  return {
    ...draft,
    products: [...draft.products, ...placeholders],
    // A vulnerability that names its products still concerns every silent vendor's.
    vulnerabilities: draft.vulnerabilities.map((v) =>
      v.productVersionIds
        ? {
            ...v,
            productVersionIds: [
              ...v.productVersionIds,
              ...placeholders.flatMap((p) => p.versions.map((x) => x.id)),
            ],
          }
        : v,
    ),
  };
}

const noFix: LocalizedText = { ja: '対策は提供されていません。', en: 'No fix is available.' };
const notAffected: LocalizedText = {
  ja: '製品開発者は、この製品は影響を受けないと報告しています。',
  en: 'The vendor reported that this product is not affected.',
};

/** Tokyo midnight of a vendor's update date when the draft predates `updatedAt`. */
const vendorInstant = (vendor: DraftVendor | undefined, fallback: string): string =>
  vendor?.updatedAt ?? (vendor ? `${vendor.dateUpdated}T00:00:00+09:00` : fallback);

export const vulnerabilityName = (draft: AdvisoryDraft, id: string, cve?: string): string =>
  cve ?? `${draft.advisoryId}/${id}`;

export function vexModel(source: AdvisoryDraft): VexModel {
  const draft = withEveryVendor(source);
  const vendorById = new Map(draft.vendors.map((v) => [v.id, v]));
  const solution = draft.solution;
  const hasSolution = solution.ja.trim() !== '' || solution.en.trim() !== '';
  const products: VexProduct[] = draft.products.flatMap((p) => {
    const vendor = vendorById.get(p.vendorId);
    const purl = p.identifiers?.find((i) => i.toLowerCase().startsWith('pkg:')) ?? null;
    const cpe = p.identifiers?.find((i) => i.toLowerCase().startsWith('cpe:')) ?? null;
    return p.versions.map((v) => ({
      id: productIdOf(v.id),
      versionId: v.id,
      vendorId: p.vendorId,
      vendor: vendor?.name ?? { ja: '', en: '' },
      name: { ja: `${p.name.ja} ${v.label.ja}`, en: `${p.name.en} ${v.label.en}` },
      version: v.version,
      purl,
      cpe,
    }));
  });
  const versionById = new Map(
    draft.products.flatMap((p) => p.versions.map((v) => [v.id, { product: p, version: v }])),
  );
  const statements: VexStatement[] = [];
  for (const vuln of draft.vulnerabilities) {
    const ids = vuln.productVersionIds ?? [...versionById.keys()];
    for (const id of ids) {
      const found = versionById.get(id);
      if (found === undefined) continue;
      const { product, version } = found;
      const vendor = vendorById.get(product.vendorId);
      const status = version.status;
      const justification =
        status === 'known_not_affected' ? (version.justification ?? null) : null;
      const statement = vendor?.statement;
      const hasStatement = statement !== undefined && (statement.ja || statement.en) !== '';
      statements.push({
        vulnerabilityId: vuln.id,
        vulnerabilityName: vulnerabilityName(draft, vuln.id, vuln.cve),
        productId: productIdOf(version.id),
        vendorId: product.vendorId,
        status,
        justification,
        impact:
          status === 'known_not_affected' && justification === null
            ? hasStatement
              ? statement
              : notAffected
            : null,
        remediation:
          status === 'known_affected'
            ? {
                category: version.remediation ?? (hasSolution ? 'vendor_fix' : 'none_available'),
                details: hasSolution ? solution : noFix,
              }
            : null,
        silent: vendor !== undefined && isSilent(vendor),
        timestamp: vendorInstant(vendor, draft.updatedAt),
      });
    }
  }
  return { products, statements };
}

/** The (vulnerability, product) → status and justification pairs a round trip must keep. */
export const vexKey = (s: Pick<VexStatement, 'vulnerabilityName' | 'productId'>): string =>
  `${s.vulnerabilityName}|${s.productId}`;
