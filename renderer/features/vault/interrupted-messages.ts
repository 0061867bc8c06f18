import type { FeatureMessages } from '../../i18n/messages';

/** The notice after an unlock that found a write of the last session interrupted
 *  (`t('interruptedWrite.…')`, renderer/store/write-journal.ts). */
export const interruptedWriteMessages = {
  en: {
    title: 'A write was interrupted',
    what: {
      records: 'The write of {{count}} records started at {{at}}',
      'bundle-import': 'The bundle import started at {{at}}',
      restore: 'The backup restore started at {{at}}',
    },
    body: '{{what}} did not finish: Airlock stopped before it was saved (a crash, a power loss or a forced quit). Nothing of it was kept; the vault is as it was before it. Do it again if it is still needed.',
    dismiss: 'Dismiss the notice about the interrupted write',
  },
  ja: {
    title: '書き込みが中断されました',
    what: {
      records: '{{at}} に開始した {{count}} 件の記録の書き込み',
      'bundle-import': '{{at}} に開始したバンドルの取り込み',
      restore: '{{at}} に開始したバックアップからの復元',
    },
    body: '{{what}}は完了していません。保存の前に Airlock が停止しました(クラッシュ、電源断、強制終了)。その内容は何も保存されておらず、保管庫はその前の状態のままです。必要であればもう一度実行してください。',
    dismiss: '中断された書き込みの通知を閉じる',
  },
} satisfies FeatureMessages;
