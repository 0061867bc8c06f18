import type { FeatureMessages } from '../../i18n/messages';

/** Withdrawing or superseding a published advisory (`t('advisoryWithdrawal.…')`, issue 28). */
export const advisoryWithdrawalMessages = {
  en: {
    heading: 'Withdraw or supersede the published advisory',
    intro:
      'A published advisory is never deleted: it is withdrawn (with the reasoning) or superseded by another advisory. The revision history gets an entry and CSAF 2.1 exports it as csaf_withdrawn or csaf_superseded.',
    kind: 'Action',
    withdrawn: 'Withdraw',
    superseded: 'Supersede by another advisory',
    noteJa: 'Reasoning (Japanese, published)',
    noteEn: 'Reasoning (English, published)',
    by: 'Superseding advisory ID',
    url: 'Superseding advisory URL',
    run: {
      withdrawn: 'Withdraw the advisory',
      superseded: 'Supersede the advisory',
    },
    required: 'Write the reasoning in both languages (and name the superseding advisory).',
    notAllowed: 'Not possible: {{reason}}',
    done: {
      withdrawn: 'Withdrawn on {{date}}: {{reason}}',
      superseded: 'Superseded by {{id}} on {{date}}: {{reason}}',
    },
    recorded: 'Recorded on the case timeline.',
  },
  ja: {
    heading: '公表済みアドバイザリの取り下げ・置き換え',
    intro:
      '公表したアドバイザリは削除せず、理由を付けて取り下げるか、別のアドバイザリに置き換えます。更新履歴に 1 行追加され、CSAF 2.1 では csaf_withdrawn または csaf_superseded として出力されます。',
    kind: '操作',
    withdrawn: '取り下げ',
    superseded: '別のアドバイザリに置き換え',
    noteJa: '理由（日本語、公開されます）',
    noteEn: '理由（英語、公開されます）',
    by: '置き換え先のアドバイザリ ID',
    url: '置き換え先のアドバイザリ URL',
    run: {
      withdrawn: 'アドバイザリを取り下げる',
      superseded: 'アドバイザリを置き換える',
    },
    required: '理由を日本語と英語の両方で入力してください（置き換えの場合は置き換え先も）。',
    notAllowed: '実行できません: {{reason}}',
    done: {
      withdrawn: '{{date}} に取り下げ: {{reason}}',
      superseded: '{{date}} に {{id}} へ置き換え: {{reason}}',
    },
    recorded: '案件のタイムラインに記録しました。',
  },
} satisfies FeatureMessages;
