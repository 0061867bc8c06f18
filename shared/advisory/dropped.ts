import type { AdvisoryDraft } from '../model/advisory-draft';
import type { LocalizedText } from '../model/common';
import type { AdvisoryFormat } from './render';

/**
 * The loss report (issue 28, item 5): what of the case the chosen format cannot carry, so
 * the analyst knows what its recipient will not see. One source, many formats: the screen
 * lists it before an export and `airlock advisory render` prints it as `dropped`. Only what
 * the draft actually holds is listed (no CVSS line for a draft without CVSS).
 */
export type DroppedItem = { code: DroppedCode; text: LocalizedText };
export type DroppedCode =
  | 'vendor-statements'
  | 'cvss'
  | 'cvss-v4'
  | 'cwe'
  | 'ssvc'
  | 'revision-history'
  | 'credits'
  | 'references'
  | 'tlp-amber-strict'
  | 'silent-vendors'
  | 'vex-justifications'
  | 'narrative';

const texts: Record<DroppedCode, LocalizedText> = {
  'vendor-statements': {
    en: 'Vendor statements (the vendor information table)',
    ja: '製品開発者のコメント（ベンダ情報の表）',
  },
  cvss: { en: 'CVSS scores and vectors', ja: 'CVSS の値とベクトル' },
  'cvss-v4': {
    en: 'CVSS v4.0 as a score (CSAF 2.0 carries it only as a note)',
    ja: 'CVSS v4.0 の値（CSAF 2.0 では注記としてのみ記載）',
  },
  cwe: { en: 'CWE', ja: 'CWE' },
  ssvc: { en: 'SSVC coordinator decisions', ja: 'SSVC の調整機関の判断' },
  'revision-history': { en: 'Revision history', ja: '更新履歴' },
  credits: { en: 'Credits (finder acknowledgement)', ja: '謝辞（発見者のクレジット）' },
  references: { en: 'References', ja: '参考情報' },
  'tlp-amber-strict': {
    en: 'TLP:AMBER+STRICT as a label (CSAF 2.0 has TLP 1.0: AMBER with the restriction in text)',
    ja: 'TLP:AMBER+STRICT のラベル（CSAF 2.0 は TLP 1.0 のため AMBER と本文の制限で表します）',
  },
  'silent-vendors': {
    en: 'Vendors that never answered (only named products are listed)',
    ja: '回答のない製品開発者（製品が分かっているもののみ記載）',
  },
  'vex-justifications': {
    en: 'Why a product is not affected (VEX justifications)',
    ja: '影響を受けない理由（VEX の根拠）',
  },
  narrative: {
    en: 'Overview, impact, solution and workaround texts',
    ja: '概要、影響、対策、回避策の本文',
  },
};

const has = (t: LocalizedText): boolean => t.ja.trim() !== '' || t.en.trim() !== '';

/** What the draft holds, each a fact a format may or may not carry. */
function holdings(draft: AdvisoryDraft, ssvc: boolean): Set<DroppedCode> {
  const held = new Set<DroppedCode>();
  const vulns = draft.vulnerabilities;
  if (draft.vendors.some((v) => has(v.statement))) held.add('vendor-statements');
  if (vulns.some((v) => v.cvss.v31 ?? v.cvss.v40)) held.add('cvss');
  if (vulns.some((v) => v.cvss.v40)) held.add('cvss-v4');
  if (vulns.some((v) => v.cwe)) held.add('cwe');
  if (ssvc) held.add('ssvc');
  if (draft.revisions.length > 0) held.add('revision-history');
  if (draft.credits.some((c) => c.consent)) held.add('credits');
  if (draft.references.length > 0) held.add('references');
  if (draft.status !== 'final' && draft.case.tlp === 'AMBER+STRICT') held.add('tlp-amber-strict');
  const named = new Set(draft.products.map((p) => p.vendorId));
  if (draft.vendors.some((v) => !named.has(v.id))) held.add('silent-vendors');
  const versions = draft.products.flatMap((p) => p.versions);
  if (versions.some((v) => v.justification)) held.add('vex-justifications');
  if ([draft.overview, draft.impact, draft.solution, draft.workarounds].some(has)) {
    held.add('narrative');
  }
  return held;
}

/** What a CVE record cannot carry; its CNA container (`cve-cna`) is the record's content. */
const CVE_DROPS: readonly DroppedCode[] = [
  'vendor-statements',
  'ssvc',
  'revision-history',
  'silent-vendors',
  'vex-justifications',
  'narrative',
];

/** What each format cannot carry of those facts. */
const cannotCarry: Record<AdvisoryFormat, readonly DroppedCode[]> = {
  csaf: ['ssvc', 'cvss-v4', 'tlp-amber-strict', 'silent-vendors', 'vex-justifications'],
  'csaf-vex': ['ssvc', 'cvss-v4', 'tlp-amber-strict'],
  csaf21: [],
  cve: CVE_DROPS,
  'cve-cna': CVE_DROPS,
  openvex: [
    'vendor-statements',
    'cvss',
    'cwe',
    'ssvc',
    'revision-history',
    'credits',
    'references',
  ],
  cyclonedx: ['vendor-statements', 'ssvc', 'revision-history', 'credits', 'references'],
  html: ['ssvc', 'silent-vendors', 'vex-justifications'],
  md: ['ssvc', 'silent-vendors', 'vex-justifications'],
};

/** A `csaf_withdrawn` / `csaf_superseded` document keeps only its document part (the
 *  reasoning, references, credits, history); a CSAF 2.1 document without vulnerabilities
 *  (a technical alert) has nowhere to put SSVC metrics. */
const csaf21Withdrawn: readonly DroppedCode[] = [
  'vendor-statements',
  'cvss',
  'cvss-v4',
  'cwe',
  'ssvc',
  'silent-vendors',
  'vex-justifications',
  'narrative',
];

const lossOf = (draft: AdvisoryDraft, format: AdvisoryFormat): readonly DroppedCode[] => {
  if (format !== 'csaf21') return cannotCarry[format];
  if (draft.withdrawal) return csaf21Withdrawn;
  return draft.vulnerabilities.length === 0 ? ['ssvc'] : cannotCarry.csaf21;
};

export function droppedBy(
  draft: AdvisoryDraft,
  format: AdvisoryFormat,
  options: { ssvc?: boolean } = {},
): DroppedItem[] {
  const held = holdings(draft, options.ssvc ?? false);
  return lossOf(draft, format)
    .filter((code) => held.has(code))
    .map((code) => ({ code, text: texts[code] }));
}
