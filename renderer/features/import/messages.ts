import type { FeatureMessages } from '../../i18n/messages';

export const importMessages = {
  en: {
    title: 'Import',
    tabs: { messages: 'Messages', bundles: 'Bundles' },
    messages: {
      intro:
        'Open vendor replies and finders’ report forms. Each file is previewed; nothing is stored until you confirm.',
      pickFiles: 'Choose reply files…',
      pickFolder: 'Choose a folder…',
      encrypted: 'Encrypted',
      notEncrypted: 'Not encrypted',
      text: 'Message text',
      attachments: 'Attachments',
      attachment: '{{name}} ({{size}} bytes)',
      noMatch: 'No case matches this reply: choose one.',
      proposed: 'Proposed case: {{ref}} ({{reasons}})',
      case: 'Case',
      store: 'Store in case',
      stored: 'Stored in case {{ref}}.',
      failed: '{{name}} could not be opened',
      unreadable: '{{name}} could not be read',
      summary: '{{opened}} file(s) opened, {{failed}} failed.',
      nothingWritten: 'Nothing was opened or stored.',
    },
    reportForm: {
      title: 'Finder’s report form: {{name}}',
      subject: 'Title: {{title}}',
      finder: 'Finder: {{name}} ({{contact}})',
      product: 'Product: {{product}}',
      nothingStored:
        'A new report, not a reply: open it in intake to check it and create the case. Nothing is stored until then.',
      open: 'Open in intake',
      signer: {
        unsigned:
          'Not signed: the finder’s key named in the form is their word only. Check it with them before sealing letters to it.',
        namedKey: 'Signed by the key the form names for the finder ({{fingerprint}}), verified.',
        otherKey:
          'Signed by {{signer}}, which is not the key the form names for the finder ({{named}}). Intake will not take the named key: letters to the finder would go to a key that did not sign this report.',
        unverifiable:
          'Signed by a key that is not in the keyring. Import the finder’s key and open the form again to verify it before trusting the key the form names.',
        none: 'none',
      },
    },
    ownCopy: {
      title: 'Our own letter, not a vendor’s reply',
      'own-key':
        'This file is signed by our own organisation key ({{fingerprint}}): it is a copy of a letter we sent. It cannot be stored as a received reply.',
      'sent-text':
        'This file repeats the text of a letter we sent: it is our own copy. It cannot be stored as a received reply.',
    },
    storedCopy: {
      title: 'Already stored',
      text: 'This reply is already stored in case {{ref}} on {{date}}. It is not stored again.',
    },
    unverified: {
      title: 'Not verified: no vendor vouches for this reply',
      reason: 'Why: {{reason}}. It can be stored only as unverified, tied to no vendor.',
      reasons: {
        missing: 'the reply carries no signature',
        invalid: 'a signature does not match the text (modified or damaged)',
        'unknown-key': 'it is signed by a key that is not in the keyring',
        'expired-key': 'it is signed by an expired key',
        'revoked-key': 'it is signed by a revoked key',
      },
      accept: 'I checked where this reply came from: store it as unverified',
      store: 'Store as unverified',
    },
    reasons: {
      'ref-in-subject': 'reference in the subject',
      'ref-in-text': 'reference in the text',
      'sender-key': 'signed by a vendor of the case',
    },
    shapes: {
      'armored-message': 'OpenPGP message (armored)',
      'binary-message': 'OpenPGP message (binary)',
      clearsigned: 'Clearsigned text',
      'detached-signature': 'File with detached signature',
      'pgp-mime-encrypted': 'PGP/MIME e-mail (encrypted)',
      'pgp-mime-signed': 'PGP/MIME e-mail (signed)',
      'eml-inline': 'E-mail with inline PGP',
    },
  },
  ja: {
    title: '取り込み',
    tabs: { messages: 'メッセージ', bundles: 'バンドル' },
    messages: {
      intro:
        '開発者からの返信や発見者の届出フォームを開きます。ファイルごとに内容を確認でき、確定するまで何も保存しません。',
      pickFiles: '返信ファイルを選ぶ…',
      pickFolder: 'フォルダーを選ぶ…',
      encrypted: '暗号化あり',
      notEncrypted: '暗号化なし',
      text: 'メッセージ本文',
      attachments: '添付ファイル',
      attachment: '{{name}}（{{size}} バイト）',
      noMatch: '該当する案件がありません。案件を選んでください。',
      proposed: '候補の案件: {{ref}}（{{reasons}}）',
      case: '案件',
      store: '案件に保存',
      stored: '案件 {{ref}} に保存しました。',
      failed: '{{name}} を開けませんでした',
      unreadable: '{{name}} を読み込めませんでした',
      summary: '{{opened}} 件のファイルを開きました。{{failed}} 件は失敗しました。',
      nothingWritten: '何も開かず、何も保存していません。',
    },
    reportForm: {
      title: '発見者の届出フォーム: {{name}}',
      subject: '件名: {{title}}',
      finder: '発見者: {{name}}（{{contact}}）',
      product: '製品: {{product}}',
      nothingStored:
        '返信ではなく新しい届出です。「新規届出」で内容を確認して案件を作成してください。それまで何も保存しません。',
      open: '新規届出で開く',
      signer: {
        unsigned:
          '署名がありません。フォームに書かれた発見者の鍵は本人の申告にすぎません。その鍵宛てに書簡を暗号化する前に本人に確認してください。',
        namedKey: 'フォームが発見者の鍵とする鍵（{{fingerprint}}）の署名を検証しました。',
        otherKey:
          '{{signer}} の署名ですが、フォームが発見者の鍵とする鍵（{{named}}）ではありません。この鍵は新規届出に引き継ぎません。この届出に署名していない鍵宛てに発見者への書簡が送られてしまうためです。',
        unverifiable:
          '鍵束にない鍵で署名されています。発見者の鍵をインポートしてからフォームを開き直し、署名を検証してから、フォームに書かれた鍵を信頼してください。',
        none: 'なし',
      },
    },
    ownCopy: {
      title: '当方が送った書簡です（ベンダーからの返信ではありません）',
      'own-key':
        'このファイルは自組織の鍵（{{fingerprint}}）で署名されています。当方が送った書簡の控えです。受信した返信としては保存できません。',
      'sent-text':
        'このファイルは当方が送った書簡と同じ本文です。自組織の控えです。受信した返信としては保存できません。',
    },
    storedCopy: {
      title: '保存済み',
      text: 'この返信は {{date}} に案件 {{ref}} に保存済みです。再度保存はしません。',
    },
    unverified: {
      title: '未検証: この返信を保証するベンダーの署名がありません',
      reason: '理由: {{reason}}。未検証としてのみ保存でき、どのベンダーにも割り当てません。',
      reasons: {
        missing: '返信に署名がありません',
        invalid: '署名が本文と一致しません（改ざんまたは破損）',
        'unknown-key': '鍵束にない鍵で署名されています',
        'expired-key': '有効期限切れの鍵で署名されています',
        'revoked-key': '失効した鍵で署名されています',
      },
      accept: 'この返信の出どころを確認しました。未検証として保存します',
      store: '未検証として保存',
    },
    reasons: {
      'ref-in-subject': '件名に案件番号',
      'ref-in-text': '本文に案件番号',
      'sender-key': '案件の開発者の鍵による署名',
    },
    shapes: {
      'armored-message': 'OpenPGP メッセージ（ASCII 形式）',
      'binary-message': 'OpenPGP メッセージ（バイナリ）',
      clearsigned: 'クリア署名テキスト',
      'detached-signature': '分離署名付きファイル',
      'pgp-mime-encrypted': 'PGP/MIME メール（暗号化）',
      'pgp-mime-signed': 'PGP/MIME メール（署名）',
      'eml-inline': 'インライン PGP のメール',
    },
  },
} satisfies FeatureMessages;
