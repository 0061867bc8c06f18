import type { MessageTree } from '../../i18n/messages';

export const vaultEn = {
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
    safety: {
      pending:
        'A safety copy of the vault will be kept on this computer, outside its database, shortly after you start working.',
      kept: 'Safety copy kept on this computer, outside the vault’s database: made {{at}}. It covers a crash that damages the database; it does not replace backups on removable media.',
      unavailable:
        'This computer cannot keep safety copies of the vault (the app has no private file storage here). Save a backup yourself at the end of each day’s work.',
      failed: 'The last safety copy could not be made ({{reason}}). Save a backup now.',
    },
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
} satisfies MessageTree;
