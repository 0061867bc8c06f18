import type { LocalizedText } from '../model/common';
import { FIELDS, t, vulnerability } from './field-names';
import type { ExportCheck } from './validate-export';

/**
 * A validator's failure in the analyst's words: which field of the advisory editor it is
 * about ("Vulnerability 1 → CWE", not `/vulnerabilities/0/cwe/name`) and what is wrong, in
 * both languages. The validators' own text stays in the CLI's JSON output.
 */
export type ExportFailure = { field: LocalizedText; problem: LocalizedText; test: string };

const CSAF_VULN_PARTS: Record<string, keyof typeof FIELDS> = {
  cve: 'cve',
  cwe: 'cwe',
  scores: 'cvss',
  title: 'vulnTitle',
  notes: 'description',
  involvements: 'involvements',
  product_status: 'productStatus',
  remediations: 'remediations',
  acknowledgments: 'credits',
};

const CSAF_DOC_PARTS: Record<string, keyof typeof FIELDS> = {
  title: 'title',
  notes: 'notes',
  publisher: 'publisher',
  tracking: 'tracking',
  references: 'references',
  distribution: 'distribution',
  lang: 'lang',
  source_lang: 'lang',
  acknowledgments: 'credits',
};

const CVE_CNA_PARTS: Record<string, keyof typeof FIELDS> = {
  affected: 'products',
  problemTypes: 'cwe',
  metrics: 'cvss',
  descriptions: 'description',
  title: 'title',
  references: 'references',
  datePublic: 'datePublic',
  providerMetadata: 'cnaPublisher',
  credits: 'credits',
  solutions: 'remediations',
  workarounds: 'remediations',
};

const field = (key: keyof typeof FIELDS | undefined): LocalizedText =>
  FIELDS[key ?? 'document'] ?? FIELDS.document ?? t('', '');

/** The editor field a JSON pointer into a CSAF document or a CVE record is about. */
export function fieldOfPointer(pointer: string): LocalizedText {
  const [first, second, third] = pointer.split('/').slice(1);
  if (first === 'document') return field(CSAF_DOC_PARTS[second ?? '']);
  if (first === 'product_tree') return field('products');
  if (first === 'vulnerabilities' && second !== undefined && /^\d+$/.test(second)) {
    return vulnerability(Number(second), field(CSAF_VULN_PARTS[third ?? ''] ?? 'document'));
  }
  if (first === 'vulnerabilities') return field('cve');
  if (first === 'cveMetadata') return field(second === 'cveId' ? 'cve' : 'datePublic');
  if (first === 'containers' && second === 'cna') return field(CVE_CNA_PARTS[third ?? '']);
  return field('document');
}

const MANDATORY: Record<string, LocalizedText> = {
  mandatoryTest_6_1_1: t(
    'names a product that is not in the product list',
    '製品一覧にない製品を参照しています',
  ),
  mandatoryTest_6_1_2: t('lists a product twice', '同じ製品が二度登録されています'),
  mandatoryTest_6_1_6: t(
    'gives one product two contradicting statuses',
    '一つの製品に矛盾する状態が付いています',
  ),
  mandatoryTest_6_1_8: t('has a CVSS vector that is not valid', 'CVSS ベクトルが正しくありません'),
  mandatoryTest_6_1_9: t(
    'has a CVSS score that does not match its vector',
    'CVSS スコアがベクトルと一致しません',
  ),
  mandatoryTest_6_1_11: t(
    "has a CWE id or name that is not MITRE's (pick the CWE from the catalogue)",
    'CWE の番号か名称が MITRE の CWE と一致しません（一覧から選んでください）',
  ),
  mandatoryTest_6_1_14: t('has revisions out of order', '更新履歴の順序が正しくありません'),
  mandatoryTest_6_1_16: t(
    'has a version that is not the latest revision',
    '版番号が最新の更新履歴と一致しません',
  ),
  mandatoryTest_6_1_24: t(
    'has two entries for one vendor on the same date',
    '同じ日付に同じ関係者の記録が二つあります',
  ),
  mandatoryTest_6_1_31: t(
    'writes a version range where an exact version is expected',
    '版の範囲が個別の版として書かれています',
  ),
};

const SCHEMA: Record<string, (p: Record<string, unknown>) => LocalizedText> = {
  required: (p) =>
    t(`is missing (${String(p.missingProperty)})`, `ありません（${String(p.missingProperty)}）`),
  minItems: () => t('is empty: add at least one entry', '空です。少なくとも一つ入力してください'),
  minProperties: () =>
    t('is empty: add at least one entry', '空です。少なくとも一つ入力してください'),
  minLength: () => t('is empty', '空です'),
  pattern: () => t('is not in the expected form', '形式が正しくありません'),
  format: () => t('is not in the expected form', '形式が正しくありません'),
  enum: () => t('has a value that is not allowed', '使えない値があります'),
  type: () => t('has the wrong kind of value', '値の種類が正しくありません'),
  uniqueItems: () => t('lists the same entry twice', '同じ項目が二つあります'),
  additionalProperties: () => t('has an unexpected entry', '想定外の項目があります'),
};

/** One validator failure as the screen lists it. */
export function describeExportFailure(check: ExportCheck): ExportFailure {
  const mandatory = MANDATORY[check.test];
  const schema = check.keyword ? SCHEMA[check.keyword] : undefined;
  const testNumber = /^mandatoryTest_(.+)$/.exec(check.test)?.[1]?.replace(/_/g, '.');
  const problem =
    mandatory ??
    schema?.(check.params ?? {}) ??
    (testNumber
      ? t(
          `fails CSAF mandatory test ${testNumber}`,
          `CSAF の必須テスト ${testNumber} を満たしていません`,
        )
      : t('does not match the format', '形式に合いません'));
  return { field: fieldOfPointer(check.instancePath), problem, test: check.test };
}

/** The distinct failures of a document, each field and problem once, in document order. */
export function describeExportFailures(checks: readonly ExportCheck[]): ExportFailure[] {
  const seen = new Set<string>();
  const out: ExportFailure[] = [];
  for (const c of checks) {
    const f = describeExportFailure(c);
    const key = `${f.field.en}|${f.problem.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
