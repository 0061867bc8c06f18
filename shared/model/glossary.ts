import type { CaseKind, Language } from './common';
import type { ContactKind } from './contact';
import type {
  DisputeCategory,
  InvolvementRole,
  InvolvementStatus,
  ProductStatus,
} from './involvement';

/** One concept's name in both languages. */
export type Term = Readonly<Record<Language, string>>;

/*
 * The glossary: one term per concept, for the words that name the model's statuses, roles,
 * TLP levels and case kinds. The UI catalogs (renderer/features/…/messages) and the public
 * advisory (shared/advisory/labels.ts) both take them from here, so a vendor's status reads
 * the same on the case screen, the contact screen and the advisory.
 *
 * Japanese follows the wording of the JPCERT/CC coordination policy and the IPA partnership
 * guideline (shared/reference/): 製品開発者 for the developer (the policies' party, where JVN's
 * page layout says ベンダ), ウェブサイト運営者 for the site operator, 発見者 for the finder, 調整機関
 * for the coordinator. A status is a state reached, so it reads as one: 受領確認済み (not
 * 受領確認), 連絡済み. A developer's status names its products (該当製品あり / なし, as JVN's
 * vendor list does), which keeps it apart from one product's status (影響あり / なし).
 */

export const involvementStatusTerms = {
  'not-contacted': { en: 'Not contacted', ja: '未連絡' },
  contacted: { en: 'Contacted', ja: '連絡済み' },
  acknowledged: { en: 'Acknowledged', ja: '受領確認済み' },
  investigating: { en: 'Investigating', ja: '調査中' },
  affected: { en: 'Affected', ja: '該当製品あり' },
  'not-affected': { en: 'Not affected', ja: '該当製品なし' },
  fixed: { en: 'Fixed', ja: '対策済み' },
  unreachable: { en: 'Unreachable', ja: '連絡不能' },
  declined: { en: 'Declined', ja: '辞退' },
  disputed: { en: 'Disputed', ja: '異議あり' },
} as const satisfies Record<InvolvementStatus, Term>;

/** Why a vendor disputes a report (issue 27). */
export const disputeCategoryTerms = {
  'not-reproducible': { en: 'Not reproducible', ja: '再現できない' },
  'works-as-designed': { en: 'Works as designed', ja: '仕様どおりの動作' },
  'not-a-vulnerability': { en: 'Not a vulnerability', ja: '脆弱性ではない' },
  'out-of-scope': { en: 'Out of scope', ja: '対象外' },
  other: { en: 'Other', ja: 'その他' },
} as const satisfies Record<DisputeCategory, Term>;

export const productStatusTerms = {
  known_affected: { en: 'Affected', ja: '影響あり' },
  known_not_affected: { en: 'Not affected', ja: '影響なし' },
  fixed: { en: 'Fixed', ja: '修正済み' },
  under_investigation: { en: 'Under investigation', ja: '調査中' },
} as const satisfies Record<ProductStatus, Term>;

export const roleTerms = {
  developer: { en: 'Developer', ja: '製品開発者' },
  'upstream-developer': { en: 'Upstream developer', ja: '上流の製品開発者' },
  'site-operator': { en: 'Site operator', ja: 'ウェブサイト運営者' },
  coordinator: { en: 'Coordinator', ja: '調整機関' },
  partner: { en: 'Partner', ja: 'パートナー' },
} as const satisfies Record<InvolvementRole, Term>;

export const contactKindTerms = {
  developer: roleTerms.developer,
  'site-operator': roleTerms['site-operator'],
  finder: { en: 'Finder', ja: '発見者' },
  coordinator: roleTerms.coordinator,
  partner: roleTerms.partner,
} as const satisfies Record<ContactKind, Term>;

export const caseKindTerms = {
  software: { en: 'Software product', ja: 'ソフトウエア製品' },
  website: { en: 'Website', ja: 'ウェブサイト' },
  'technical-alert': { en: 'Technical alert', ja: 'テクニカルアラート' },
} as const satisfies Record<CaseKind, Term>;

/** One language's terms as a message tree, for a feature's catalog
 *  (`involvement: termsIn(involvementStatusTerms, 'ja')`). */
export const termsIn = <K extends string>(
  terms: Readonly<Record<K, Term>>,
  lang: Language,
): Record<K, string> =>
  Object.fromEntries(Object.entries<Term>(terms).map(([key, term]) => [key, term[lang]])) as Record<
    K,
    string
  >;
