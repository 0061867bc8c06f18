import { lstat, opendir, realpath, stat } from 'node:fs/promises';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/ipc/result';
import type { ChannelHandler } from '../ipc-register';
import type { DialogPort } from './dialog-port';
import { entryPath, isInside, isSafeEntryName, type FolderGrants } from './folder-grants';
import { readFileCapped } from './read-capped';
import { writeFileAtomic, type WriteFs } from './atomic-write';

/** Entries `folder.list` looks at before it gives up: a folder of a million files (or a
 *  hostile image that claims so) must not keep main busy or build a huge reply. */
export const MAX_LIST_ENTRIES = 10_000;

export type FolderHandlerDeps = {
  dialog: DialogPort;
  grants: FolderGrants;
  maxListEntries?: number;
  writeFs?: WriteFs;
};

type FolderHandlers = {
  'folder.choose': ChannelHandler<'folder.choose'>;
  'folder.list': ChannelHandler<'folder.list'>;
  'folder.read': ChannelHandler<'folder.read'>;
  'folder.write': ChannelHandler<'folder.write'>;
};

const unknownGrant = (): Result<never> =>
  fail('unknown-grant', 'the folder is no longer available; choose it again');

/**
 * The granted root, re-resolved now: if any component of it was replaced by a symbolic
 * link (or the folder moved) since the analyst chose it, the stored path may lead
 * somewhere else entirely, so every operation refuses and asks for the folder again.
 */
async function checkedRoot(grants: FolderGrants, grantId: string): Promise<Result<string>> {
  const root = grants.root(grantId);
  if (root === null) return unknownGrant();
  const [real, info] = await Promise.all([
    realpath(root).catch(() => null),
    lstat(root).catch(() => null),
  ]);
  if (real !== root || info === null || !info.isDirectory()) {
    return fail(
      'root-changed',
      'the folder was moved or replaced since it was chosen; choose it again',
    );
  }
  return ok(root);
}

/** The real path and size of an entry if it is a regular file inside the granted folder. */
async function fileInside(
  root: string,
  name: string,
): Promise<{ real: string; size: number } | null> {
  const path = entryPath(root, name);
  if (path === null) return null;
  const real = await realpath(path).catch(() => null);
  // A symlink may point elsewhere in the folder, never out of it.
  if (real === null || !isInside(root, real)) return null;
  const info = await stat(real).catch(() => null);
  return info?.isFile() === true ? { real, size: info.size } : null;
}

/**
 * The removable-media channels (folder.choose/list/read/write). Files are listed and
 * read only as plain names directly inside the granted folder: no sub-folders, no
 * dot-files (AppleDouble `._x` and `.Trashes` noise), no Windows device names, no
 * symlink that leaves the folder, nothing but regular files.
 */
export function createFolderHandlers(deps: FolderHandlerDeps): FolderHandlers {
  const { dialog, grants } = deps;
  const maxListEntries = deps.maxListEntries ?? MAX_LIST_ENTRIES;
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
      const root = await checkedRoot(grants, grantId);
      if (!root.ok) return root;
      const files: { name: string; size: number }[] = [];
      let seen = 0;
      for await (const entry of await opendir(root.value)) {
        if (++seen > maxListEntries) {
          return fail(
            'too-many-entries',
            `the folder holds more than ${maxListEntries} entries; choose a folder with fewer`,
          );
        }
        if (!isSafeEntryName(entry.name)) continue;
        if (!entry.isFile() && !entry.isSymbolicLink()) continue;
        const file = await fileInside(root.value, entry.name);
        if (file !== null) files.push({ name: entry.name, size: file.size });
      }
      files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return ok(files);
    },

    'folder.read': async ({ grantId, name, maxBytes }) => {
      const root = await checkedRoot(grants, grantId);
      if (!root.ok) return root;
      const file = await fileInside(root.value, name);
      if (file === null) return fail('not-found', `${name}: no such file in the folder`);
      const read = await readFileCapped(file.real, maxBytes, { noFollow: true });
      if (!read.ok) return fail(read.error.code, `${name}: ${read.error.message}`);
      return ok({ name, size: read.value.length, bytes: read.value });
    },

    'folder.write': async ({ grantId, name, bytes }) => {
      const root = await checkedRoot(grants, grantId);
      if (!root.ok) return root;
      const path = entryPath(root.value, name);
      if (path === null) return fail('invalid-name', `${name}: not a plain file name`);
      if (bytes.length > MAX_FILE_BYTES) {
        return fail('too-large', `a file may not exceed ${MAX_FILE_BYTES} bytes`);
      }
      const existing = await lstat(path).catch(() => null);
      if (existing !== null) return fail('exists', `${name}: a file of that name exists`);
      // Never replaces: a name that appears after the check above is refused too.
      const written = await writeFileAtomic(path, bytes, {
        replace: false,
        ...(deps.writeFs === undefined ? {} : { fs: deps.writeFs }),
      });
      if (!written.ok) return written;
      return ok({ written: true });
    },
  };
}
