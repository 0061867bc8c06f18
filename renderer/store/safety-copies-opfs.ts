import type { CopyDirectory } from './safety-copies';

const DIRECTORY = 'safety-copies';

/**
 * The origin private file system (OPFS) as the safety copies' directory: files in the
 * profile's "File System" area, apart from IndexedDB's LevelDB. Chromium's writable stream
 * writes to a swap file and moves it into place on close(), so a copy is whole or absent.
 * null where there is none (a browser without OPFS, unit tests).
 */
export const opfsCopyDirectory = async (): Promise<CopyDirectory | null> => {
  const storage = (globalThis as { navigator?: Navigator }).navigator?.storage;
  if (storage?.getDirectory === undefined) return null;
  let dir: FileSystemDirectoryHandle;
  try {
    dir = await (await storage.getDirectory()).getDirectoryHandle(DIRECTORY, { create: true });
  } catch {
    return null;
  }
  return {
    names: async () => {
      const names: string[] = [];
      for await (const [name, handle] of dir.entries())
        if (handle.kind === 'file') names.push(name);
      return names;
    },
    write: async (name, bytes) => {
      const file = await dir.getFileHandle(name, { create: true });
      const writable = await file.createWritable();
      try {
        // The backup file is made over an ArrayBuffer (never a SharedArrayBuffer).
        await writable.write(bytes as Uint8Array<ArrayBuffer>);
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => undefined);
        await dir.removeEntry(name).catch(() => undefined);
        throw error;
      }
    },
    read: async (name) => {
      try {
        const file = await (await dir.getFileHandle(name)).getFile();
        return new Uint8Array(await file.arrayBuffer());
      } catch {
        return null;
      }
    },
    remove: (name) => dir.removeEntry(name),
  };
};
