import type { FeatureMessages } from '../../i18n/messages';

export const exportScreenMessages = {
  en: {
    intro:
      'Backups cover the whole vault. Messages, bundles and advisories are exported from each case.',
    audit: {
      title: 'What the audit log records',
      intro:
        'Every change to the vault, newest first: which case it belongs to and what it was. A case event is named as on the case’s timeline.',
      filter: 'Only the case whose reference contains',
      none: 'No entries.',
      caption: 'Audit log entries, page {{page}} of {{pages}}',
      columns: { seq: 'No.', at: 'Time', case: 'Case', what: 'Change', op: 'Operation' },
      ops: { put: 'Written', delete: 'Deleted' },
      pages: {
        first: 'First page',
        previous: 'Newer entries',
        next: 'Older entries',
        last: 'Last page',
        page: 'Page {{page}}',
      },
      tables: {
        cases: 'Case record',
        caseEvents: 'Case event',
        reports: 'Report',
        vulnerabilities: 'Vulnerability',
        contacts: 'Contact',
        involvements: 'Vendor in a case',
        messages: 'Message',
        keys: 'Key',
        advisoryDrafts: 'Advisory draft',
        settings: 'Settings',
        bundleLedger: 'Bundle ledger',
        attachments: 'Attachment',
        attachmentChunks: 'Attachment data',
        cveIds: 'CVE ID',
        vault: 'Vault',
      },
    },
  },
  ja: {
    intro:
      'バックアップは保管庫全体が対象です。メッセージ、バンドル、アドバイザリは各案件から書き出します。',
    audit: {
      title: '監査ログの記録内容',
      intro:
        '保管庫へのすべての変更を新しい順に示します。どの案件のどの変更かを表示し、案件イベントは案件のタイムラインと同じ名前で示します。',
      filter: '参照番号にこの文字列を含む案件のみ',
      none: '記録はありません。',
      caption: '監査ログの記録 {{page}} / {{pages}} ページ',
      columns: { seq: '番号', at: '日時', case: '案件', what: '変更', op: '操作' },
      ops: { put: '書き込み', delete: '削除' },
      pages: {
        first: '最初のページ',
        previous: '新しい記録',
        next: '古い記録',
        last: '最後のページ',
        page: '{{page}} ページ',
      },
      tables: {
        cases: '案件レコード',
        caseEvents: '案件イベント',
        reports: '届出',
        vulnerabilities: '脆弱性',
        contacts: '連絡先',
        involvements: '案件の関係ベンダー',
        messages: 'メッセージ',
        keys: '鍵',
        advisoryDrafts: 'アドバイザリ草稿',
        settings: '設定',
        bundleLedger: 'バンドル台帳',
        attachments: '添付ファイル',
        attachmentChunks: '添付ファイルのデータ',
        cveIds: 'CVE ID',
        vault: '保管庫',
      },
    },
  },
} satisfies FeatureMessages;
