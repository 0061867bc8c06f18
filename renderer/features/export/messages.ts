import type { FeatureMessages } from '../../i18n/messages';

export const exportScreenMessages = {
  en: {
    intro:
      'Backups cover the whole vault. Messages, bundles and advisories are exported from each case.',
  },
  ja: {
    intro:
      'バックアップは保管庫全体が対象です。メッセージ、バンドル、アドバイザリは各案件から書き出します。',
  },
} satisfies FeatureMessages;
