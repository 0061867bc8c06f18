/**
 * Why a file could not be saved (files.save, print.pdf, folder.write), in the analyst's
 * language and naming the file. Main sends the code and the file name; the renderer's
 * platform turns them into the sentence, so the message follows the UI language.
 */
export const saveFailureCodes = [
  'disk-full',
  'read-only',
  'not-permitted',
  'write-failed',
] as const;
export type SaveFailureCode = (typeof saveFailureCodes)[number];

export const isSaveFailure = (code: string): code is SaveFailureCode =>
  (saveFailureCodes as readonly string[]).includes(code);

/** The file system's error (its errno name) as what the analyst is told. */
export function saveFailureOf(errno: unknown): SaveFailureCode {
  switch (errno) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return 'disk-full';
    case 'EROFS':
      return 'read-only';
    case 'EACCES':
    case 'EPERM':
      return 'not-permitted';
    default:
      return 'write-failed';
  }
}

type Texts = Record<SaveFailureCode, (name: string) => string>;

const en: Texts = {
  'disk-full': (name) =>
    `${name} was not saved: the disk or removable medium is full. No partial file was left there; free some space or choose another place.`,
  'read-only': (name) =>
    `${name} was not saved: the disk or removable medium is read-only (write-protected or mounted read-only). No partial file was left there.`,
  'not-permitted': (name) =>
    `${name} was not saved: writing to that folder is not permitted. No partial file was left there.`,
  'write-failed': (name) =>
    `${name} was not saved: the write failed. No partial file was left there.`,
};

const ja: Texts = {
  'disk-full': (name) =>
    `${name} は保存されていません。ディスクまたはリムーバブルメディアに空きがありません。書きかけのファイルは残していません。空きを作るか、別の場所を選んでください。`,
  'read-only': (name) =>
    `${name} は保存されていません。ディスクまたはリムーバブルメディアが読み取り専用です（書き込み禁止、または読み取り専用でマウント）。書きかけのファイルは残していません。`,
  'not-permitted': (name) =>
    `${name} は保存されていません。そのフォルダーへの書き込みが許可されていません。書きかけのファイルは残していません。`,
  'write-failed': (name) =>
    `${name} は保存されていません。書き込みに失敗しました。書きかけのファイルは残していません。`,
};

export function saveFailureText(code: SaveFailureCode, name: string, lang: 'en' | 'ja'): string {
  return (lang === 'ja' ? ja : en)[code](name);
}
