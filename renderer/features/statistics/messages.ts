import type { FeatureMessages } from '../../i18n/messages';

/** Statistics screen: the partnership's quarterly figures, charts and exports. */
export const statisticsMessages = {
  en: {
    title: 'Statistics',
    intro:
      'Quarterly figures for the partnership report, counted by the date in Japan (Asia/Tokyo). A declined report counts as closed on the day it is declined. Technical alerts (JVNTA) are not reports from finders and are not counted.',
    range: {
      legend: 'Period',
      from: 'From',
      to: 'To',
      invalid: 'Choose a start date on or before the end date.',
    },
    figure: {
      received: 'Received',
      accepted: 'Accepted',
      declined: 'Declined',
      published: 'Published',
      closed: 'Closed',
      disputed: 'Disputed by a vendor',
    },
    column: { software: 'Software', website: 'Website', total: 'Total' },
    days: {
      median: 'Median days to publication',
      p90: '90th percentile days to publication',
      none: 'none',
    },
    table: {
      caption: 'Figures by quarter',
      period: 'Quarter',
      from: 'From',
      to: 'To',
      total: 'Whole period',
    },
    chart: {
      summary: '{{figure}} by quarter: {{values}}',
      item: '{{period}} software {{software}}, website {{website}}',
      legendSoftware: 'Software (solid)',
      legendWebsite: 'Website (hatched)',
    },
    export: {
      csv: 'Export CSV',
      print: 'Print',
      saved: 'Saved {{name}}.',
      failed: 'Could not save the file: {{reason}}',
      fileName: 'statistics',
    },
  },
  ja: {
    title: '統計',
    intro:
      'パートナーシップの四半期報告のための件数です。日本時間（Asia/Tokyo）の日付で数えます。不受理とした届出はその日に取扱い終了として数えます。テクニカルアラート（JVNTA）は発見者からの届出ではないため数えません。',
    range: {
      legend: '期間',
      from: '開始日',
      to: '終了日',
      invalid: '開始日は終了日以前の日付を選んでください。',
    },
    figure: {
      received: '受付',
      accepted: '受理',
      declined: '不受理',
      published: '公表',
      closed: '取扱い終了',
      disputed: 'ベンダーの異議',
    },
    column: { software: 'ソフトウェア製品', website: 'ウェブサイト', total: '合計' },
    days: {
      median: '公表までの日数（中央値）',
      p90: '公表までの日数（90パーセンタイル）',
      none: 'なし',
    },
    table: {
      caption: '四半期ごとの件数',
      period: '四半期',
      from: '開始日',
      to: '終了日',
      total: '期間全体',
    },
    chart: {
      summary: '四半期ごとの{{figure}}: {{values}}',
      item: '{{period}} ソフトウェア製品 {{software}}、ウェブサイト {{website}}',
      legendSoftware: 'ソフトウェア製品（塗りつぶし）',
      legendWebsite: 'ウェブサイト（斜線）',
    },
    export: {
      csv: 'CSV を出力',
      print: '印刷',
      saved: '{{name}} を保存しました。',
      failed: 'ファイルを保存できませんでした: {{reason}}',
      fileName: '統計',
    },
  },
} satisfies FeatureMessages;
