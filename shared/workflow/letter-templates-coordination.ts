import type { LocalizedText } from '../model';
import type { EarlyEndCause } from './embargo-early-end';
import type { LetterTemplate } from './letter-templates';

/**
 * Issue 27's letters (items 1 and 2), beside the others in `LETTER_TEMPLATES`:
 * - `publication-moved` goes to every vendor told the agreed date once it moved (a revision,
 *   a counter-proposal agreed, or a granted extension, never to the vendor that asked).
 *   It says the date moved and never who asked (the vendor-confidentiality guard checks
 *   each letter as it is sealed).
 * - `embargo-ended-early` goes to every vendor contacted by the time an agreed embargo ended
 *   before its instant (embargo-early-end.ts): why, in words (`EARLY_END_CAUSE_TEXT`), when
 *   publication now is, and what the vendor should do. It names no other vendor (the cause
 *   says "a fix was released", never whose). Recorded as `publication-moved`: the purposes
 *   of event v5 are a persisted schema, and the publication did move, to now.
 * - `finder-vendor-disputed` tells the finder the developer contests the report, with the
 *   category of its reason, and names no vendor.
 */
/** Why the embargo ended, as the letter says it (ja reads before "ため"). */
export const EARLY_END_CAUSE_TEXT: Readonly<Record<EarlyEndCause, LocalizedText>> = {
  public: {
    ja: '本脆弱性に関する情報が公開された',
    en: 'information on the vulnerability has become public',
  },
  'exploit-public': {
    ja: '本脆弱性を悪用するコード（エクスプロイト）が公開された',
    en: 'exploit code for the vulnerability has been published',
  },
  'attacks-observed': {
    ja: '本脆弱性を悪用した攻撃が確認された',
    en: 'attacks exploiting the vulnerability have been observed',
  },
  'vendor-released': {
    ja: '本脆弱性の修正またはアドバイザリが公表日より前に公開された',
    en: 'a fix or advisory for the vulnerability was released before the agreed date',
  },
  ended: {
    ja: '公表を待つことができないと調整機関が判断した',
    en: 'we decided that publication could not wait',
  },
};

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
  'embargo-ended-early': tpl({
    kind: 'publication-moved',
    placeholders: [
      'caseRef',
      'recipientName',
      'productName',
      'agreedDate',
      'endCause',
      'publicationMoment',
      'organisationName',
    ],
    subject: {
      ja: '[{{caseRef}}] 公表日前のエンバーゴ終了のお知らせ',
      en: '[{{caseRef}}] The embargo has ended early',
    },
    body: {
      ja: '{{recipientName}} ご担当者様\n\n{{caseRef}}（{{productName}}）について、{{agreedDate}} を公表日として調整してまいりましたが、{{endCause}}ため、公表日を待たずにエンバーゴ（情報公開の制限）を終了いたしました。\n\n公表: {{publicationMoment}}\n\nつきましては、修正版およびアドバイザリをできるだけ速やかに公開し、公開した日時と URL をお知らせください。すぐに公開できない場合は、公開の見込みをお知らせください。\n\n{{organisationName}}',
      en: 'Dear {{recipientName}},\n\nThe embargo on {{caseRef}} ({{productName}}), agreed until {{agreedDate}}, has ended early: {{endCause}}.\n\nPublication: {{publicationMoment}}\n\nPlease publish your fix and advisory as soon as you can, and tell us when and where (URL) they are out. If you cannot publish yet, please tell us when you expect to.\n\n{{organisationName}}',
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
