import type { LetterTemplate } from './letter-templates';

/**
 * Issue 27's letters (items 1 and 2), beside the others in `LETTER_TEMPLATES`:
 * - `publication-moved` goes to every vendor told the agreed date once it moved (a revision,
 *   a counter-proposal agreed, or a granted extension, never to the vendor that asked).
 *   It says the date moved and never who asked (the vendor-confidentiality guard checks
 *   each letter as it is sealed).
 * - `finder-vendor-disputed` tells the finder the developer contests the report, with the
 *   category of its reason, and names no vendor.
 */
const tpl = <const P extends string>(t: LetterTemplate<P>): LetterTemplate<P> => t;

export const COORDINATION_TEMPLATES = {
  'publication-moved': tpl({
    kind: 'publication-moved',
    placeholders: [
      'caseRef',
      'recipientName',
      'productName',
      'previousDate',
      'newDate',
      'organisationName',
    ],
    subject: {
      ja: '[{{caseRef}}] 公表日変更のお知らせ',
      en: '[{{caseRef}}] Publication date moved',
    },
    body: {
      ja: '{{recipientName}} ご担当者様\n\n{{caseRef}}（{{productName}}）の公表日について、調整の結果、{{previousDate}} から {{newDate}} に変更いたしました。新しい公表日まで、引き続き本情報を関係者以外に開示しないようお願いいたします。\n\n{{organisationName}}',
      en: 'Dear {{recipientName}},\n\nFollowing coordination, the publication of {{caseRef}} ({{productName}}) has moved from {{previousDate}} to {{newDate}}. Please keep the information confidential until the new date.\n\n{{organisationName}}',
    },
  }),
  'finder-vendor-disputed': tpl({
    kind: 'finder-vendor-disputed',
    placeholders: ['caseRef', 'finderName', 'productName', 'disputeCategory', 'organisationName'],
    subject: {
      ja: '[{{caseRef}}] 製品開発者の見解について',
      en: '[{{caseRef}}] The developer disputes the report',
    },
    body: {
      ja: '{{finderName}} 様\n\n受付番号 {{caseRef}}（{{productName}}）について、製品開発者から、届け出られた事象は脆弱性にあたらないとの見解（理由: {{disputeCategory}}）が示されました。\n\n見解を覆す追加の情報（再現手順、影響を示す資料など）がありましたら、受付番号を記載のうえお知らせください。引き続き本情報を第三者に開示しないようお願いいたします。\n\n{{organisationName}}',
      en: 'Dear {{finderName}},\n\nFor report {{caseRef}} ({{productName}}), the developer disputes that the reported issue is a vulnerability (reason: {{disputeCategory}}).\n\nIf you have further information that supports the report (steps to reproduce, evidence of impact), please reply quoting {{caseRef}}. Please continue to keep the information confidential.\n\n{{organisationName}}',
    },
  }),
} as const;
