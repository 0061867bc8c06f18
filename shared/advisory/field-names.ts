import type { LocalizedText } from '../model/common';

/**
 * The advisory's fields as the analyst knows them from the editor ("Vulnerability 1 →
 * Description (English)"), never a path such as `vulnerabilities[0].description.en` or a
 * JSON pointer. One vocabulary for the export validators' failures (export-failures.ts), the
 * leak guard's findings and the editor's own checks (`fieldOfDraftPath`).
 */
export const t = (en: string, ja: string): LocalizedText => ({ en, ja });

export const FIELDS: Record<string, LocalizedText> = {
  title: t('Title', 'タイトル'),
  notes: t(
    'Overview, description, impact, solution or workarounds',
    '概要・詳細情報・想定される影響・対策方法・回避策',
  ),
  publisher: t('Publisher (Settings)', '発行者（設定）'),
  tracking: t('Release dates and revision history', '公開日と更新履歴'),
  references: t('References', '参考情報'),
  distribution: t('TLP', 'TLP'),
  lang: t('Export language', '出力言語'),
  products: t('Products (vendor information)', '製品（ベンダ情報）'),
  cve: t('CVE', 'CVE'),
  cwe: t('CWE', 'CWE'),
  cvss: t('CVSS', 'CVSS'),
  vulnTitle: t('Title', 'タイトル'),
  description: t('Description', '詳細情報'),
  involvements: t('Vendor status', 'ベンダの状況'),
  productStatus: t('Affected products', '影響を受ける製品'),
  remediations: t('Solution and workarounds', '対策方法と回避策'),
  credits: t('Credits', '謝辞'),
  datePublic: t('Publication date', '公開日'),
  cnaPublisher: t('CVE CNA organisation (Settings)', 'CVE の CNA 組織（設定）'),
  document: t('The whole document', '文書全体'),
};

export const vulnerability = (i: number, part: LocalizedText): LocalizedText =>
  t(`Vulnerability ${i + 1} → ${part.en}`, `脆弱性 ${i + 1} → ${part.ja}`);

/** The editor's own names of the draft's fields (renderer/features/advisories/messages.ts). */
const TOP: Record<string, LocalizedText> = {
  advisoryId: t('Advisory ID', 'アドバイザリ ID'),
  title: FIELDS.title ?? t('Title', 'タイトル'),
  overview: t('Overview', '概要'),
  description: FIELDS.description ?? t('Description', '詳細情報'),
  impact: t('Impact', '想定される影響'),
  solution: t('Solution', '対策方法'),
  workarounds: t('Workarounds', '回避策'),
  dates: t('Release dates', '公開日'),
  status: t('Draft status', '下書きの状態'),
};

const PUBLISHER: Record<string, LocalizedText> = {
  name: t('Publisher name', '発行者名'),
  namespace: t('Publisher namespace (web site)', '発行者の名前空間（Web サイト）'),
  contactDetails: t('Publisher contact details', '発行者の連絡先'),
  cveOrgId: t('CNA orgId', 'CNA の orgId'),
  cveShortName: t('CNA short name', 'CNA の略称'),
};

/** A list's entry: its name and, per part, the part's name. */
type ListNames = { entry: (n: number) => LocalizedText; parts: Record<string, LocalizedText> };

