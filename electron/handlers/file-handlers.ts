import { basename, join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { MAX_FILE_BYTES, type PickedFile } from '../../shared/ipc/contract';
import { fail, ok } from '../../shared/ipc/result';
import type { ChannelHandler } from '../ipc-register';
import {
  chosenSavePath,
  openFileProperties,
  saveFileProperties,
  type DialogPort,
} from './dialog-port';
import { readFileCapped } from './read-capped';

export type FileHandlerDeps = {
  dialog: DialogPort;
  /** Folder the save dialog opens in; a bare suggested name alone lands in the cwd. */
  defaultDirectory?: string;
};

/**
 * files.open: the user picks files in the native dialog; each is read with the caller's
 * size cap and the total with the contract's ceiling. Only base names go back, never
 * the paths, so the renderer learns nothing about the disk layout.
 */
export function createOpenFiles(deps: FileHandlerDeps): ChannelHandler<'files.open'> {
  return async (args) => {
    const answer = await deps.dialog.showOpenDialog({
      ...(args.title === undefined ? {} : { title: args.title }),
      filters: args.filters,
      properties: openFileProperties(args.multiple),
    });
    if (answer.canceled) return ok([]);
    const paths = args.multiple ? answer.filePaths : answer.filePaths.slice(0, 1);
    const picked: PickedFile[] = [];
    let total = 0;
    for (const path of paths) {
      const read = await readFileCapped(path, args.maxBytes);
      if (!read.ok) return fail(read.error.code, `${basename(path)}: ${read.error.message}`);
      total += read.value.length;
      if (total > MAX_FILE_BYTES) {
        return fail('too-large', `the chosen files exceed ${MAX_FILE_BYTES} bytes together`);
      }
      picked.push({ name: basename(path), size: read.value.length, bytes: read.value });
    }
    return ok(picked);
  };
}

/** files.save: the bytes go where the user says in the save dialog, nowhere else. */
export function createSaveFile(deps: FileHandlerDeps): ChannelHandler<'files.save'> {
  return async (args) => {
    if (args.bytes.length > MAX_FILE_BYTES) {
      return fail('too-large', `a file may not exceed ${MAX_FILE_BYTES} bytes`);
    }
    const answer = await deps.dialog.showSaveDialog({
      defaultPath:
        deps.defaultDirectory === undefined
          ? args.suggestedName
          : join(deps.defaultDirectory, args.suggestedName),
      filters: args.filters,
      properties: saveFileProperties,
    });
    const path = chosenSavePath(answer);
    if (path === null) return ok({ saved: false });
    await writeFile(path, args.bytes);
    return ok({ saved: true });
  };
}
