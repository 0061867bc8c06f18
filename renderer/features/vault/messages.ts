import type { FeatureMessages } from '../../i18n/messages';

export const vaultMessages = {
  en: {
    create: {
      title: 'Create your vault',
      intro:
        'Airlock keeps every case in an encrypted vault on this computer. Choose a long passphrase: it is the only key to your data.',
      warning:
        'There is no recovery. If you lose this passphrase, the data in this vault is lost for good. Keep an encrypted backup.',
      warningTitle: 'No passphrase, no data',
      passphrase: 'Passphrase',
      confirm: 'Confirm passphrase',
      mismatch: 'The two passphrases differ.',
      tooWeak: 'Choose a stronger passphrase (at least "strong").',
      submit: 'Create vault',
      lostTitle: 'The vault that was on this computer is gone',
      lost: 'This profile shows that a vault was here, but its database is missing. Chromium, the engine under Airlock, deletes a database it finds damaged when it opens it; a crash or power loss in the middle of a write can leave it so. Restore your latest backup below. A new vault starts empty: the old one cannot be read back from this computer.',
      lostConfirm: 'I understand the vault that was here is gone: start a new, empty vault',
      safetyCopy:
        'Airlock keeps a safety copy of the vault on this computer, outside its database. The newest, made {{at}}, is chosen below: enter the vault passphrase to restore it.',
    },
    strength: {
      label: 'Strength: {{level}}',
      levels: {
        '0': 'very weak',
        '1': 'weak',
        '2': 'fair',
        '3': 'strong',
        '4': 'very strong',
      },
    },
    unlock: {
      title: 'Unlock Airlock',
      intro: 'The vault is locked. Enter your passphrase to open it.',
      passphrase: 'Passphrase',
      submit: 'Unlock',
      wrong: 'That passphrase does not open this vault. Check it and try again.',
      loadIssues: '{{count}} records could not be read and were left untouched on disk.',
    },
    progress: {
      'deriving-key': 'Deriving the key from your passphrase…',
      unwrapping: 'Opening the vault key…',
      decrypting: 'Decrypting records ({{done}} of {{total}})…',
      'building-index': 'Building the search index…',
      reading: 'Reading…',
      encrypting: 'Encrypting…',
      writing: 'Writing…',
    },
    locked: { reason: 'Airlock locked itself: {{reason}}.' },
    causes: {
      idle: 'no activity for the auto-lock time',
      suspend: 'the computer went to sleep',
      'screen-lock': 'the screen was locked',
      user: 'you asked to lock',
      'second-instance': 'Airlock was started again',
      manual: 'you locked it',
    },
    security: {
      title: 'Vault passphrase',
      current: 'Current passphrase',
      next: 'New passphrase',
      confirm: 'Confirm new passphrase',
      submit: 'Change passphrase',
      changed: 'Passphrase changed. Use the new one from now on.',
      wrongCurrent: 'The current passphrase is wrong.',
    },
    rotate: {
      title: 'Rotate the master key',
      intro:
        'Makes a new master key and encrypts every record, attachment and audit entry again under it. Changing the passphrase alone keeps the old key, so an old backup and its old passphrase would still open this vault’s data.',
      oldBackups:
        'Backups made before keep the old key and the passphrase they were made with: they still restore as they were, but open nothing written from now on. Make a new backup afterwards.',
      passphrase: 'Vault passphrase',
      submit: 'Rotate master key',
      done: 'Master key rotated: {{records}} records and {{chunks}} attachment chunks encrypted again. Make a new backup now.',
      wrong: 'The passphrase is wrong. Nothing was changed.',
      unreadable:
        'A record does not decrypt, so it cannot be encrypted again under a new key. Nothing was changed.',
    },
    restore: {
      title: 'Restore from a backup',
      intro: 'Pick an Airlock backup file and enter the passphrase it was made with.',
      pick: 'Choose backup file',
      noFile: 'No file chosen.',
      file: '{{name}} ({{size}} bytes)',
      passphrase: 'Backup passphrase',
      replace: 'Replace everything in this vault with the backup (nothing is merged)',
      submit: 'Restore backup',
      errors: {
        backup: {
          'wrong-passphrase': 'That passphrase does not open this backup. Nothing was changed.',
          corrupt: 'The backup file is damaged or was altered. Nothing was changed.',
          malformed: 'This is not an Airlock backup file. Nothing was changed.',
          'store-not-empty': 'This vault holds data: tick the box to replace it.',
          'kdf-too-costly':
            'This backup asks for far more key derivation work than any Airlock vault uses. It was refused before deriving anything. Nothing was changed.',
          'audit-broken':
            'The backup’s audit log does not verify, so it cannot be trusted. Nothing was changed.',
          'needs-confirmation':
            'This backup is older than the vault or comes from another vault: confirm what would be lost first. Nothing was changed.',
        },
      },
    },
    reminder: {
      title: 'Time to back up',
      never:
        'No backup of this vault has been verified yet. Save a backup and check it with "Verify backup".',
      old: 'The last verified backup was made {{days}} days ago ({{made}}). Save a new one and verify it.',
      link: 'Backup and verify',
    },
    verifyBackup: {
      title: 'Verify a backup',
      intro:
        'Choose a backup file and enter its passphrase: every row and the audit log are decrypted and checked, nothing is restored.',
      lastNone: 'No backup of this vault has been verified yet.',
      last: 'Last verified backup: made {{made}}, audit sequence {{seq}} (verified {{verified}}).',
      submit: 'Verify backup',
      ok: 'The backup opens and checks out: {{rows}} rows decrypted and valid, audit log of {{entries}} entries intact.',
      failed:
        'The backup does not check out: {{problems}} rows cannot be read or are invalid; {{audit}}.',
      auditOk: 'its audit log is intact',
      auditBroken: 'its audit log does not verify',
      date: 'Made on {{date}}',
      noVault: 'This computer has no vault to compare it with.',
      sameVault: 'A backup of this vault.',
      otherVault: 'A backup of ANOTHER vault.',
      sequence: 'Audit sequence {{backup}} in the backup, {{current}} in this vault: {{relation}}.',
      relation: {
        empty: 'nothing here to replace',
        same: 'the same history',
        newer: 'the backup is newer',
        older: 'the backup is older',
        diverged: 'the histories differ',
        foreign: 'another vault',
        unknown: 'this vault is locked and cannot be compared',
      },
      lost: 'Restoring it would lose {{entries}} audit entries and {{records}} records of this vault.',
      lostUnknown:
        'Restoring it replaces everything in this vault; what would be lost cannot be shown.',
      confirm: 'I understand what will be lost and want to restore this backup',
    },
    backup: {
      title: 'Encrypted backup',
      intro:
        'A backup is one encrypted file holding the whole vault. It opens only with the vault passphrase at the time of the backup.',
      submit: 'Save backup',
      saved: 'Backup saved as {{name}}.',
    },
    audit: {
      title: 'Audit log',
      intro:
        'Every change to the vault is recorded in a hash chain. Verification walks the whole chain.',
      submit: 'Verify log',
      ok: 'The audit log is intact: {{count}} entries.',
      broken: 'The audit log is broken at entry {{seq}} ({{reason}}).',
      reasons: {
        'hash-mismatch': 'the entry was altered',
        'prev-mismatch': 'the entry does not follow the previous one',
        'sequence-gap': 'entries are missing',
        unreadable: 'the entry cannot be decrypted',
        'tail-missing': 'the newest entries recorded in the vault header are missing',
        'head-mismatch': 'the log does not end where the vault header says it does',
        'anchor-invalid': 'the record of the log’s end in the vault header was altered or removed',
        'rolled-back': 'this computer saw a newer state of the vault: it was rolled back',
        'record-changed':
          'a record is not the one its latest entry wrote: it was rolled back to an older copy or replaced',
        'record-missing': 'a record the log says was written is gone: it was deleted',
        'record-unexpected': 'a record the log says was deleted is back',
      },
      record: {
        changed: '{{table}} {{id}}: rolled back or replaced (entry {{seq}} wrote another version)',
        missing: '{{table}} {{id}}: deleted outside Airlock (written by entry {{seq}})',
        unexpected: '{{table}} {{id}}: present again after entry {{seq}} deleted it',
      },
    },
    integrity: {
      title: 'The audit log does not match the vault',
      links: 'Entries are missing or out of order from entry {{seq}}.',
      'tail-missing':
        'The vault header records {{anchored}} audit entries, but only {{head}} are present: the newest entries were deleted, or the data was restored from an older copy.',
      'head-mismatch':
        'The audit log (entry {{head}}) does not end where the vault header says it does (entry {{anchored}}): the header or the log was replaced with another copy.',
      'anchor-invalid':
        'The record of the audit log’s end in the vault header was altered or removed.',
      'rolled-back':
        'This computer last saw a newer state of this vault: the whole database was rolled back to an older copy.',
      hint: 'If you did not restore a backup yourself, treat the data as tampered with: run “Verify log” under “Export & backup” and restore a backup you trust.',
      dismiss: 'Dismiss the audit warning',
    },
    error: {
      generic: 'The vault reported an error: {{message}}',
      // A full disk or exhausted storage quota (store.quota-exceeded): what was not saved.
      quota: {
        create:
          'There is not enough storage space: the vault was not created. Free space on the disk, then try again.',
        passphrase:
          'There is not enough storage space: the new passphrase was not saved, and the vault still opens with the current one. Free space on the disk, then try again.',
        rotate:
          'There is not enough storage space: the master key was not rotated, and every record is as it was. Free space on the disk, then try again.',
        restore:
          'There is not enough storage space: the backup was not restored, and the vault is as it was. Free space on the disk, then try again.',
      },
    },
  },
  ja: {
    create: {
      title: '保管庫の作成',
      intro:
        'Airlock はすべての案件をこのコンピューター上の暗号化された保管庫に保存します。長いパスフレーズを選んでください。データを開く唯一の鍵です。',
      warning:
        '復旧手段はありません。このパスフレーズを失うと、保管庫のデータは永久に失われます。暗号化バックアップを保管してください。',
      warningTitle: 'パスフレーズを失うとデータも失われます',
      passphrase: 'パスフレーズ',
      confirm: 'パスフレーズ(確認)',
      mismatch: '2 つのパスフレーズが一致しません。',
      tooWeak: 'より強いパスフレーズを選んでください(「強い」以上)。',
      submit: '保管庫を作成',
      lostTitle: 'このコンピューターにあった保管庫が失われています',
      lost: 'このプロファイルには保管庫があった記録がありますが、そのデータベースがありません。Airlock が使う Chromium は、開くときに破損を見つけたデータベースを削除します。書き込み中のクラッシュや電源断でそうなることがあります。下から最新のバックアップを復元してください。新しい保管庫は空で始まり、以前の保管庫をこのコンピューターから読み戻すことはできません。',
      lostConfirm: '以前の保管庫が失われたことを理解したうえで、新しい空の保管庫を作成する',
      safetyCopy:
        'Airlock はこのコンピューター上、データベースの外に保管庫の安全コピーを保持しています。最新のもの({{at}} 作成)を下で選択済みです。保管庫のパスフレーズを入力して復元してください。',
    },
    strength: {
      label: '強度: {{level}}',
      levels: {
        '0': '非常に弱い',
        '1': '弱い',
        '2': '普通',
        '3': '強い',
        '4': '非常に強い',
      },
    },
    unlock: {
      title: 'Airlock のロック解除',
      intro: '保管庫はロックされています。パスフレーズを入力して開いてください。',
      passphrase: 'パスフレーズ',
      submit: 'ロック解除',
      wrong: 'このパスフレーズでは保管庫を開けません。確認してもう一度入力してください。',
      loadIssues:
        '{{count}} 件のレコードを読み取れませんでした(ディスク上のデータは変更していません)。',
    },
    progress: {
      'deriving-key': 'パスフレーズから鍵を導出しています…',
      unwrapping: '保管庫の鍵を開いています…',
      decrypting: 'レコードを復号しています({{done}} / {{total}})…',
      'building-index': '検索索引を作成しています…',
      reading: '読み込んでいます…',
      encrypting: '暗号化しています…',
      writing: '書き込んでいます…',
    },
    locked: { reason: 'Airlock は自動的にロックされました: {{reason}}。' },
    causes: {
      idle: '自動ロック時間のあいだ操作がありませんでした',
      suspend: 'コンピューターがスリープしました',
      'screen-lock': '画面がロックされました',
      user: 'ロックが要求されました',
      'second-instance': 'Airlock がもう一度起動されました',
      manual: '手動でロックしました',
    },
    security: {
      title: '保管庫のパスフレーズ',
      current: '現在のパスフレーズ',
      next: '新しいパスフレーズ',
      confirm: '新しいパスフレーズ(確認)',
      submit: 'パスフレーズを変更',
      changed: 'パスフレーズを変更しました。今後は新しいパスフレーズを使ってください。',
      wrongCurrent: '現在のパスフレーズが正しくありません。',
    },
    rotate: {
      title: 'マスター鍵の更新',
      intro:
        '新しいマスター鍵を作り、すべての記録・添付ファイル・監査ログをその鍵で暗号化し直します。パスフレーズの変更だけでは古い鍵が残るため、古いバックアップと古いパスフレーズでこの保管庫のデータが開けてしまいます。',
      oldBackups:
        'これまでのバックアップは古い鍵と作成時のパスフレーズのままです。そのまま復元はできますが、今後書き込まれるデータは開けません。更新後に新しいバックアップを作成してください。',
      passphrase: '保管庫のパスフレーズ',
      submit: 'マスター鍵を更新',
      done: 'マスター鍵を更新しました。記録 {{records}} 件と添付ファイルのチャンク {{chunks}} 個を暗号化し直しました。新しいバックアップを作成してください。',
      wrong: 'パスフレーズが正しくありません。何も変更していません。',
      unreadable:
        '復号できない記録があるため、新しい鍵で暗号化し直せません。何も変更していません。',
    },
    restore: {
      title: 'バックアップから復元',
      intro: 'Airlock のバックアップファイルを選び、作成時のパスフレーズを入力してください。',
      pick: 'バックアップファイルを選択',
      noFile: 'ファイルが選択されていません。',
      file: '{{name}}({{size}} バイト)',
      passphrase: 'バックアップのパスフレーズ',
      replace: 'この保管庫の内容をすべてバックアップで置き換える(統合はしません)',
      submit: 'バックアップを復元',
      errors: {
        backup: {
          'wrong-passphrase':
            'このパスフレーズではバックアップを開けません。何も変更していません。',
          corrupt: 'バックアップファイルが破損しているか改ざんされています。何も変更していません。',
          malformed: 'Airlock のバックアップファイルではありません。何も変更していません。',
          'store-not-empty':
            'この保管庫にはデータがあります。置き換えるにはチェックを入れてください。',
          'kdf-too-costly':
            'このバックアップは Airlock の保管庫が使うよりはるかに大きな鍵導出を要求しています。鍵を導出する前に拒否しました。何も変更していません。',
          'audit-broken':
            'バックアップの監査ログを検証できないため、信頼できません。何も変更していません。',
          'needs-confirmation':
            'このバックアップは保管庫より古いか、別の保管庫のものです。失われる内容を先に確認してください。何も変更していません。',
        },
      },
    },
    reminder: {
      title: 'バックアップの時期です',
      never:
        'この保管庫のバックアップはまだ検証されていません。バックアップを保存し、「バックアップを検証」で確認してください。',
      old: '最後に検証したバックアップは {{days}} 日前（{{made}}）に作成されたものです。新しいバックアップを保存して検証してください。',
      link: 'バックアップと検証',
    },
    verifyBackup: {
      title: 'バックアップの検証',
      intro:
        'バックアップファイルを選び、そのパスフレーズを入力してください。すべての行と監査ログを復号して確認します。復元はしません。',
      lastNone: 'この保管庫のバックアップはまだ検証されていません。',
      last: '最後に検証したバックアップ：{{made}} 作成、監査シーケンス {{seq}}（{{verified}} に検証）。',
      submit: 'バックアップを検証',
      ok: 'バックアップを開いて検証しました: {{rows}} 行を復号し妥当性を確認、監査ログ {{entries}} 件は完全です。',
      failed: 'バックアップの検証に失敗しました: {{problems}} 行が読めないか不正です。{{audit}}。',
      auditOk: '監査ログは完全です',
      auditBroken: '監査ログを検証できません',
      date: '作成日時: {{date}}',
      noVault: 'このコンピューターには比較する保管庫がありません。',
      sameVault: 'この保管庫のバックアップです。',
      otherVault: '別の保管庫のバックアップです。',
      sequence: '監査シーケンス: バックアップ {{backup}}、この保管庫 {{current}}({{relation}})。',
      relation: {
        empty: '置き換える内容はありません',
        same: '同じ履歴です',
        newer: 'バックアップの方が新しい',
        older: 'バックアップの方が古い',
        diverged: '履歴が分岐しています',
        foreign: '別の保管庫です',
        unknown: '保管庫がロックされているため比較できません',
      },
      lost: '復元すると、この保管庫の監査エントリ {{entries}} 件とレコード {{records}} 件が失われます。',
      lostUnknown:
        '復元するとこの保管庫の内容はすべて置き換えられます。失われる内容は表示できません。',
      confirm: '失われる内容を理解したうえで、このバックアップを復元します',
    },
    backup: {
      title: '暗号化バックアップ',
      intro:
        'バックアップは保管庫全体を含む 1 つの暗号化ファイルです。バックアップ時点のパスフレーズでのみ開けます。',
      submit: 'バックアップを保存',
      saved: 'バックアップを {{name}} として保存しました。',
    },
    audit: {
      title: '監査ログ',
      intro:
        '保管庫へのすべての変更はハッシュチェーンに記録されます。検証ではチェーン全体をたどります。',
      submit: 'ログを検証',
      ok: '監査ログは完全です: {{count}} 件。',
      broken: '監査ログはエントリ {{seq}} で壊れています({{reason}})。',
      reasons: {
        'hash-mismatch': 'エントリが改変されています',
        'prev-mismatch': 'エントリが直前のエントリにつながっていません',
        'sequence-gap': 'エントリが欠けています',
        unreadable: 'エントリを復号できません',
        'tail-missing': '保管庫ヘッダーに記録された最新のエントリがありません',
        'head-mismatch': 'ログの末尾が保管庫ヘッダーの記録と一致しません',
        'anchor-invalid': '保管庫ヘッダー内のログ末尾の記録が改変または削除されています',
        'rolled-back':
          'このコンピューターはより新しい保管庫の状態を記録しています。巻き戻されています',
        'record-changed':
          'レコードが最新のエントリで書き込まれたものと異なります。古いコピーに巻き戻されたか置き換えられています',
        'record-missing': 'ログに書き込みが記録されたレコードがありません。削除されています',
        'record-unexpected': 'ログで削除されたレコードが再び存在します',
      },
      record: {
        changed:
          '{{table}} {{id}}: 巻き戻されたか置き換えられています(エントリ {{seq}} は別の版を書き込みました)',
        missing: '{{table}} {{id}}: Airlock の外で削除されています(エントリ {{seq}} で書き込み)',
        unexpected: '{{table}} {{id}}: エントリ {{seq}} で削除された後に再び存在します',
      },
    },
    integrity: {
      title: '監査ログが保管庫と一致しません',
      links: 'エントリ {{seq}} 以降でエントリが欠けているか順序が乱れています。',
      'tail-missing':
        '保管庫ヘッダーには {{anchored}} 件の監査エントリが記録されていますが、{{head}} 件しかありません。最新のエントリが削除されたか、古いコピーから復元されています。',
      'head-mismatch':
        '監査ログの末尾(エントリ {{head}})が保管庫ヘッダーの記録(エントリ {{anchored}})と一致しません。ヘッダーまたはログが別のコピーに置き換えられています。',
      'anchor-invalid': '保管庫ヘッダー内の監査ログ末尾の記録が改変または削除されています。',
      'rolled-back':
        'このコンピューターはこの保管庫のより新しい状態を記録しています。データベース全体が古いコピーに巻き戻されています。',
      hint: 'ご自身でバックアップを復元したのでなければ、データが改ざんされたものとして扱ってください。「エクスポートとバックアップ」の「ログを検証」を実行し、信頼できるバックアップから復元してください。',
      dismiss: '監査の警告を閉じる',
    },
    error: {
      generic: '保管庫でエラーが発生しました: {{message}}',
      quota: {
        create:
          '保存領域が足りません。保管庫は作成されていません。ディスクの空きを増やしてから、もう一度お試しください。',
        passphrase:
          '保存領域が足りません。新しいパスフレーズは保存されておらず、保管庫は現在のパスフレーズで開きます。ディスクの空きを増やしてから、もう一度お試しください。',
        rotate:
          '保存領域が足りません。マスター鍵はローテーションされておらず、すべての記録は元のままです。ディスクの空きを増やしてから、もう一度お試しください。',
        restore:
          '保存領域が足りません。バックアップは復元されておらず、保管庫は元のままです。ディスクの空きを増やしてから、もう一度お試しください。',
      },
    },
  },
} satisfies FeatureMessages;
