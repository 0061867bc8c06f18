import type { AdvisoryDraft } from '../model/advisory-draft';
import type { Language } from '../model/common';
import type { Result } from '../result';
import { toCsaf, type CsafDocument } from './csaf';
import { vexParts, type VexCsafError } from './csaf-vex';
import { documentTlp } from './csaf-parts';
import { computeCvss } from './cvss';
import { CWE_CATALOGUE } from './cwe-catalogue';
import { releaseMoment } from './release-moment';
import { preDisclosure } from './pre-disclosure';
import { sharedBeforeDisclosure } from './tlp-audience';
import { pick } from './view';
import { vexModel, withEveryVendor } from './vex-model';

/**
 * CSAF 2.1 (OASIS CSD, issue 28 item 2) beside 2.0, which stays the default: TLP 2.0 labels,
 * `metrics[].content` with cvss_v3 / cvss_v4 (and ssvc_v2 when the caller passes the case's
 * SSVC SelectionLists), `cwes[]`, each vulnerability's `disclosure_date`, `unknown` for the
 * products of vendors that never answered, a sharing group for a draft shared with vendors
 * before its disclosure date, and `csaf_withdrawn` / `csaf_superseded` from the draft's
 * withdrawal. Checked by csaf-validator-lib's `csaf_2_1` test set (validate-export.ts).
 */
export const CSAF_21_SCHEMA = 'https://docs.oasis-open.org/csaf/csaf/v2.1/schema/csaf.json';

export type Csaf21Options = {
  lang: Language;
  /** SSVC SelectionList 2.0.0 documents (the case's coordinator decisions), put into every
   *  vulnerability's metrics as `ssvc_v2`. Made and stored by the SSVC work (issue 28 item 3). */
  ssvc?: readonly Record<string, unknown>[];
};

const sharingGroupName = {
  ja: '公表前の製品開発者との共有',
  en: 'Pre-disclosure sharing with the vendors',
};

const withdrawalTitles = {
  withdrawn: 'Reasoning for Withdrawal',
  superseded: 'Reasoning for Supersession',
} as const;

type Branch = {
  branches?: Branch[];
  product?: { product_identification_helper?: { purl?: string; cpe?: string } };
};

/** CSAF 2.1 names a product's package URLs as a list (`purls`), 2.0 as one `purl`. */
const withPurls = (branches: readonly Branch[]): Branch[] =>
  branches.map((b) => {
    const helper = b.product?.product_identification_helper;
    const { purl, ...restHelper } = helper ?? {};
    return {
      ...b,
      ...(b.branches ? { branches: withPurls(b.branches) } : {}),
      ...(b.product && helper
        ? {
            product: {
              ...b.product,
              product_identification_helper: { ...restHelper, ...(purl ? { purls: [purl] } : {}) },
            },
          }
        : {}),
    };
  });

type Vuln = Record<string, unknown> & { product_status: Record<string, string[]> };

function withdrawnDocument(draft: AdvisoryDraft, base: CsafDocument, lang: Language): CsafDocument {
  const w = draft.withdrawal!; // the caller checked it
  const references = (base.document.references as Record<string, unknown>[] | undefined) ?? [];
  return {
    $schema: CSAF_21_SCHEMA,
    document: {
      ...base.document,
      category: w.kind === 'withdrawn' ? 'csaf_withdrawn' : 'csaf_superseded',
      notes: [
        { category: 'description', title: withdrawalTitles[w.kind], text: pick(w.reason, lang) },
      ],
      references: [
        ...references,
        ...(w.supersededBy
          ? [
              {
                category: 'external',
                summary: `Superseding Document: ${w.supersededBy.advisoryId}`,
                url: w.supersededBy.url,
              },
            ]
          : []),
      ],
    },
  };
}

export function toCsaf21(
  draft: AdvisoryDraft,
  options: Csaf21Options,
): Result<CsafDocument, VexCsafError> {
  const { lang } = options;
  const every = withEveryVendor(draft);
  const base = toCsaf(every, lang);
  if (!base.ok) return base;
  const tlp = documentTlp(draft);
  const moment = releaseMoment(draft);
  const disclosure = moment.initial;
  const early = preDisclosure(draft);
  const notes = (base.value.document.notes as Record<string, unknown>[] | undefined) ?? [];
  const document = {
    ...base.value.document,
    csaf_version: '2.1',
    distribution: {
      ...(sharedBeforeDisclosure(draft)
        ? { sharing_group: { id: draft.case.id, name: sharingGroupName[lang] } }
        : {}),
      ...(early ? { text: early.text[lang] } : {}),
      tlp: { label: tlp, url: 'https://www.first.org/tlp/' },
    },
    // A copy made before publication says so in a note a reader sees first.
    ...(early
      ? {
          notes: [
            { category: 'general', title: early.title[lang], text: early.text[lang] },
            ...notes,
          ],
        }
      : {}),
  };
  if (draft.withdrawal) {
    return { ok: true, value: withdrawnDocument(draft, { ...base.value, document }, lang) };
  }
  const model = vexModel(draft);
  const silent = new Set(model.statements.filter((s) => s.silent).map((s) => s.productId));
  const vulnerabilities = [];
  for (const [i, v] of (base.value.vulnerabilities as Vuln[] | undefined)?.entries() ?? []) {
    const vuln = every.vulnerabilities[i]!; // toCsaf keeps the draft's order
    const statements = model.statements.filter((s) => s.vulnerabilityId === vuln.id);
    const rest: Record<string, unknown> = { ...v };
    for (const key of ['cwe', 'scores', 'remediations', 'product_status']) delete rest[key];
    // A silent vendor's product is not under investigation by anyone: its status is unknown.
    const status: Record<string, string[]> = {};
    for (const [key, ids] of Object.entries(v.product_status)) {
      for (const id of ids) {
        const to = key === 'under_investigation' && silent.has(id) ? 'unknown' : key;
        (status[to] ??= []).push(id);
      }
    }
    const products = Object.values(status).flat();
    const content: Record<string, unknown> = {};
    for (const vector of [vuln.cvss.v31, vuln.cvss.v40]) {
      if (vector === undefined) continue;
      const r = computeCvss(vector);
      if (!r.ok) return r;
      content[r.value.version === '4.0' ? 'cvss_v4' : 'cvss_v3'] = r.value.json;
    }
    const metrics = [
      ...(Object.keys(content).length ? [{ content, products }] : []),
      ...(options.ssvc ?? []).map((selection) => ({ content: { ssvc_v2: selection }, products })),
    ];
    vulnerabilities.push({
      ...rest,
      ...(vuln.cwe
        ? { cwes: [{ id: vuln.cwe.id, name: vuln.cwe.name, version: CWE_CATALOGUE.version }] }
        : {}),
      ...(disclosure ? { disclosure_date: disclosure } : {}),
      ...(metrics.length ? { metrics } : {}),
      product_status: status,
      ...vexParts(statements, draft.workarounds, lang),
    });
  }
  return {
    ok: true,
    value: {
      $schema: CSAF_21_SCHEMA,
      document,
      product_tree: {
        branches: withPurls((base.value.product_tree as { branches: Branch[] }).branches),
      },
      vulnerabilities,
    },
  };
}
