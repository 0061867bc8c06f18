import type { LocalizedText, PriorityReason, TriageReasonCode } from '../model';
import type { PolicySource } from './policy-types';

/**
 * Reason codes of triage decisions as data: the text the UI shows and the finder letter
 * quotes, and the policy sentence each comes from (JPCERT/CC Coordination Policy II.B, II.C).
 */
export type ReasonText = { text: LocalizedText; source: PolicySource };

const DOC = 'JPCERT/CC Vulnerability Coordination and Disclosure Policy';
const b = (sentence: string): PolicySource => ({ document: DOC, section: 'II.B', sentence });
const c = (sentence: string): PolicySource => ({ document: DOC, section: 'II.C', sentence });

export const TRIAGE_REASONS: Record<TriageReasonCode, ReasonText> = {
  'meets-criteria': {
    text: {
      ja: '報告内容は調整対象の要件を満たしています。',
      en: 'The report meets the criteria for coordination.',
    },
    source: b('What is necessary in a vulnerability report?'),
  },
  'not-a-vulnerability': {
    text: {
      ja: '機密性・完全性・可用性への影響を及ぼすシナリオが確認できないため、脆弱性の定義に該当しません。',
      en: 'No scenario negatively impacting confidentiality, integrity or availability was shown, so it does not meet the definition of a vulnerability.',
    },
    source: b(
      'A vulnerability is defined as a weakness in the computational logic … where there is at least one scenario that can exploit the vulnerability to negatively impact confidentiality, integrity or availability.',
    ),
  },
  'debug-mode-only': {
    text: {
      ja: 'デバッグモードまたは開発モードに限られる問題です。',
      en: 'The issue concerns only the debug or development mode.',
    },
    source: b("Report must not concern the 'debug mode' or 'development mode' of software"),
  },
  'intentionally-vulnerable': {
    text: {
      ja: '学習用に意図的に脆弱に作られた製品です。',
      en: 'The product is intentionally vulnerable for training purposes.',
    },
    source: b(
      'Report must not concern applications or products that are intentionally vulnerable for training purposes',
    ),
  },
  'not-reproducible-on-supported-version': {
    text: {
      ja: '最新版またはサポート対象のバージョンで再現しません。',
      en: 'It is not reproducible in the latest or an officially supported version.',
    },
    source: b(
      "Must be reproducible in the latest available version or at the very least an 'officially supported' version of the product",
    ),
  },
  'product-not-maintained': {
    text: {
      ja: '製品の最終更新が18か月以上前であり、保守されていないと判断しました。',
      en: 'The product was last updated more than 18 months ago and is not actively maintained.',
    },
    source: b('The date of the last update of the Products is before 18 months ago'),
  },
  'vendor-wont-fix': {
    text: {
      ja: '開発者がセキュリティ上の問題に対応しないと表明している製品です。',
      en: 'The developer has stated it will not address security issues in this product.',
    },
    source: b(
      'Must not concern a product where the developer has stated it "will not address security issues"',
    ),
  },
  'already-public': {
    text: {
      ja: '本脆弱性はすでに公知となっています。',
      en: 'The vulnerability is already publicly known.',
    },
    source: b('Report must concern a vulnerability that is not publicly known'),
  },
  'xss-not-significant': {
    text: {
      ja: 'クロスサイトスクリプティングであり、重大な影響が示されていません。',
      en: 'It is a cross-site scripting issue and no significant impact was demonstrated.',
    },
    source: b(
      'Generally speaking, cross-site scripting will not be coordinated, unless significant impact can be demonstrated.',
    ),
  },
  'minimal-impact-in-japan': {
    text: {
      ja: '国内の利用者への影響が極めて限定的です。',
      en: 'The impact to users in Japan is minimal.',
    },
    source: b('The impact to users in Japan is minimal'),
  },
  'insufficient-information': {
    text: {
      ja: '判断に必要な情報（対象バージョンと製品ページ、発見方法、PoC、影響の説明）が不足しています。',
      en: 'Information needed to decide is missing (exact version and product link, discovery method, PoC, impact).',
    },
    source: b('What is necessary in a vulnerability report?'),
  },
};

export const PRIORITY_REASONS: Record<PriorityReason, ReasonText> = {
  'wide-effect-in-japan': {
    text: { ja: '国内の利用者に広く影響します。', en: 'Wide effect on users in Japan.' },
    source: c('Vulnerability is deemed to have a wide effect on users in Japan'),
  },
  'critical-infrastructure': {
    text: { ja: '重要インフラに影響します。', en: 'Affects critical infrastructure.' },
    source: c('Affects critical infrastructure'),
  },
  'large-user-base': {
    text: { ja: '利用者数が多い製品です。', en: 'Large user base.' },
    source: c('Affects a large user base / number of products / multiple developers'),
  },
  'many-products': {
    text: { ja: '多数の製品に影響します。', en: 'Affects many products.' },
    source: c('Affects a large user base / number of products / multiple developers'),
  },
  'multiple-developers': {
    text: { ja: '複数の開発者に影響します。', en: 'Affects multiple developers.' },
    source: c('Affects a large user base / number of products / multiple developers'),
  },
  'high-impact': {
    text: { ja: '影響が大きい脆弱性です。', en: 'High impact.' },
    source: c('High impact'),
  },
};
