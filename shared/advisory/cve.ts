import type { AdvisoryDraft, DraftVulnerability } from '../model/advisory-draft';
import type { ProductStatus } from '../model/involvement';
import { computeCvss, type CvssError } from './cvss';
import { jvnUrl } from './ids';
import { releaseMoment } from './release-moment';
import { checkExportProducts, exportVersion, type ProductsError } from './product-versions';
import { parseProductIdentifier } from '../model/product-identifier';
import { markdownToPlainText } from './markdown';
import type { Result } from '../result';

/**
 * CVE JSON 5 records, one per CVE in the draft, in PUBLISHED form (`cveMetadata.state`
 * PUBLISHED, the CNA container with its required providerMetadata, descriptions,
 * affected and references), so each file validates against the official bundled schema.
 * The CNA container is what a CNA submits; the envelope makes the file checkable.
 */
export const CVE_DATA_VERSION = '5.1';

export type CveRecordFile = { cveId: string; fileName: string; record: Record<string, unknown> };
export type CveExportError =
  | CvssError
  | ProductsError
  | { code: 'missing-cve-org-id' | 'no-cve' | 'technical-alert'; message: string };

const cveStatus: Record<ProductStatus, 'affected' | 'unaffected' | 'unknown'> = {
  known_affected: 'affected',
  fixed: 'unaffected',
  known_not_affected: 'unaffected',
  under_investigation: 'unknown',
};

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** Where a PURL type's packages live (CVE `collectionURL`, which gives `packageName` meaning). */
const COLLECTIONS: Record<string, string> = {
  npm: 'https://www.npmjs.com',
  pypi: 'https://pypi.python.org',
  maven: 'https://repo.maven.apache.org/maven2',
  gem: 'https://rubygems.org',
  cargo: 'https://crates.io',
  nuget: 'https://www.nuget.org',
  golang: 'https://pkg.go.dev',
  composer: 'https://packagist.org',
};

/** The product's CPE names and, from its PURL, the package in its collection. */
function identifiers(list: readonly string[] | undefined) {
  const cpes = (list ?? []).filter((i) => i.toLowerCase().startsWith('cpe:'));
  const purl = (list ?? [])
    .map((i) => parseProductIdentifier(i))
    .find((r) => r.ok && r.value.kind === 'purl');
  const pkg = purl?.ok && purl.value.kind === 'purl' ? purl.value.purl : null;
  const collectionURL = pkg ? COLLECTIONS[pkg.type] : undefined;
  return {
    ...(collectionURL && pkg
      ? {
          collectionURL,
          packageName: clip(pkg.namespace ? `${pkg.namespace}/${pkg.name}` : pkg.name, 2048),
        }
      : pkg
        ? { packageName: clip(pkg.name, 2048) }
        : {}),
    ...(cpes.length ? { cpes: [...new Set(cpes)] } : {}),
  };
}

function affected(draft: AdvisoryDraft, vuln: DraftVulnerability) {
  const wanted = vuln.productVersionIds ? new Set(vuln.productVersionIds) : null;
  const vendorName = new Map(draft.vendors.map((v) => [v.id, v.name.en || v.name.ja]));
  return draft.products
    .map((p) => {
      const versions = p.versions
        .filter((v) => !wanted || wanted.has(v.id))
        .map((v) => {
          const status = cveStatus[v.status];
          // checkExportProducts refused versions that are neither; the raw text is a fallback.
          const version = exportVersion(v.version);
          return version?.kind === 'range'
            ? { ...version.cve, versionType: 'custom', status }
            : { version: clip(version?.version ?? v.version, 1024), status };
        });
      return {
        vendor: clip(vendorName.get(p.vendorId) ?? 'N/A', 512),
        product: clip(p.name.en || p.name.ja, 2048),
        ...identifiers(p.identifiers),
        versions,
        defaultStatus: 'unknown',
      };
    })
    .filter((a) => a.versions.length > 0);
}

