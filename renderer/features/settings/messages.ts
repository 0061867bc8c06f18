import type { FeatureMessages } from '../../i18n/messages';

export const settingsMessages = {
  en: {
    title: 'Settings',
    organisation: {
      legend: 'Organisation profile',
      nameJa: 'Organisation name (Japanese)',
      nameEn: 'Organisation name (English)',
      role: 'Role',
      roles: {
        'contact-point': 'Contact point (like IPA)',
        coordinator: 'Coordinator (like JPCERT/CC)',
        psirt: 'Product security team (PSIRT)',
      },
      ownKey: 'Own signing key fingerprint',
      ownKeyHint: 'The key that signs outgoing messages and bundles (managed in the keyring).',
      cnaOrgId: 'CNA orgId (UUID) for CVE records',
    },
    advisory: {
      legend: 'Advisories and cases',
      prefix: 'Advisory ID scheme',
      prefixes: {
        JVN: 'JVN# (single developer)',
        JVNVU: 'JVNVU# (several developers)',
        JVNTA: 'JVNTA# (technical alert)',
      },
      caseRefPrefix: 'Case reference prefix',
      caseRefHint: 'Two to eight capital letters; cases are numbered like {{example}}.',
    },
    app: {
      legend: 'Policy and application',
      policy: 'Default policy profile',
      autoLock: 'Auto-lock after idle minutes',
      language: 'Language',
      ownZone: 'Your time zone',
      ownZoneHint: 'The embargo end is shown in JST, UTC and this zone.',
      ownZoneHost: "This computer's zone",
      attachmentCap: 'Largest attachment stored (MiB)',
      vendorNoReply: 'Flag vendors with no reply after (business days)',
      vendorNoReplyHint:
        'The dashboard lists vendors contacted this many business days ago (Japanese calendar) without a reply.',
    },
    errors: {
      fingerprint: 'Enter 40 or 64 upper-case hexadecimal digits, or leave it empty.',
      caseRefPrefix: 'Use two to eight capital letters A–Z.',
    },
    save: 'Save settings',
    saved: 'Settings saved in the vault.',
    failed: 'The settings could not be saved: {{message}}',
    security: 'Vault security',
  },
  ja: {
    title: '設定',
    organisation: {
      legend: '組織のプロファイル',
      nameJa: '組織名（日本語）',
      nameEn: '組織名（英語）',
      role: '役割',
      roles: {
        'contact-point': '受付機関（IPA 型）',
        coordinator: '調整機関（JPCERT/CC 型）',
        psirt: '製品セキュリティチーム（PSIRT）',
      },
      ownKey: '自組織の署名鍵フィンガープリント',
      ownKeyHint: '送信するメッセージとバンドルに署名する鍵です（鍵束で管理します）。',
      cnaOrgId: 'CVE レコード用の CNA orgId（UUID）',
    },
    advisory: {
      legend: 'アドバイザリと案件',
      prefix: 'アドバイザリ ID の体系',
      prefixes: {
        JVN: 'JVN#（単一の開発者）',
        JVNVU: 'JVNVU#（複数の開発者）',
        JVNTA: 'JVNTA#（技術的な注意喚起）',
      },
      caseRefPrefix: '案件番号の接頭辞',
      caseRefHint: '大文字 2〜8 文字です。案件番号は {{example}} のようになります。',
    },
    app: {
      legend: 'ポリシーとアプリケーション',
      policy: '既定のポリシープロファイル',
      autoLock: '無操作時に自動ロックするまでの分数',
      language: '言語',
      ownZone: 'あなたのタイムゾーン',
      ownZoneHint: '公表日時（エンバーゴ終了）を JST・UTC とこのタイムゾーンで表示します。',
      ownZoneHost: 'このコンピューターのタイムゾーン',
      attachmentCap: '保存できる添付ファイルの上限（MiB）',
      vendorNoReply: '返信のない製品開発者を知らせるまでの営業日数',
      vendorNoReplyHint:
        '最初の連絡からこの営業日数（日本の暦）を過ぎても返信のない製品開発者をダッシュボードに表示します。',
    },
    errors: {
      fingerprint: '40 桁または 64 桁の大文字の 16 進数を入力するか、空欄にしてください。',
      caseRefPrefix: '大文字の A〜Z を 2〜8 文字で入力してください。',
    },
    save: '設定を保存',
    saved: '設定を保管庫に保存しました。',
    failed: '設定を保存できませんでした: {{message}}',
    security: '保管庫のセキュリティ',
  },
} satisfies FeatureMessages;
