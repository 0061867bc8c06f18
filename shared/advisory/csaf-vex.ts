import type { AdvisoryDraft } from '../model/advisory-draft';
import type { Language, LocalizedText } from '../model/common';
import type { Result } from '../result';
import { toCsaf, type CsafDocument } from './csaf';
import type { CvssError } from './cvss';
import type { ProductsError } from './product-versions';
import type { AlertCsafError } from './technical-alert-csaf';
import { pick } from './view';
import { vexModel, vulnerabilityName, withEveryVendor, type VexStatement } from './vex-model';

/**
 * CSAF 2.0 `csaf_vex` (§4.5) from the vendor matrix (issue 28): the security advisory's
 * document, product tree and vulnerabilities, with every product's status from vex-model.ts
 * — a `known_not_affected` product carries its justification as a flag or, without one, an
 * impact threat (test 6.1.27.9); a `known_affected` one its remediation (6.1.27.10); a
 * vulnerability without a CVE an `ids` entry (6.1.27.8). Vendors that never answered stand
 * as "all products" under investigation.
 */
export type VexCsafError = CvssError | ProductsError | AlertCsafError | VexNotApplicable;
export type VexNotApplicable = {
  code: 'vex-needs-vulnerabilities';
  message: string;
  text: LocalizedText;
};

const notApplicableText: LocalizedText = {
  en: 'VEX states the status of products for vulnerabilities: this advisory lists none.',
  ja: 'VEX は脆弱性ごとの製品の状態を示します。このアドバイザリには脆弱性がありません。',
};
export const notApplicable: VexNotApplicable = {
  code: 'vex-needs-vulnerabilities',
  message: notApplicableText.en,
  text: notApplicableText,
};

type Grouped<K> = { key: K; productIds: string[] };

/** Product ids grouped by a key, in first-seen order (CSAF lists each group once). */
export function groupBy<K>(
  statements: readonly VexStatement[],
  keyOf: (s: VexStatement) => K | null,
): Grouped<K>[] {
  const groups = new Map<string, Grouped<K>>();
  for (const s of statements) {
    const key = keyOf(s);
    if (key === null) continue;
    const id = JSON.stringify(key);
    const group = groups.get(id) ?? { key, productIds: [] };
    group.productIds.push(s.productId);
    groups.set(id, group);
  }
  return [...groups.values()];
}

/** The VEX parts of one CSAF vulnerability: flags, impact threats, remediations. */
export function vexParts(
  statements: readonly VexStatement[],
  workaround: LocalizedText,
  lang: Language,
) {
  const flags = groupBy(statements, (s) => s.justification).map((g) => ({
    label: g.key,
    product_ids: g.productIds,
  }));
  const threats = groupBy(statements, (s) => (s.impact ? pick(s.impact, lang) : null)).map((g) => ({
    category: 'impact',
    details: g.key,
    product_ids: g.productIds,
  }));
  const affected = statements.filter((s) => s.status === 'known_affected');
  const remedied = groupBy(affected, (s) =>
    s.remediation
      ? { category: s.remediation.category, details: pick(s.remediation.details, lang) }
      : null,
  );
  const workaroundText = pick(workaround, lang).trim();
  const remediations = [
    ...remedied.map((g) => ({ ...g.key, product_ids: g.productIds })),
    ...(workaroundText && affected.length
      ? [
          {
            category: 'workaround',
            details: workaroundText,
            product_ids: affected.map((s) => s.productId),
          },
        ]
      : []),
  ];
  return {
    ...(flags.length ? { flags } : {}),
    ...(threats.length ? { threats } : {}),
    ...(remediations.length ? { remediations } : {}),
  };
}

type CsafVulnerability = Record<string, unknown> & { cve?: string };

export function toCsafVex(
  draft: AdvisoryDraft,
  lang: Language,
): Result<CsafDocument, VexCsafError> {
  if (draft.technicalAlert || draft.vulnerabilities.length === 0) {
    return { ok: false, error: notApplicable };
  }
  const every = withEveryVendor(draft);
  const base = toCsaf(every, lang);
  if (!base.ok) return base;
  const model = vexModel(draft);
  const vulnerabilities = (base.value.vulnerabilities as CsafVulnerability[]).map((v, i) => {
    const vuln = every.vulnerabilities[i];
    const statements = model.statements.filter((s) => s.vulnerabilityId === vuln?.id);
    // toCsaf's remediations are the advisory's; VEX writes each product's own.
    const rest = { ...v };
    delete rest.remediations;
    return {
      ...rest,
      ...(v.cve
        ? {}
        : {
            ids: [
              { system_name: draft.advisoryId, text: vulnerabilityName(draft, vuln?.id ?? '') },
            ],
          }),
      ...vexParts(statements, draft.workarounds, lang),
    };
  });
  const document = { ...base.value.document, category: 'csaf_vex' };
  return { ok: true, value: { ...base.value, document, vulnerabilities } };
}