const LISTS: Record<string, ListNames> = {
  vulnerabilities: {
    entry: (n) => t(`Vulnerability ${n}`, `脆弱性 ${n}`),
    parts: {
      title: t('Title', 'タイトル'),
      description: t('Description', '詳細情報'),
      cve: t('CVE ID', 'CVE ID'),
      cwe: t('CWE', 'CWE'),
      cvss31: t('CVSS 3.1 vector', 'CVSS 3.1 ベクトル'),
      cvss40: t('CVSS 4.0 vector', 'CVSS 4.0 ベクトル'),
    },
  },
  vendors: {
    entry: (n) => t(`Vendor ${n}`, `ベンダ ${n}`),
    parts: { name: t('Name', '名称'), statement: t('Statement', 'ベンダの声明') },
  },
  products: {
    entry: (n) => t(`Product ${n}`, `製品 ${n}`),
    parts: {
      name: t('Name', '名称'),
      versions: t('Versions', 'バージョン'),
      label: t('Version label', 'バージョンの表記'),
      version: t('Version', 'バージョン'),
    },
  },
  references: {
    entry: (n) => t(`Reference ${n}`, `参考情報 ${n}`),
    parts: { title: t('Title', 'タイトル'), url: t('Reference URL', '参考情報の URL') },
  },
  credits: {
    entry: (n) => t(`Credit ${n}`, `謝辞 ${n}`),
    parts: { name: t('Name', '名称') },
  },
  revisions: {
    entry: (n) => t(`Revision ${n}`, `更新履歴 ${n}`),
    parts: { summary: t('Summary', '概要') },
  },
  productFamilies: {
    entry: (n) => t(`Product family ${n}`, `製品群 ${n}`),
    parts: { name: t('Name', '名称'), identifiers: t('Identifiers', '識別子') },
  },
  mitigations: { entry: (n) => t(`Mitigation ${n}`, `緩和策 ${n}`), parts: {} },
  cwes: { entry: (n) => t(`CWE ${n}`, `CWE ${n}`), parts: { name: t('Name', '名称') } },
};

const OTHER: Record<string, LocalizedText> = {
  'case.tlp': t('TLP of the case', '案件の TLP'),
};

const LANGS: Record<string, LocalizedText> = {
  ja: t(' (Japanese)', '（日本語）'),
  en: t(' (English)', '（英語）'),
};

const join = (parts: readonly LocalizedText[], suffix: LocalizedText | undefined) =>
  t(
    parts.map((p) => p.en).join(' → ') + (suffix?.en ?? ''),
    parts.map((p) => p.ja).join(' → ') + (suffix?.ja ?? ''),
  );

const segmentsOf = (path: string | readonly PropertyKey[]): (string | number)[] =>
  (typeof path === 'string' ? path.split(/[.[\]]+/) : path.map(String))
    .filter((s) => s !== '')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/** The parts of a list entry: `[0].description` → "Vulnerability 1 → Description". */
const listEntry = (list: ListNames, rest: readonly (string | number)[]): LocalizedText[] | null => {
  const [index, part, sub] = rest;
  if (typeof index !== 'number') return null;
  const names = [list.entry(index + 1)];
  if (part === undefined) return names;
  const named = typeof part === 'string' ? list.parts[part] : undefined;
  if (named === undefined) return null;
  names.push(named);
  // A product's version: `versions[j].label` → "Versions → 2 → Version label".
  if (typeof sub === 'number') {
    const [, , , leaf] = rest;
    const leafName = typeof leaf === 'string' ? list.parts[leaf] : undefined;
    names.push(t(String(sub + 1), String(sub + 1)));
    if (leafName !== undefined) names.push(leafName);
  }
  return names;
};

/**
 * The field a draft path names, as the editor labels it, in both languages. Takes the leak
 * guard's and the translation check's paths (`vulnerabilities[0].description.en`) and a zod
 * issue's (`['vulnerabilities', 0, 'description', 'en']`); `output:<file>` is text found
 * only in a generated file. A path it does not know is returned as it is, never dropped.
 */
export function fieldOfDraftPath(path: string | readonly PropertyKey[]): LocalizedText {
  const raw = typeof path === 'string' ? path : path.map(String).join('.');
  if (raw.startsWith('output:')) {
    const file = raw.slice('output:'.length);
    return t(`The generated file ${file}`, `生成されたファイル ${file}`);
  }
  const other = OTHER[raw];
  if (other !== undefined) return other;
  const segs = segmentsOf(path);
  const last = segs.at(-1);
  const lang = typeof last === 'string' ? LANGS[last] : undefined;
  const body = lang === undefined ? segs : segs.slice(0, -1);
  const [head, ...rest] = body;
  const scope = head === 'technicalAlert' ? rest : body;
  const [first, ...tail] = scope;
  let names: LocalizedText[] | null = null;
  if (typeof first === 'string') {
    const list = LISTS[first];
    if (list !== undefined) names = listEntry(list, tail);
    else if (first === 'publisher' && typeof tail[0] === 'string') {
      const named = PUBLISHER[tail[0]];
      names = named === undefined ? null : [named];
    } else {
      const top = tail.length === 0 ? TOP[first] : undefined;
      names = top === undefined ? null : [top];
    }
  }
  return names === null ? t(raw, raw) : join(names, lang);
}
