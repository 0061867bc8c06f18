import type { FeatureMessages } from '../../i18n/messages';

export const dashboardMessages = {
  en: {
    title: 'Dashboard',
    asOf: 'As of {{now}}',
    overdue: { title: 'Overdue', none: 'Nothing is overdue.' },
    dueSoon: {
      title: 'Due soon',
      none: 'Nothing is due soon (each deadline warns as early as its policy rule says).',
    },
    waiting: {
      title: 'Waiting for a vendor reply',
      none: 'No vendor reply is awaited.',
      since: '{{vendor}}: contacted {{date}}',
    },
    earlyEnd: {
      title: 'Embargo ended early: vendors not yet told',
      none: 'Every vendor has been told of an embargo that ended early.',
      since: '{{vendor}}: the embargo ended {{date}} (send “The embargo has ended early”)',
    },
    silent: {
      title: 'Vendors with no reply for {{count}}+ business days',
      none: 'No vendor has been silent that long.',
      item: '{{vendor}}: no reply for {{count}} business days —',
    },
    unacknowledged: {
      title: 'Unacknowledged reports',
      none: 'Every report has been acknowledged.',
      received: 'received {{date}}',
    },
    due: 'due {{date}}',
    counts: { title: 'Cases by state', state: 'State', count: 'Cases' },
    states: {
      start: 'Start',
      received: 'Received',
      valid: 'Valid',
      invalid: 'Invalid',
      accepted: 'Accepted',
      deferred: 'Deferred',
      closed: 'Closed',
    },
    chart: {
      title: 'Cases opened and closed per month',
      summary:
        'Bar chart of the last {{months}} months (JST): {{opened}} opened, {{closed}} closed.',
      opened: 'Opened',
      closed: 'Closed',
      month: 'Month',
      bar: '{{month}}: {{opened}} opened, {{closed}} closed',
    },
    median: {
      title: 'Median days to publication',
      value: '{{days}} days',
      none: 'No case published yet.',
    },
    empty: 'No case yet. Enter a report to start.',
    newReport: 'Enter a new report',
  },
  ja: {
    title: 'ダッシュボード',
    asOf: '{{now}} 時点',
    overdue: { title: '期限超過', none: '期限を過ぎたものはありません。' },
    dueSoon: {
      title: '期限間近',
      none: '期限が近いものはありません（各期限はポリシーの規則が定める時点から警告します）。',
    },
    waiting: {
      title: '開発者からの返信待ち',
      none: '返信を待っている開発者はありません。',
      since: '{{vendor}}: {{date}} に連絡',
    },
    earlyEnd: {
      title: 'エンバーゴの早期終了を未連絡の開発者',
      none: '早期に終了したエンバーゴは、すべての開発者に連絡済みです。',
      since:
        '{{vendor}}: {{date}} にエンバーゴ終了（「公表日前のエンバーゴ終了」を送ってください）',
    },
    silent: {
      title: '{{count}} 営業日以上返信のない製品開発者',
      none: 'それほど長く返信のない製品開発者はいません。',
      item: '{{vendor}}: {{count}} 営業日返信なし —',
    },
    unacknowledged: {
      title: '受領通知が未送付の届出',
      none: 'すべての届出に受領通知を送付済みです。',
      received: '{{date}} 受付',
    },
    due: '期限 {{date}}',
    counts: { title: '状態ごとの案件数', state: '状態', count: '案件数' },
    states: {
      start: '開始',
      received: '受付',
      valid: '有効',
      invalid: '無効',
      accepted: '受理',
      deferred: '保留',
      closed: '終了',
    },
    chart: {
      title: '月ごとの新規案件数と終了案件数',
      summary: '直近 {{months}} か月（JST）の棒グラフ: 新規 {{opened}} 件、終了 {{closed}} 件。',
      opened: '新規',
      closed: '終了',
      month: '月',
      bar: '{{month}}: 新規 {{opened}} 件、終了 {{closed}} 件',
    },
    median: {
      title: '公表までの日数（中央値）',
      value: '{{days}} 日',
      none: '公表済みの案件はまだありません。',
    },
    empty: '案件はまだありません。届出を入力して始めましょう。',
    newReport: '新しい届出を入力',
  },
} satisfies FeatureMessages;
