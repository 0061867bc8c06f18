import type { FeatureMessages } from '../../i18n/messages';
import { disputeCategoryTerms, termsIn } from '../../../shared/model';

/** Embargo extension requests and vendor disputes on the case screen (issue 27 items 1 and
 *  2): `t('caseExtensions.…')`. */
export const caseExtensionMessages = {
  en: {
    title: 'Embargo extensions',
    granted_one: '{{count}} extension granted',
    granted_other: '{{count}} extensions granted',
    cap: 'The profile allows at most {{cap}}.',
    noCap: 'The profile sets no cap.',
    capReached:
      'The cap is reached: another grant, or a revision later beyond the target, would be refused.',
    revisedBeyond_one:
      '{{count}} revision moved the agreed date later beyond the target: it counts as an extension too.',
    revisedBeyond_other:
      '{{count}} revisions moved the agreed date later beyond the target: they count as extensions too.',
    beyond_one: 'Publication lies {{count}} day beyond the profile’s target ({{target}}).',
    beyond_other: 'Publication lies {{count}} days beyond the profile’s target ({{target}}).',
    withinTarget: 'Publication is within the profile’s target ({{target}}).',
    source: '{{document}}, {{section}}:',
    none: 'No extension requested.',
    request: {
      open: 'Record an extension request…',
      fromReply: 'Record as extension request',
      title: 'Record an extension request',
      vendor: 'Vendor asking',
      chooseVendor: 'Choose the vendor',
      reason: 'Reason the vendor gives',
      fromMessage: 'From the reply “{{subject}}”.',
      record: 'Record request',
      recorded: 'Request recorded. Grant or refuse it on the case overview.',
      cancel: 'Cancel',
    },
    pending: '{{vendor}} asks for {{moment}}: {{reason}}',
    asked: 'Asked on {{date}}',
    grant: 'Grant extension',
    grantHint: 'The new agreed publication (the one asked for unless you change it):',
    refuse: 'Refuse extension',
    refuseReason: 'Reason the vendor is told',
    decidedGranted: '{{vendor}}: granted {{moment}} (was {{previous}})',
    decidedRefused: '{{vendor}}: refused ({{reason}})',
    owed: '“Publication moved” letter still owed to: {{vendors}}. Write it from the Messages tab (template “Publication moved”).',
    notified: 'Every vendor told the previous date has been sent the “publication moved” letter.',
  },
  ja: {
    title: '公表日の延期',
    granted_one: '延期の承認 {{count}} 回',
    granted_other: '延期の承認 {{count}} 回',
    cap: 'プロファイルの上限は {{cap}} 回です。',
    noCap: 'プロファイルに上限はありません。',
    capReached:
      '上限に達しています。これ以上の承認や、目安を越えて後へずらす変更は受け付けられません。',
    revisedBeyond_one: '合意日を目安より後へずらした変更 {{count}} 回も延期として数えます。',
    revisedBeyond_other: '合意日を目安より後へずらした変更 {{count}} 回も延期として数えます。',
    beyond_one: '公表日はプロファイルの目安（{{target}}）より {{count}} 日後です。',
    beyond_other: '公表日はプロファイルの目安（{{target}}）より {{count}} 日後です。',
    withinTarget: '公表日はプロファイルの目安（{{target}}）以内です。',
    source: '{{document}} {{section}}:',
    none: '延期の依頼はありません。',
    request: {
      open: '延期の依頼を記録…',
      fromReply: '延期の依頼として記録',
      title: '延期の依頼を記録',
      vendor: '依頼したベンダー',
      chooseVendor: 'ベンダーを選択',
      reason: 'ベンダーが示した理由',
      fromMessage: '返信「{{subject}}」から。',
      record: '依頼を記録',
      recorded: '依頼を記録しました。案件の概要で承認または不承認にしてください。',
      cancel: 'キャンセル',
    },
    pending: '{{vendor}} が {{moment}} への延期を依頼: {{reason}}',
    asked: '依頼日 {{date}}',
    grant: '延期を承認',
    grantHint: '新しい公表日時（変更しなければ依頼どおり）:',
    refuse: '延期を不承認',
    refuseReason: 'ベンダーに伝える理由',
    decidedGranted: '{{vendor}}: {{moment}} に承認（変更前 {{previous}}）',
    decidedRefused: '{{vendor}}: 不承認（{{reason}}）',
    owed: '「公表日変更」の連絡がまだのベンダー: {{vendors}}。メッセージタブでテンプレート「公表日の変更」を使って送ってください。',
    notified: '変更前の公表日を伝えたすべてのベンダーに「公表日変更」の連絡を送りました。',
  },
} satisfies FeatureMessages;

/** The dispute editor of a vendor row: `t('caseDispute.…')`. */
export const caseDisputeMessages = {
  en: {
    open: 'Record dispute',
    openFor: 'Record dispute by {{vendor}}',
    title: 'Dispute: {{vendor}}',
    intro:
      'The vendor contests the vulnerability. Its status becomes “disputed”; the category and the vendor’s reason are required.',
    category: 'Category',
    chooseCategory: 'Choose a category',
    categories: termsIn(disputeCategoryTerms, 'en'),
    reason: 'The vendor’s reason',
    record: 'Record dispute',
    cancel: 'Cancel',
    letterTitle: 'Tell the finder the developer disputes the report',
    letterIntro:
      'The letter states the category of the dispute and never names the vendor before publication.',
  },
  ja: {
    open: '異議を記録',
    openFor: '{{vendor}} の異議を記録',
    title: '異議: {{vendor}}',
    intro:
      'ベンダーが脆弱性に異議を示しています。状態は「異議あり」になり、分類とベンダーの理由が必要です。',
    category: '分類',
    chooseCategory: '分類を選択',
    categories: termsIn(disputeCategoryTerms, 'ja'),
    reason: 'ベンダーの理由',
    record: '異議を記録',
    cancel: 'キャンセル',
    letterTitle: '製品開発者の異議を発見者に伝える',
    letterIntro: '異議の分類だけを伝え、公表前にベンダー名は記載しません。',
  },
} satisfies FeatureMessages;
