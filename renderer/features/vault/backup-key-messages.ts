import type { FeatureMessages } from '../../i18n/messages';

/** "Verify backup" on a backup made before a master-key rotation (`t('backupKey.…')`,
 *  BackupCheckReport; the comparison's `olderMasterKey`). */
export const backupKeyMessages = {
  en: {
    older:
      'Made with an OLDER master key: this vault’s key was rotated after this backup. It opens only with the passphrase of that time and reads none of the vault’s rows written since; restoring it brings that older key back.',
  },
  ja: {
    older:
      '古いマスター鍵で作成されたバックアップです。この保管庫の鍵はこのバックアップの後にローテーションされました。当時のパスフレーズでしか開けず、それ以降に書き込まれた保管庫の行は読めません。復元するとその古い鍵に戻ります。',
  },
} satisfies FeatureMessages;