function metrics(vuln: DraftVulnerability): Result<object[], CvssError> {
  const out: object[] = [];
  for (const [vector, key] of [
    [vuln.cvss.v40, 'cvssV4_0'],
    [vuln.cvss.v31, 'cvssV3_1'],
  ] as const) {
    if (vector === undefined) continue;
    const r = computeCvss(vector);
    if (!r.ok) return r;
    out.push({
      format: 'CVSS',
      scenarios: [{ lang: 'en', value: 'GENERAL' }],
      [key]: r.value.json,
    });
  }
  return { ok: true, value: out };
}

const texts = (ja: string, en: string, max: number) => [
  ...(en.trim() ? [{ lang: 'en', value: clip(en, max) }] : []),
  ...(ja.trim() ? [{ lang: 'ja', value: clip(ja, max) }] : []),
];

export function toCveRecords(draft: AdvisoryDraft): Result<CveRecordFile[], CveExportError> {
  // A technical alert is about a class of vulnerability; a CVE names one product's flaw and
  // is recorded with that product's own advisory, so the alert has no CVE record to give.
  if (draft.technicalAlert !== undefined) {
    return {
      ok: false,
      error: {
        code: 'technical-alert',
        message:
          'a technical alert describes a class of vulnerability and has no CVE record: export CSAF, HTML or Markdown',
      },
    };
  }
  const orgId = draft.publisher.cveOrgId;
  if (orgId === undefined) {
    return {
      ok: false,
      error: { code: 'missing-cve-org-id', message: 'publisher.cveOrgId (CNA orgId) is not set' },
    };
  }
  const products = checkExportProducts(draft);
  if (!products.ok) return products;
  const shortName = draft.publisher.cveShortName;
  const credits = draft.credits
    .filter((c) => c.consent)
    .flatMap((c) => texts(c.name.ja, c.name.en, 4096).map((t) => ({ ...t, type: c.role })));
  const references = [
    { url: jvnUrl(draft.advisoryId, 'en'), name: draft.advisoryId, tags: ['third-party-advisory'] },
    { url: jvnUrl(draft.advisoryId, 'ja'), name: draft.advisoryId, tags: ['third-party-advisory'] },
    ...draft.references.map((r) => ({
      url: r.url,
      ...(r.title.en.trim() ? { name: clip(r.title.en, 512) } : {}),
    })),
  ].filter((r, i, all) => all.findIndex((o) => o.url === r.url) === i);
  const moment = releaseMoment(draft);
  const out: CveRecordFile[] = [];
  for (const vuln of draft.vulnerabilities) {
    if (vuln.cve === undefined) continue;
    const m = metrics(vuln);
    if (!m.ok) return m;
    const descriptions = texts(
      markdownToPlainText(vuln.description.ja),
      markdownToPlainText(vuln.description.en),
      4096,
    );
    const cna = {
      providerMetadata: { orgId, ...(shortName ? { shortName } : {}) },
      title: clip(vuln.title.en || vuln.title.ja, 256),
      ...(moment.initial ? { datePublic: moment.initial } : {}),
      descriptions: descriptions.length ? descriptions : [{ lang: 'en', value: vuln.cve }],
      affected: affected(draft, vuln),
      ...(vuln.cwe
        ? {
            problemTypes: [
              {
                descriptions: [
                  {
                    lang: 'en',
                    cweId: vuln.cwe.id,
                    description: `${vuln.cwe.id} ${vuln.cwe.name}`,
                    type: 'CWE',
                  },
                ],
              },
            ],
          }
        : {}),
      ...(m.value.length ? { metrics: m.value } : {}),
      references,
      ...(credits.length ? { credits } : {}),
    };
    out.push({
      cveId: vuln.cve,
      fileName: `${vuln.cve}.json`,
      record: {
        dataType: 'CVE_RECORD',
        dataVersion: CVE_DATA_VERSION,
        cveMetadata: {
          cveId: vuln.cve,
          assignerOrgId: orgId,
          ...(shortName ? { assignerShortName: shortName } : {}),
          state: 'PUBLISHED',
          ...(moment.initial ? { datePublished: moment.initial } : {}),
          ...(moment.current ? { dateUpdated: moment.current } : {}),
        },
        containers: { cna },
      },
    });
  }
  if (out.length === 0) {
    return {
      ok: false,
      error: { code: 'no-cve', message: 'the draft has no vulnerability with a CVE ID' },
    };
  }
  return { ok: true, value: out };
}
