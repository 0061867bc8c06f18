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
      csafNamespace: 'CSAF publisher namespace',
      csafNamespaceHint:
        'Your organisation’s web site (https://…), written into CSAF, OpenVEX and CycloneDX exports.',
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
      backupReminder: 'Remind me to back up after (days)',
      backupReminderHint:
        'A reminder shows when the last backup that passed "Verify backup" was made longer ago than this.',
    },
    errors: {
      fingerprint: 'Enter 40 or 64 upper-case hexadecimal digits, or leave it empty.',
      csafNamespace: 'Enter an https:// address (your organisation’s web site), or leave it empty.',
      caseRefPrefix: 'Use two to eight capital letters A–Z.',
    },
    save: 'Save settings',
    saved: 'Settings saved in the vault.',
    failed: 'The settings could not be saved: {{message}}',
    security: 'Vault security',
    setup: {
      title: 'First-run setup',
      intro:
        'Three short steps for this new vault. Do each now or skip it: what skipping means is shown beside it, and each can be done later.',
      status: { todo: 'To do', done: 'Done', skipped: 'Skipped' },
      skip: 'Skip this step',
      ifSkipped: 'If you skip it: {{consequence}}',
      skippedWith: 'Skipped. {{consequence}}',
      finish: 'Go to the dashboard',
      later:
        'The name stays editable under Settings, the key under Keyring, backups under Export & backup.',
      name: {
        heading: '1. Organisation name',
        intro: 'Letters to vendors and finders, and advisories, print it in Japanese and English.',
        save: 'Save organisation name',
        missing: 'Enter the name in Japanese and in English first.',
        done: 'Saved: {{ja}} / {{en}}',
        skipped:
          'letters show “[your organisation]” until the name is entered under Settings → Organisation profile.',
      },
      key: {
        heading: '2. Organisation key',
        intro:
          'Signs every message and case bundle you send, and opens the replies encrypted to you.',
        mode: 'How to get the organisation key',
        generate: 'Generate a new key',
        import: 'Import an existing secret key',
        done: 'The organisation key is {{fingerprint}}.',
        skipped:
          'messages and case bundles cannot be sealed, nor replies opened, until the organisation has a key (generate or import it under Keyring).',
        secret: 'Armored secret key',
        pickFile: 'Choose a key file…',
        passphrase: 'The key’s passphrase',
        passphraseHint:
          'Unlocks the key to check it; the vault keeps the key protected by this passphrase.',
        submit: 'Import organisation key',
        noKey: 'Paste the secret key or choose its file first.',
        noPassphrase: 'Enter the key’s passphrase first.',
      },
      backup: {
        heading: '3. First backup',
        intro:
          'Save an encrypted copy of the vault to removable media kept apart from this computer. It opens only with the vault passphrase.',
        done: 'Backup saved.',
        skipped:
          'if this computer is lost or broken, every case in it is lost with it (Export & backup makes one).',
      },
    },
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
      csafNamespace: 'CSAF 発行者名前空間',
      csafNamespaceHint:
        '自組織の Web サイト（https://…）。CSAF・OpenVEX・CycloneDX の出力に書き込まれます。',
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
      backupReminder: 'バックアップを促すまでの日数',
      backupReminderHint:
        '「バックアップを検証」で確認できた最新のバックアップがこの日数より古くなると、お知らせを表示します。',
    },
    errors: {
      fingerprint: '40 桁または 64 桁の大文字の 16 進数を入力するか、空欄にしてください。',
      csafNamespace:
        'https:// で始まるアドレス（自組織の Web サイト）を入力するか、空欄にしてください。',
      caseRefPrefix: '大文字の A〜Z を 2〜8 文字で入力してください。',
    },
    save: '設定を保存',
    saved: '設定を保管庫に保存しました。',
    failed: '設定を保存できませんでした: {{message}}',
    security: '保管庫のセキュリティ',
    setup: {
      title: '初期設定',
      intro:
        '新しい保管庫のための 3 つの短い手順です。今すぐ行うか、飛ばしてください。飛ばした場合の影響を各手順に示します。どの手順も後から行えます。',
      status: { todo: '未実施', done: '完了', skipped: 'スキップ' },
      skip: 'この手順を飛ばす',
      ifSkipped: '飛ばした場合: {{consequence}}',
      skippedWith: 'スキップしました。{{consequence}}',
      finish: 'ダッシュボードへ進む',
      later:
        '組織名は「設定」、鍵は「鍵束」、バックアップは「エクスポートとバックアップ」でいつでも変更・作成できます。',
      name: {
        heading: '1. 組織名',
        intro: 'ベンダーや届出者への文書、アドバイザリに日本語と英語で記載されます。',
        save: '組織名を保存',
        missing: '先に日本語と英語の組織名を入力してください。',
        done: '保存しました: {{ja}} / {{en}}',
        skipped:
          '「設定」の「組織のプロファイル」で組織名を入力するまで、文書には「［組織名］」と表示されます。',
      },
      key: {
        heading: '2. 組織の鍵',
        intro:
          '送信するメッセージと案件バンドルに署名し、自組織宛てに暗号化された返信を復号します。',
        mode: '組織の鍵の用意の仕方',
        generate: '新しい鍵を生成',
        import: '既存の秘密鍵を取り込む',
        done: '組織の鍵は {{fingerprint}} です。',
        skipped:
          '組織の鍵を用意するまで、メッセージと案件バンドルの封緘も返信の復号もできません（「鍵束」で生成または取り込みできます）。',
        secret: 'ASCII 形式の秘密鍵',
        pickFile: '鍵ファイルを選択…',
        passphrase: '鍵のパスフレーズ',
        passphraseHint:
          '鍵を確かめるために解錠します。保管庫ではこのパスフレーズで保護したまま保存します。',
        submit: '組織の鍵を取り込む',
        noKey: '先に秘密鍵を貼り付けるか、鍵ファイルを選択してください。',
        noPassphrase: '先に鍵のパスフレーズを入力してください。',
      },
      backup: {
        heading: '3. 最初のバックアップ',
        intro:
          '保管庫の暗号化されたコピーを、このコンピューターとは別に保管する外部メディアに保存します。開くには保管庫のパスフレーズが必要です。',
        done: 'バックアップを保存しました。',
        skipped:
          'このコンピューターを紛失・故障すると、保管しているすべての案件も失われます（「エクスポートとバックアップ」で作成できます）。',
      },
    },
  },
} satisfies FeatureMessages;
