import { ok } from '../../shared/ipc/result';
import type { ChannelHandlers } from '../ipc-register';
import type { DialogPort } from './dialog-port';
import { createOpenFiles, createSaveFile } from './file-handlers';
import type { FolderGrants } from './folder-grants';
import { createFolderHandlers } from './folder-handlers';
import { createPrintPdf, type PrintableContents } from './print-pdf';

export type HandlerDeps = {
  appName: string;
  appVersion: string;
  platform: string;
  dialog: DialogPort;
  grants: FolderGrants;
  getContents: () => PrintableContents | null;
  /** Where save dialogs open (the user's documents folder). */
  defaultDirectory?: string;
};

/** Every channel of the contract bound to its implementation; the type forbids gaps. */
export function createHandlers(deps: HandlerDeps): ChannelHandlers {
  const where =
    deps.defaultDirectory === undefined ? {} : { defaultDirectory: deps.defaultDirectory };
  return {
    'app.info': () =>
      Promise.resolve(
        ok({
          name: deps.appName,
          version: deps.appVersion,
          shell: 'electron' as const,
          platform: deps.platform,
        }),
      ),
    'files.open': createOpenFiles({ dialog: deps.dialog, ...where }),
    'files.save': createSaveFile({ dialog: deps.dialog, ...where }),
    ...createFolderHandlers({ dialog: deps.dialog, grants: deps.grants }),
    'print.pdf': createPrintPdf({ dialog: deps.dialog, getContents: deps.getContents, ...where }),
  };
}
