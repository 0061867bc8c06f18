import { lstat, readdir, realpath, stat, writeFile } from 'node:fs/promises';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/ipc/result';
import type { ChannelHandler } from '../ipc-register';
import type { DialogPort } from './dialog-port';
import { entryPath, isInside, isSafeEntryName, type FolderGrants } from './folder-grants';
import { readFileCapped } from './read-capped';

export type FolderHandlerDeps = { dialog: DialogPort; grants: FolderGrants };

type FolderHandlers = {
  'folder.choose': ChannelHandler<'folder.choose'>;
  'folder.list': ChannelHandler<'folder.list'>;
  'folder.read': ChannelHandler<'folder.read'>;
  'folder.write': ChannelHandler<'folder.write'>;
};

const unknownGrant = (): Result<never> =>
  fail('unknown-grant', 'the folder is no longer available; choose it again');

/** The real path of an entry if it is a regular file inside the granted folder. */
async function realFileInside(root: string, name: string): Promise<string | null> {
  const path = entryPath(root, name);
  if (path === null) return null;
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    return null;
  }
  // A symlink may point elsewhere in the folder, never out of it.
  if (!isInside(root, real)) return null;
  const info = await stat(real);
  return info.isFile() ? real : null;
}

/**
 * The removable-media channels (folder.choose/list/read/write). Files are listed and
 * read only as plain names directly inside the granted folder: no sub-folders, no
 * dot-files (AppleDouble `._x` and `.Trashes` noise), no symlink that leaves the folder.
 */
export function createFolderHandlers(deps: FolderHandlerDeps): FolderHandlers {
  const { dialog, grants } = deps;
  return {
    'folder.choose': async (args) => {
      const answer = await dialog.showOpenDialog({
        ...(args.title === undefined ? {} : { title: args.title }),
        properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
      });
      const chosen = answer.filePaths[0];
      if (answer.canceled || chosen === undefined) return ok(null);
      return ok(grants.grant(await realpath(chosen)));
    },

    'folder.list': async ({ grantId }) => {
      const root = grants.root(grantId);
      if (root === null) return unknownGrant();
      const entries = await readdir(root, { withFileTypes: true });
      const files: { name: string; size: number }[] = [];
      for (const entry of entries) {
        if (entry.name.startsWith('.') || !isSafeEntryName(entry.name)) continue;
        if (!entry.isFile() && !entry.isSymbolicLink()) continue;
        const real = await realFileInside(root, entry.name);
        if (real === null) continue;
        files.push({ name: entry.name, size: (await stat(real)).size });
      }
      files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return ok(files);
    },

    'folder.read': async ({ grantId, name, maxBytes }) => {
      const root = grants.root(grantId);
      if (root === null) return unknownGrant();
      const real = await realFileInside(root, name);
      if (real === null) return fail('not-found', `${name}: no such file in the folder`);
      const read = await readFileCapped(real, maxBytes, true);
      if (!read.ok) return fail(read.error.code, `${name}: ${read.error.message}`);
      return ok({ name, size: read.value.length, bytes: read.value });
    },

    'folder.write': async ({ grantId, name, bytes }) => {
      const root = grants.root(grantId);
      if (root === null) return unknownGrant();
      const path = entryPath(root, name);
      if (path === null) return fail('invalid-name', `${name}: not a plain file name`);
      if (bytes.length > MAX_FILE_BYTES) {
        return fail('too-large', `a file may not exceed ${MAX_FILE_BYTES} bytes`);
      }
      const existing = await lstat(path).catch(() => null);
      if (existing !== null) return fail('exists', `${name}: a file of that name exists`);
      // 'wx' refuses to follow or replace anything created after the check above.
      await writeFile(path, bytes, { flag: 'wx' });
      return ok({ written: true });
    },
  };
}
