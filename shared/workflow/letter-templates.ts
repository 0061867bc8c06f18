import type { LetterKind, LocalizedText } from '../model';
import { COORDINATION_TEMPLATES } from './letter-templates-coordination';

/**
 * Letter templates as data (ARCHITECTURE.md §4), Japanese and English. `{{name}}` marks a
 * placeholder; each template lists its placeholders, `renderLetter` requires every one of
 * them and a test checks the lists match the texts. Every subject starts with the case
 * reference (ARCHITECTURE.md §3: the ref goes in every message subject).
 */
export type LetterTemplate<P extends string = string> = {
  kind: Exclude<LetterKind, 'other'>;
  placeholders: readonly P[];
  subject: LocalizedText;
  body: LocalizedText;
};

const tpl = <const P extends string>(t: LetterTemplate<P>): LetterTemplate<P> => t;

export const LETTER_TEMPLATES = {
  'finder-acknowledgement': tpl({
    kind: 'finder-acknowledgement',
    placeholders: ['caseRef', 'finderName', 'productName', 'receivedDate', 'organisationName'],
    subject: {
      ja: '[{{caseRef}}] 脆弱性関連情報の受付について',
      en: '[{{caseRef}}] Your vulnerability report has been received',
    },
    body: {
      ja: '{{finderName}} 様\n\n{{receivedDate}} にお送りいただいた {{productName}} に関する脆弱性関連情報を受け付けました。受付番号は {{caseRef}} です。今後のご連絡の際は件名に受付番号を記載してください。\n\n内容を確認のうえ、取り扱いの可否を改めてご連絡いたします。それまでの間、本情報を第三者に開示しないようお願いいたします。\n\n{{organisationName}}',
      en: 'Dear {{finderName}},\n\nWe have received your report about {{productName}} sent on {{receivedDate}}. Its reference is {{caseRef}}; please keep it in the subject of any further message.\n\nWe will review the report and tell you whether we will coordinate it, with our reasons. Until then, please do not disclose the information to any third party.\n\n{{organisationName}}',
    },
  }),
  'finder-decline': tpl({
    kind: 'finder-decline',
    placeholders: ['caseRef', 'finderName', 'productName', 'reasons', 'organisationName'],
    subject: {
      ja: '[{{caseRef}}] 脆弱性関連情報の取り扱いについて（調整を行わない旨のご連絡）',
      en: '[{{caseRef}}] Decision on your report: not coordinated',
    },
    body: {
      ja: '{{finderName}} 様\n\n受付番号 {{caseRef}}（{{productName}}）について検討した結果、以下の理由により調整を行わないことといたしました。\n\n{{reasons}}\n\n追加の情報により判断が変わる場合は、受付番号を記載のうえご連絡ください。\n\n{{organisationName}}',
      en: 'Dear {{finderName}},\n\nWe have reviewed report {{caseRef}} ({{productName}}) and decided not to coordinate it, for the following reasons:\n\n{{reasons}}\n\nIf you have further information that may change this decision, please reply quoting {{caseRef}}.\n\n{{organisationName}}',
    },
  }),
  'vendor-first-contact': tpl({
    kind: 'vendor-first-contact',
    placeholders: [
      'caseRef',
      'developerName',
      'productName',
      'summary',
      'targetDate',
      'organisationName',
    ],
    subject: {
      ja: '[{{caseRef}}] {{productName}} の脆弱性に関するご連絡',
      en: '[{{caseRef}}] Vulnerability report concerning {{productName}}',
    },
    body: {
      ja: '{{developerName}} ご担当者様\n\n{{productName}} に関する脆弱性関連情報の届出がありましたので、ご連絡いたします（管理番号 {{caseRef}}）。\n\n概要: {{summary}}\n\n内容をご確認のうえ、脆弱性の有無と対応予定をお知らせください。公表日は、本連絡日から45日後の {{targetDate}} を目安としてご検討ください。本情報は関係者以外に開示しないようお願いいたします。\n\n{{organisationName}}',
      en: 'Dear {{developerName}} security team,\n\nWe have received a vulnerability report concerning {{productName}} (our reference {{caseRef}}).\n\nSummary: {{summary}}\n\nPlease verify the issue and tell us your plans to address it. As a guideline, we propose publication 45 days after this first contact, on {{targetDate}}. Please keep this information confidential.\n\n{{organisationName}}',
    },
  }),
  'publication-date-proposal': tpl({
    kind: 'publication-date-proposal',
    placeholders: ['caseRef', 'recipientName', 'productName', 'proposedDate', 'organisationName'],
    subject: {
      ja: '[{{caseRef}}] 公表日のご提案',
      en: '[{{caseRef}}] Proposed publication date',
    },
    body: {
      ja: '{{recipientName}} 様\n\n{{caseRef}}（{{productName}}）について、公表日を {{proposedDate}} とすることをご提案いたします。ご都合をお知らせください。\n\n{{organisationName}}',
      en: 'Dear {{recipientName}},\n\nFor {{caseRef}} ({{productName}}) we propose to publish on {{proposedDate}}. Please confirm or suggest another date.\n\n{{organisationName}}',
    },
  }),
  reminder: tpl({
    kind: 'reminder',
    placeholders: [
      'caseRef',
      'developerName',
      'productName',
      'lastContactDate',
      'organisationName',
    ],
    subject: {
      ja: '[{{caseRef}}] 脆弱性に関するご連絡（再送）',
      en: '[{{caseRef}}] Reminder: vulnerability report awaiting your reply',
    },
    body: {
      ja: '{{developerName}} ご担当者様\n\n{{lastContactDate}} にご連絡した {{productName}} の脆弱性（管理番号 {{caseRef}}）について、まだご返信をいただいておりません。お手数ですが、受領の可否だけでもお知らせください。\n\n{{organisationName}}',
      en: 'Dear {{developerName}} security team,\n\nWe contacted you on {{lastContactDate}} about a vulnerability in {{productName}} ({{caseRef}}) and have not received a reply. Please at least confirm receipt.\n\n{{organisationName}}',
    },
  }),
  'unreachable-developer-notice': tpl({
    kind: 'unreachable-developer-notice',
    placeholders: [
      'caseRef',
      'developerName',
      'productName',
      'firstContactDate',
      'organisationName',
    ],
    subject: {
      ja: '[{{caseRef}}] 連絡不能開発者としての公表について',
      en: '[{{caseRef}}] Developer unreachable: publication of the developer name',
    },
    body: {
      ja: '{{developerName}} ご担当者様\n\n{{firstContactDate}} 以降、{{productName}} の脆弱性（管理番号 {{caseRef}}）についてご連絡を試みておりますが、ご返信をいただけておりません。連絡先を広く求めるため、開発者名を公表する場合があります。本連絡をご覧になりましたら、管理番号を記載のうえご連絡ください。\n\n{{organisationName}}',
      en: 'Dear {{developerName}},\n\nSince {{firstContactDate}} we have tried to reach you about a vulnerability in {{productName}} ({{caseRef}}) without reply. We may publish the developer name to seek a contact from the public. If you receive this, please contact us quoting {{caseRef}}.\n\n{{organisationName}}',
    },
  }),
  'finder-publication-notice': tpl({
    kind: 'finder-publication-notice',
    placeholders: [
      'caseRef',
      'finderName',
      'productName',
      'advisoryId',
      'advisoryUrl',
      'organisationName',
    ],
    subject: {
      ja: '[{{caseRef}}] 脆弱性対策情報の公表について',
      en: '[{{caseRef}}] Advisory published',
    },
    body: {
      ja: '{{finderName}} 様\n\n受付番号 {{caseRef}}（{{productName}}）の脆弱性対策情報を {{advisoryId}} として公表しました。\n{{advisoryUrl}}\n\nご協力ありがとうございました。\n\n{{organisationName}}',
      en: 'Dear {{finderName}},\n\nThe advisory for {{caseRef}} ({{productName}}) has been published as {{advisoryId}}:\n{{advisoryUrl}}\n\nThank you for your cooperation.\n\n{{organisationName}}',
    },
  }),
  'finder-handling-terminated': tpl({
    kind: 'finder-handling-terminated',
    placeholders: ['caseRef', 'finderName', 'productName', 'organisationName'],
    subject: {
      ja: '[{{caseRef}}] 取り扱い終了のご連絡（公知のため）',
      en: '[{{caseRef}}] Handling ended: the vulnerability is already public',
    },
    body: {
      ja: '{{finderName}} 様\n\n受付番号 {{caseRef}}（{{productName}}）の脆弱性はすでに公知となっていることを確認したため、取り扱いを終了いたします。\n\n{{organisationName}}',
      en: 'Dear {{finderName}},\n\nWe found that the vulnerability reported as {{caseRef}} ({{productName}}) is already publicly known, so we have ended its handling.\n\n{{organisationName}}',
    },
  }),
  ...COORDINATION_TEMPLATES,
} as const;

export type TemplateKind = keyof typeof LETTER_TEMPLATES;
export type LetterParams<K extends TemplateKind> = Record<
  (typeof LETTER_TEMPLATES)[K]['placeholders'][number],
  string
>;
