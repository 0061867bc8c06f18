import type { Language, LocalizedText, TriageChecklist } from '../model';
import type { TriageOutcome } from './triage';
import { TRIAGE_REASONS } from './triage-reasons';

/**
 * The question put to the finder for each checklist item that `triage` can leave open
 * (its blocking items and the report content JPCERT/CC II.B requires). Items triage never
 * reports open have no question.
 */
export const OPEN_QUESTIONS: Partial<Record<keyof TriageChecklist, LocalizedText>> = {
  impactsCia: {
    ja: '機密性・完全性・可用性にどのような影響があるか（攻撃のシナリオ）',
    en: 'How confidentiality, integrity or availability is affected (an attack scenario)',
  },
  debugModeOnly: {
    ja: 'デバッグモードや開発モード以外でも発生するか',
    en: 'Whether it occurs outside a debug or development mode',
  },
  intentionallyVulnerable: {
    ja: '学習用に意図的に脆弱に作られた製品ではないか',
    en: 'Whether the product is intentionally vulnerable for training',
  },
  reproducibleOnSupportedVersion: {
    ja: '最新版またはサポート対象のバージョンで再現するか',
    en: 'Whether it reproduces on the latest or an officially supported version',
  },
  vendorDeclaredWontFix: {
    ja: '開発者がセキュリティ上の問題に対応しないと表明していないか',
    en: 'Whether the developer has stated it will not address security issues',
  },
  alreadyPublic: {
    ja: '本脆弱性がすでに公開されていないか（公開されている場合はその情報源）',
    en: 'Whether the vulnerability is already public (and where, if so)',
  },
  isXss: {
    ja: 'クロスサイトスクリプティングであるか、その場合の重大な影響',
    en: 'Whether it is cross-site scripting and, if so, its significant impact',
  },
  impactInJapan: {
    ja: '国内の利用者への影響の範囲',
    en: 'How widely users in Japan are affected',
  },
  exactVersionAndLink: {
    ja: '対象製品の正確なバージョンと製品ページへのリンク',
    en: 'The exact version and a link to the product page',
  },
  discoveryMethodGiven: {
    ja: '発見の方法と使用したツール',
    en: 'How it was discovered, and the tools used',
  },
  pocGiven: {
    ja: '再現のための PoC コードまたは手順',
    en: 'Proof-of-concept code or instructions to reproduce it',
  },
  impactDescribed: {
    ja: '想定される影響または脅威モデル',
    en: 'The impact or threat model',
  },
};

/** The reasons and open questions of a triage outcome as a bulleted list for a letter. */
export const informationRequestList = (outcome: TriageOutcome, language: Language): string =>
  [
    ...outcome.reasons.map((code) => TRIAGE_REASONS[code].text[language]),
    ...outcome.openQuestions.flatMap((item) => {
      const question = OPEN_QUESTIONS[item];
      return question === undefined ? [] : [question[language]];
    }),
  ]
    .map((line) => `- ${line}`)
    .join('\n');
