import type { LocalizedText, PriorityReason, TriageReasonCode } from '../../../shared/model';
import type { RoutingCode } from './triage-rules';

/**
 * Texts of the interim triage reasons, as data in both languages (a letter may be written
 * in the other language than the UI), with the policy passage each one comes from.
 */
export const TRIAGE_REASON_TEXT: Readonly<Record<TriageReasonCode, LocalizedText>> = {
  'meets-criteria': {
    en: 'The report meets the policy’s criteria for coordination.',
    ja: '届出は調整の対象となる基準を満たしています。',
  },
  'not-a-vulnerability': {
    en: 'No scenario affects confidentiality, integrity or availability.',
    ja: '機密性、完全性、可用性のいずれにも影響するシナリオがありません。',
  },
  'debug-mode-only': {
    en: 'The issue occurs only in debug or development mode.',
    ja: 'デバッグモードや開発モードでのみ発生する問題です。',
  },
  'intentionally-vulnerable': {
    en: 'The product is intentionally vulnerable for training.',
    ja: '学習用に意図的に脆弱に作られた製品です。',
  },
  'not-reproducible-on-supported-version': {
    en: 'It does not reproduce on the latest or a supported version.',
    ja: '最新版またはサポート対象のバージョンで再現しません。',
  },
  'product-not-maintained': {
    en: 'The product was last updated more than 18 months ago.',
    ja: '製品の最終更新が 18 か月以上前です。',
  },
  'vendor-wont-fix': {
    en: 'The developer has declared it will not address security issues.',
    ja: '開発者がセキュリティ上の問題に対応しないと表明しています。',
  },
  'already-public': {
    en: 'The vulnerability is already publicly known.',
    ja: 'この脆弱性は既に公に知られています。',
  },
  'xss-not-significant': {
    en: 'Cross-site scripting is generally not coordinated unless significant impact is demonstrated.',
    ja: 'クロスサイトスクリプティングは、重大な影響が示されない限り、原則として調整の対象外です。',
  },
  'minimal-impact-in-japan': {
    en: 'The impact on users in Japan is minimal.',
    ja: '国内の利用者への影響が軽微です。',
  },
  'insufficient-information': {
    en: 'Required information is missing: version and link, discovery method, PoC, and impact.',
    ja: '必要な情報（バージョンとリンク、発見方法、再現手順、影響）が不足しています。',
  },
};

export const PRIORITY_REASON_TEXT: Readonly<Record<PriorityReason, LocalizedText>> = {
  'wide-effect-in-japan': { en: 'Wide effect in Japan', ja: '国内への影響が広範' },
  'critical-infrastructure': {
    en: 'Critical infrastructure involved',
    ja: '重要インフラに関係する',
  },
  'large-user-base': { en: 'Large user base', ja: '利用者が多い' },
  'many-products': { en: 'Many products affected', ja: '多数の製品に影響' },
  'multiple-developers': { en: 'Several developers affected', ja: '複数の開発者に影響' },
  'high-impact': { en: 'High impact', ja: '影響が大きい' },
};

export const ROUTING_TEXT: Readonly<Record<RoutingCode, LocalizedText>> = {
  'to-site-operator': {
    en: 'Website: contact the site operator.',
    ja: 'ウェブサイト: サイト運営者に連絡します。',
  },
  'to-developer': {
    en: 'Software: contact the developer(s).',
    ja: 'ソフトウエア: 開発者に連絡します。',
  },
  'upstream-first': {
    en: 'Several developers: coordinate with the upstream developer first.',
    ja: '複数の開発者: まず上流の開発者と調整します。',
  },
};

export const POLICY_SOURCE = {
  en: 'JPCERT/CC Vulnerability Coordination and Disclosure Policy, II.B–II.C',
  ja: 'JPCERT/CC 脆弱性調整・公表ポリシー II.B〜II.C',
} as const;
