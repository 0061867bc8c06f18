import type { FeatureMessages } from '../../i18n/messages';

/** The advisory tab of a technical alert (`t('advisoryAlert.…')`). */
export const advisoryAlertMessages = {
  en: {
    heading: 'Technical alert',
    fromAlert:
      'Taken from the technical alert when this draft was created (or last updated from it); the class of vulnerability is the title and its summary the overview.',
    refresh: 'Take the alert’s current content (title, overview, texts, references, facts)',
    cwes: 'CWE',
    productFamilies: 'Affected product families',
    mitigations: 'Mitigations',
    identifiers: 'Identifiers',
    none: 'None.',
    noCve:
      'A technical alert describes a class of vulnerability and has no CVE record: export CSAF (informational advisory), HTML or Markdown.',
  },
  ja: {
    heading: 'テクニカルアラート',
    fromAlert:
      'この草稿を作成した（または最後に取り込んだ）時点のテクニカルアラートの内容です。脆弱性の種類がタイトル、その概要が概要になります。',
    refresh: 'アラートの現在の内容を取り込む（タイトル、概要、本文、参考情報、各項目）',
    cwes: 'CWE',
    productFamilies: '影響を受ける製品群',
    mitigations: '対策',
    identifiers: '識別子',
    none: 'なし。',
    noCve:
      'テクニカルアラートは脆弱性の類型を扱うため CVE レコードはありません。CSAF（情報提供アドバイザリ）、HTML または Markdown で出力してください。',
  },
} satisfies FeatureMessages;
