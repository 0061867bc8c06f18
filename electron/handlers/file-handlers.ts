import { basename, join } from 'node:path';
import { stat } from 'node:fs/promises';
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
import { writeFileAtomic, type WriteFs } from './atomic-write';

export type FileHandlerDeps = {
  dialog: DialogPort;
  /** Folder the save dialog opens in; a bare suggested name alone lands in the cwd. */
  defaultDirectory?: string;
  /** What all files of one pick may hold together (the contract's ceiling). */
  totalCap?: number;
  read?: typeof readFileCapped;
  writeFs?: WriteFs;
};

/**
 * files.open: the user picks files in the native dialog; each is read with the caller's
 * size cap and what is left of the total ceiling, checked before a file is read, so a
 * pick never holds more than the ceiling in memory. Only base names go back, never the
 * paths, so the renderer learns nothing about the disk layout.
 */
export function createOpenFiles(deps: FileHandlerDeps): ChannelHandler<'files.open'> {
  const totalCap = deps.totalCap ?? MAX_FILE_BYTES;
  const read = deps.read ?? readFileCapped;
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
    const together = () => fail('too-large', `the chosen files exceed ${totalCap} bytes together`);
    for (const path of paths) {
      // stat does not open, so a FIFO cannot block here; the read checks the type itself.
      const size = (await stat(path).catch(() => null))?.size ?? 0;
      if (size <= args.maxBytes && total + size > totalCap) return together();
      const cap = Math.min(args.maxBytes, totalCap - total);
      const file = await read(path, cap);
      if (!file.ok) {
        // Within the caller's cap but past what is left of the total: say which.
        if (file.error.code === 'too-large' && cap < args.maxBytes) return together();
        return fail(file.error.code, `${basename(path)}: ${file.error.message}`);
      }
      total += file.value.length;
      picked.push({ name: basename(path), size: file.value.length, bytes: file.value });
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
    // The dialog asked before overwriting; the old file stays whole if the write fails.
    const written = await writeFileAtomic(path, args.bytes, {
      replace: true,
      ...(deps.writeFs === undefined ? {} : { fs: deps.writeFs }),
    });
    return written.ok ? ok({ saved: true }) : written;
  };
}
