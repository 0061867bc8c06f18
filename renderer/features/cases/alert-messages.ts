import type { FeatureMessages } from '../../i18n/messages';

/** The case screen of a technical alert (`t('caseAlert.…')`): its content, review and
 *  publication. */
export const caseAlertMessages = {
  en: {
    title: 'Technical alert',
    stageLabel: 'Review stage',
    stage: {
      drafting: 'Drafting',
      'in-review': 'In review',
      'changes-requested': 'Changes requested',
      approved: 'Approved',
      published: 'Published',
    },
    fields: {
      vulnerabilityClass: 'Class of vulnerability',
      cwes: 'CWE',
      summary: 'Summary',
      productFamilies: 'Affected product families',
      mitigations: 'Mitigations',
    },
    lang: { ja: 'Japanese', en: 'English' },
    empty: '(none)',
    edit: 'Edit the alert',
    editTitle: 'Edit the technical alert',
    save: 'Save the alert',
    cancel: 'Cancel',
    invalid: 'Some fields need attention; see the messages beside them.',
    workflow: {
      title: 'Review and publication',
      note: 'Note for the reviewer',
      submit: 'Submit for review',
      approve: 'Approve',
      reason: 'What needs to change',
      requestChanges: 'Request changes',
      lastReview: 'Last review: {{verdict}}, {{date}}',
      verdict: { approved: 'approved', 'changes-requested': 'changes requested' },
      close: 'Close the case',
    },
    publication: {
      title: 'Publication date and time',
      intro:
        'A technical alert has no vendor embargo and no vendors to coordinate: the coordinator sets its publication moment.',
      scheduled: 'Scheduled publication:',
      none: 'No publication moment set yet.',
      schedule: 'Set publication date and time',
    },
  },
  ja: {
    title: 'テクニカルアラート',
    stageLabel: 'レビュー段階',
    stage: {
      drafting: '起案中',
      'in-review': 'レビュー中',
      'changes-requested': '修正依頼あり',
      approved: '承認済み',
      published: '公表済み',
    },
    fields: {
      vulnerabilityClass: '脆弱性の種類',
      cwes: 'CWE',
      summary: '概要',
      productFamilies: '影響を受ける製品群',
      mitigations: '対策',
    },
    lang: { ja: '日本語', en: '英語' },
    empty: '（なし）',
    edit: 'アラートを編集',
    editTitle: 'テクニカルアラートの編集',
    save: 'アラートを保存',
    cancel: 'キャンセル',
    invalid: '確認が必要な項目があります。各項目の横のメッセージをご覧ください。',
    workflow: {
      title: 'レビューと公表',
      note: 'レビュー担当者へのメモ',
      submit: 'レビューを依頼',
      approve: '承認',
      reason: '修正が必要な点',
      requestChanges: '修正を依頼',
      lastReview: '直近のレビュー: {{verdict}}（{{date}}）',
      verdict: { approved: '承認', 'changes-requested': '修正依頼' },
      close: '案件を終了',
    },
    publication: {
      title: '公表日時',
      intro:
        'テクニカルアラートには開発者との公表日調整も調整先もありません。公表日時は調整機関が設定します。',
      scheduled: '予定している公表日時:',
      none: '公表日時はまだ設定されていません。',
      schedule: '公表日時を設定',
    },
  },
} satisfies FeatureMessages;
