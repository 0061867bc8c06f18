import type { AdvisoryDraft, DraftVulnerability } from '../model/advisory-draft';
import type { ProductStatus } from '../model/involvement';
import { computeCvss, type CvssError } from './cvss';
import { jvnUrl } from './ids';
import { releaseMoment } from './release-moment';
import { checkExportProducts, exportVersion, type ProductsError } from './product-versions';
import { parseProductIdentifier } from '../model/product-identifier';
import { markdownToPlainText } from './markdown';
import { ok, type Result } from '../result';
import { cpeApplicability } from './cve-cpe';

/**
 * CVE JSON 5 records, one per CVE in the draft, in PUBLISHED form (`cveMetadata.state`
 * PUBLISHED, the CNA container with its required providerMetadata, descriptions,
 * affected and references), so each file validates against the official bundled schema.
 * The CNA container is what a CNA submits (`toCveCnaContainers`, checked against the CNA
 * published container schema); the envelope makes the file checkable. Version 5.1.1 adds
 * `cpeApplicability`, filled from the products' CPE names (cve-cpe.ts).
 */
export const CVE_DATA_VERSION = '5.1.1';

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

type CnaContext = {
  orgId: string;
  shortName: string | undefined;
  credits: object[];
  references: object[];
  datePublic: string | undefined;
};

/** What every container of the draft shares, or why the draft has no CVE export. */
function cnaContext(draft: AdvisoryDraft): Result<CnaContext, CveExportError> {
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
  return ok({
    orgId,
    shortName: draft.publisher.cveShortName,
    credits,
    references,
    datePublic: releaseMoment(draft).initial ?? undefined,
  });
}

/** The CNA container of one vulnerability: what `cve publish --cve-json-file` sends. */
function cnaContainer(
  draft: AdvisoryDraft,
  vuln: DraftVulnerability & { cve: string },
  ctx: CnaContext,
): Result<Record<string, unknown>, CveExportError> {
  const m = metrics(vuln);
  if (!m.ok) return m;
  const descriptions = texts(
    markdownToPlainText(vuln.description.ja),
    markdownToPlainText(vuln.description.en),
    4096,
  );
  const cpe = cpeApplicability(draft, vuln);
  return ok({
    providerMetadata: { orgId: ctx.orgId, ...(ctx.shortName ? { shortName: ctx.shortName } : {}) },
    title: clip(vuln.title.en || vuln.title.ja, 256),
    ...(ctx.datePublic ? { datePublic: ctx.datePublic } : {}),
    descriptions: descriptions.length ? descriptions : [{ lang: 'en', value: vuln.cve }],
    affected: affected(draft, vuln),
    ...(cpe.length ? { cpeApplicability: cpe } : {}),
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
    references: ctx.references,
    ...(ctx.credits.length ? { credits: ctx.credits } : {}),
  });
}

/** The vulnerabilities whose CVE ID is ours to publish: another CNA's ID is that CNA's
 *  record (`cveCna`), never one under our orgId. */
const ownCves = (draft: AdvisoryDraft) =>
  draft.vulnerabilities.flatMap((v) =>
    v.cve !== undefined && v.cveCna === undefined ? [{ ...v, cve: v.cve }] : [],
  );

const noCve = (): Result<never, CveExportError> => ({
  ok: false,
  error: {
    code: 'no-cve',
    message: 'the draft has no vulnerability with a CVE ID of ours (another CNA publishes its own)',
  },
});

type OwnContainers = {
  ctx: CnaContext;
  list: { cveId: string; container: Record<string, unknown> }[];
};

function ownContainers(draft: AdvisoryDraft): Result<OwnContainers, CveExportError> {
  const ctx = cnaContext(draft);
  if (!ctx.ok) return ctx;
  const list = [];
  for (const vuln of ownCves(draft)) {
    const container = cnaContainer(draft, vuln, ctx.value);
    if (!container.ok) return container;
    list.push({ cveId: vuln.cve, container: container.value });
  }
  return list.length === 0 ? noCve() : ok({ ctx: ctx.value, list });
}

/** Each of our CVE IDs' CNA container, with the ID (the file cvelib publishes). */
export function toCveCnaContainers(
  draft: AdvisoryDraft,
): Result<OwnContainers['list'], CveExportError> {
  const r = ownContainers(draft);
  return r.ok ? ok(r.value.list) : r;
}

export function toCveRecords(draft: AdvisoryDraft): Result<CveRecordFile[], CveExportError> {
  const r = ownContainers(draft);
  if (!r.ok) return r;
  const { orgId, shortName } = r.value.ctx;
  const moment = releaseMoment(draft);
  return ok(
    r.value.list.map(({ cveId, container }) => ({
      cveId,
      fileName: `${cveId}.json`,
      record: {
        dataType: 'CVE_RECORD',
        dataVersion: CVE_DATA_VERSION,
        cveMetadata: {
          cveId,
          assignerOrgId: orgId,
          ...(shortName ? { assignerShortName: shortName } : {}),
          state: 'PUBLISHED',
          ...(moment.initial ? { datePublished: moment.initial } : {}),
          ...(moment.current ? { dateUpdated: moment.current } : {}),
        },
        containers: { cna: container },
      },
    })),
  );
}
