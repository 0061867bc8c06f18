import { join } from 'node:path';
import { fail, ok } from '../../shared/ipc/result';
import type { ChannelHandler } from '../ipc-register';
import { writeFileAtomic, type WriteFs } from './atomic-write';
import { chosenSavePath, saveFileProperties, type DialogPort } from './dialog-port';

/** The slice of the main window's webContents that prints. */
export type PrintableContents = {
  printToPDF(options: {
    printBackground: boolean;
    pageSize: 'A4';
    generateDocumentOutline: boolean;
  }): Promise<Uint8Array>;
};

export type PrintDeps = {
  dialog: DialogPort;
  getContents: () => PrintableContents | null;
  defaultDirectory?: string;
  writeFs?: WriteFs;
};

/**
 * print.pdf: asks where to save first (nothing is rendered if the user cancels), then
 * prints the page as it is now — the renderer shows the printable view before calling.
 * Chromium renders the PDF locally; no print service or network is involved.
 */
export function createPrintPdf(deps: PrintDeps): ChannelHandler<'print.pdf'> {
  return async (args) => {
    const contents = deps.getContents();
    if (contents === null) return fail('unavailable', 'there is no window to print');
    const answer = await deps.dialog.showSaveDialog({
      defaultPath:
        deps.defaultDirectory === undefined
          ? args.suggestedName
          : join(deps.defaultDirectory, args.suggestedName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: saveFileProperties,
    });
    const path = chosenSavePath(answer);
    if (path === null) return ok({ saved: false });
    const pdf = await contents.printToPDF({
      printBackground: true,
      pageSize: 'A4',
      generateDocumentOutline: true,
    });
    const written = await writeFileAtomic(path, pdf, {
      replace: true,
      ...(deps.writeFs === undefined ? {} : { fs: deps.writeFs }),
    });
    return written.ok ? ok({ saved: true }) : written;
  };
}
