import {
  advisoryDraftSchema,
  type AdvisoryDraft,
  type DraftProduct,
  type DraftVendor,
  type VexRemediation,
} from '../../model/advisory-draft';
import {
  involvementStatusSchema,
  productStatusSchema,
  vexJustificationSchema,
} from '../../model/involvement';
import { sampleDraft } from './sample-draft';

/**
 * The generated multi-vendor case of issue 28: 12 vendors in every involvement status (the
 * three silent ones name no product, so VEX must still list them), 40 products over the
 * other nine in every product status, each justification and remediation, half with a
 * PURL and a quarter with a CPE, and two vulnerabilities (one without a CVE, one limited to
 * some products). Deterministic; a CLEAR draft (CSAF 2.1 tests make it AMBER).
 */
const statuses = involvementStatusSchema.options;
const productStatuses = productStatusSchema.options;
const justifications = vexJustificationSchema.options;
const remediations: VexRemediation[] = [
  'vendor_fix',
  'workaround',
  'mitigation',
  'no_fix_planned',
  'none_available',
];

export const VEX_CASE_PRODUCTS = 40;

export function vexCaseDraft(): AdvisoryDraft {
  const base = sampleDraft();
  // Every status once, then the answering ones again: the silent three come last.
  const order = [
    ...statuses.filter((s) => !['not-contacted', 'contacted', 'unreachable'].includes(s)),
    'affected',
    'fixed',
    'not-affected',
    'not-contacted',
    'contacted',
    'unreachable',
  ] as const;
  const vendors: DraftVendor[] = order.map((status, i) => ({
    id: `v${i + 1}`,
    name: { ja: `ベンダ${i + 1}株式会社`, en: `Vendor ${i + 1} Inc.` },
    status,
    statement:
      status === 'not-affected'
        ? { ja: '当社製品は影響を受けません。', en: 'Our products are not affected.' }
        : { ja: '', en: '' },
    dateUpdated: `2026-10-${String(i + 1).padStart(2, '0')}`,
    ...(i % 2 === 0 ? { updatedAt: `2026-10-${String(i + 1).padStart(2, '0')}T01:30:00Z` } : {}),
    clearedForPublication: true,
    unreachableNamePublished: status === 'unreachable',
  }));
  // Every vendor but the silent three (their count grows with the statuses: 13 since 'disputed').
  const answering = vendors.slice(0, vendors.length - 3);
  const products: DraftProduct[] = Array.from({ length: VEX_CASE_PRODUCTS }, (_, i) => {
    const vendor = answering[i % answering.length]!;
    const status = productStatuses[i % productStatuses.length]!;
    const id = `p${i + 1}`;
    const slug = `product-${i + 1}`;
    const identifiers = [
      ...(i % 2 === 0 ? [`pkg:generic/vendor${vendor.id}/${slug}@2.${i}.0`] : []),
      ...(i % 4 === 1 ? [`cpe:2.3:a:vendor_${vendor.id}:${slug}:2.${i}.0:*:*:*:*:*:*:*`] : []),
    ];
    return {
      id,
      vendorId: vendor.id,
      name: { ja: `製品 ${i + 1}`, en: `Product ${i + 1}` },
      versions: [
        {
          id: `${id}-v1`,
          version: `2.${i}.0`,
          range: false,
          label: { ja: `2.${i}.0`, en: `2.${i}.0` },
          status,
          // Every fifth not-affected product has no justification: an impact statement then.
          ...(status === 'known_not_affected' && i % 5 !== 3
            ? { justification: justifications[i % justifications.length]! }
            : {}),
          ...(status === 'known_affected' && i % 3 !== 0
            ? { remediation: remediations[i % remediations.length]! }
            : {}),
        },
      ],
      ...(identifiers.length ? { identifiers } : {}),
    };
  });
  return advisoryDraftSchema.parse({
    ...base,
    case: { ...base.case, tlp: 'CLEAR' },
    advisoryId: 'JVNVU#99887766',
    vendors,
    products,
    vulnerabilities: [
      { ...base.vulnerabilities[0]!, id: 'vuln1', cve: 'CVE-2026-30001' },
      {
        id: 'vuln2',
        title: { ja: '情報漏えい', en: 'Information disclosure' },
        description: {
          ja: '設定ファイルが読み取られる可能性があります。',
          en: 'Configuration files may be read.',
        },
        cvss: { v31: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N' },
        productVersionIds: products.slice(0, 20).map((p) => p.versions[0]!.id),
      },
    ],
    leakGuardContext: { ...base.leakGuardContext, unclearedVendorNames: [] },
  });
}
