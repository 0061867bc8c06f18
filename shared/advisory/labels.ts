import type { Language } from '../model/common';
import { involvementStatusTerms, productStatusTerms } from '../model/glossary';
import type { InvolvementStatus, ProductStatus } from '../model/involvement';

/** Fixed wording of the JVN layout in both languages (headings, status names). */
type Bilingual = Readonly<Record<Language, string>>;

export const headings = {
  overview: { ja: '概要', en: 'Overview' },
  affected: { ja: '影響を受けるシステム', en: 'Affected Products' },
  description: { ja: '詳細情報', en: 'Description' },
  impact: { ja: '想定される影響', en: 'Impact' },
  solution: { ja: '対策方法', en: 'Solution' },
  workarounds: { ja: 'ワークアラウンド', en: 'Workarounds' },
  vendorStatus: { ja: 'ベンダ情報', en: 'Vendor Status' },
  references: { ja: '参考情報', en: 'References' },
  credits: { ja: '謝辞', en: 'Credit' },
  cvss: { ja: 'CVSS による深刻度', en: 'CVSS Severity' },
  vulnerabilities: { ja: '脆弱性', en: 'Vulnerabilities' },
  revisions: { ja: '更新履歴', en: 'Revision History' },
  revisionNumber: { ja: '版', en: 'Revision' },
  revisionDate: { ja: '更新日', en: 'Date' },
  revisionSummary: { ja: '更新内容', en: 'Summary' },
  published: { ja: '公開日', en: 'Published' },
  updated: { ja: '最終更新日', en: 'Last Updated' },
  advisoryId: { ja: 'JVN 番号', en: 'JVN ID' },
  draft: { ja: '下書き（未公開）', en: 'DRAFT (not published)' },
  notYetPublished: { ja: '未公開', en: 'not yet published' },
  vendor: { ja: 'ベンダ', en: 'Vendor' },
  product: { ja: '製品', en: 'Product' },
  version: { ja: 'バージョン', en: 'Version' },
  productStatus: { ja: '状態', en: 'Status' },
  status: { ja: 'ステータス', en: 'Status' },
  dateUpdated: { ja: '最終更新日', en: 'Date Updated' },
  statement: { ja: 'ベンダの告知ページなど', en: 'Statement' },
  baseScore: { ja: '基本値', en: 'Base Score' },
  severity: { ja: '深刻度', en: 'Severity' },
  vector: { ja: 'ベクトル', en: 'Vector' },
  cwe: { ja: 'CWE', en: 'CWE' },
  cve: { ja: 'CVE', en: 'CVE' },
  technicalAlert: { ja: '注意喚起（技術情報）', en: 'Technical Alert' },
  timeZone: { ja: '日本時間', en: 'JST' },
  productFamilies: { ja: '影響を受ける製品群', en: 'Affected Product Families' },
  mitigations: { ja: '対策方法・回避策', en: 'Mitigations and Workarounds' },
  relatedCwe: { ja: '関連する CWE', en: 'Related CWE' },
  identifiers: { ja: '識別子', en: 'Identifiers' },
} as const satisfies Record<string, Bilingual>;

/** A developer's status and a product's status in the advisory: the glossary's terms
 *  (shared/model/glossary.ts), the same words the case and contact screens show. */
export const involvementStatusLabels: Readonly<Record<InvolvementStatus, Bilingual>> =
  involvementStatusTerms;

export const productStatusLabels: Readonly<Record<ProductStatus, Bilingual>> = productStatusTerms;

export const severityLabels: Readonly<Record<string, Bilingual>> = {
  NONE: { ja: 'なし', en: 'None' },
  LOW: { ja: '注意', en: 'Low' },
  MEDIUM: { ja: '警告', en: 'Medium' },
  HIGH: { ja: '重要', en: 'High' },
  CRITICAL: { ja: '緊急', en: 'Critical' },
};

const tokyoDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date of an instant in Asia/Tokyo (`YYYY-MM-DD`); advisories are dated in JST. */
export const tokyoDateOf = (instant: string): string => tokyoDate.format(new Date(instant));

const tokyoClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Tokyo',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The exact moment of an instant in Asia/Tokyo (`YYYY-MM-DD HH:mm`): a release is agreed to
 *  the hour (issue 13), so the public page says the hour, not only the day. */
export const tokyoMomentOf = (instant: string): string =>
  `${tokyoDateOf(instant)} ${tokyoClock.format(new Date(instant))}`;
