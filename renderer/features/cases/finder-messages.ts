import type { FeatureMessages } from '../../i18n/messages';

/** The case screen's finder and site-operator steps and links (issue 27): `t('caseFinder.…')`. */
export const caseFinderMessages = {
  en: {
    reply: {
      title: 'Reply to the report',
      intro:
        'The finder is owed an answer within 5 business days of the report (JPCERT/CC II.A). The letter drafted at intake is here: once sealed or saved, it is recorded as sent and meets the acknowledgement deadline.',
    },
    links: {
      label: 'Linked cases',
      'duplicate-of': 'Duplicate of {{ref}}',
      'duplicated-by': 'Second independent report: {{ref}}',
      related: 'Related: {{ref}}',
      credit: 'credited as {{name}}',
      noCredit: 'not credited',
    },
    progress: {
      title: 'The finder’s progress inquiry',
      intro:
        'The reply says only what the finder may know: the stage, whether the developer was reached and the planned publication window.',
    },
    withdrawal: {
      title: 'Withdrawal of non-disclosure',
      intro:
        'The finder may withdraw non-disclosure one year after the first attempt to notify the developer (IPA).',
      record: 'Record the finder’s request (today)',
      granted: 'Requested {{date}}: granted',
      refused: 'Requested {{date}}: refused, possible from {{day}}',
      refusedNoDay: 'Requested {{date}}: refused ({{reason}})',
      reason: {
        'year-not-passed': 'the year has not passed',
        'developer-not-contacted': 'the developer has not been contacted yet',
        'website-until-fixed': 'a website stays undisclosed until it is fixed',
      },
    },
    site: {
      title: 'The site operator’s fix',
      intro:
        'When the operator reports the site fixed, the three-month clock ends and the finder is told.',
      record: '{{name}} reported the site fixed',
      fixed: 'The site operator reported the fix on {{date}}.',
      none: 'No site operator is involved yet.',
    },
    letter: {
      language: 'Letter language',
      label: 'Letter to the finder',
      seal: 'Seal and save the letter',
      export: 'Save as a plaintext letter file',
      sealHint: 'Sealed to the finder’s key {{fingerprint}} and signed by ours.',
      exportHint:
        'The finder gave no key in the keyring: the letter is saved unencrypted; send it by the channel the finder used.',
      acceptWarnings: 'Seal despite the key warnings',
      saved: 'Saved {{files}}; recorded as sent to the finder.',
      failed: 'Not saved: {{message}}',
      refused: 'The letter names a vendor before publication: {{text}}. Edit it first.',
    },
  },
  ja: {
    reply: {
      title: '届出への回答',
      intro:
        '届出から5営業日以内に発見者へ回答します（JPCERT/CC II.A）。受付時に作成した連絡文をここで暗号化または保存すると、送付として記録され、受付連絡の期限を満たします。',
    },
    links: {
      label: '関連する案件',
      'duplicate-of': '{{ref}} の重複',
      'duplicated-by': '別の発見者からの独立した届出: {{ref}}',
      related: '関連: {{ref}}',
      credit: '謝辞: {{name}}',
      noCredit: '謝辞なし',
    },
    progress: {
      title: '発見者からの進捗の問い合わせ',
      intro: '回答は発見者が知ってよいことだけです: 状況、開発者と連絡が取れたか、公表の予定時期。',
    },
    withdrawal: {
      title: '非開示依頼の取り下げ',
      intro:
        '発見者は、開発者への最初の通知の試みから1年が経過した後、非開示依頼を取り下げられます（IPA）。',
      record: '発見者の要請を記録（本日）',
      granted: '{{date}} の要請: 承諾',
      refused: '{{date}} の要請: 承諾不可（{{day}} から可能）',
      refusedNoDay: '{{date}} の要請: 承諾不可（{{reason}}）',
      reason: {
        'year-not-passed': '1年が経過していません',
        'developer-not-contacted': '開発者へまだ連絡していません',
        'website-until-fixed': 'ウェブサイトは修正完了まで非開示です',
      },
    },
    site: {
      title: 'ウェブサイト運営者による修正',
      intro: '運営者から修正完了の通知があると、3か月の期限が終了し、発見者に連絡します。',
      record: '{{name}} から修正完了の通知あり',
      fixed: '{{date}} にウェブサイト運営者から修正完了の通知がありました。',
      none: 'ウェブサイト運営者はまだ登録されていません。',
    },
    letter: {
      language: '連絡文の言語',
      label: '発見者への連絡文',
      seal: '連絡文を暗号化して保存',
      export: '平文の連絡文ファイルとして保存',
      sealHint: '発見者の鍵 {{fingerprint}} 宛てに暗号化し、当方の鍵で署名します。',
      exportHint:
        '鍵束に発見者の鍵がありません。連絡文は暗号化せずに保存されます。発見者が届出に使った手段で送ってください。',
      acceptWarnings: '鍵の警告を確認したうえで暗号化する',
      saved: '{{files}} を保存し、発見者への送付として記録しました。',
      failed: '保存できませんでした: {{message}}',
      refused: '公表前の連絡文に製品開発者名が含まれています: {{text}}。修正してください。',
    },
  },
} satisfies FeatureMessages;
