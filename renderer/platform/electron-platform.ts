import type { AirlockBridge } from '../../shared/ipc/bridge';
import { ipcContract } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/ipc/result';
import { isSaveFailure, saveFailureText } from '../../shared/ipc/save-failure';
import type { Platform } from './platform';

/**
 * The Electron implementation of the Platform port: each call goes through the preload
 * bridge, and each result is parsed again with the contract before the renderer trusts it.
 * A file that could not be saved is worded here, in the UI's language (`lang`), from the
 * code and file name main sends (shared/ipc/save-failure.ts).
 */
export function createElectronPlatform(
  bridge: AirlockBridge,
  lang: () => 'en' | 'ja' = () => 'en',
): Platform {
  const call = async <T>(
    channel: keyof typeof ipcContract,
    invoke: () => Promise<Result<unknown>>,
  ): Promise<Result<T>> => {
    const result = await invoke();
    if (!result.ok) {
      const { code, subject } = result.error;
      return isSaveFailure(code) && subject !== undefined
        ? fail(code, saveFailureText(code, subject, lang()), subject)
        : result;
    }
    const parsed = ipcContract[channel].result.safeParse(result.value);
    return parsed.success
      ? { ok: true, value: parsed.data as T }
      : fail('invalid-result', `unexpected reply on ${channel}`);
  };
  return {
    shell: 'electron',
    appInfo: () => call('app.info', () => bridge['app.info']({})),
    openFiles: (args) => call('files.open', () => bridge['files.open'](args)),
    saveFile: (args) => call('files.save', () => bridge['files.save'](args)),
    folders: {
      choose: (args) => call('folder.choose', () => bridge['folder.choose'](args)),
      list: (args) => call('folder.list', () => bridge['folder.list'](args)),
      read: (args) => call('folder.read', () => bridge['folder.read'](args)),
      write: (args) => call('folder.write', () => bridge['folder.write'](args)),
    },
    printToPdf: (args) => call('print.pdf', () => bridge['print.pdf'](args)),
    onLockRequested: (listener) => bridge.onLockRequested(listener),
  };
}
