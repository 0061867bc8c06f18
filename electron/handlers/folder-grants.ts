import { randomUUID } from 'node:crypto';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';

export type FolderGrant = { grantId: string; label: string };

/**
 * Folders the user chose in the native dialog, by opaque id. The renderer holds only
 * the id, so a compromised page can reach no folder the user did not pick, and inside
 * it only plain names (ARCHITECTURE.md §5). Grants live in main memory only and are
 * dropped when the app locks.
 */
export type FolderGrants = {
  /** `realRoot` must already be the folder's real path (symlinks resolved). */
  grant(realRoot: string): FolderGrant;
  root(grantId: string): string | null;
  clear(): void;
};

export function createFolderGrants(newId: () => string = randomUUID): FolderGrants {
  const roots = new Map<string, string>();
  return {
    grant(realRoot) {
      const grantId = newId();
      roots.set(grantId, realRoot);
      return { grantId, label: basename(realRoot) || realRoot };
    },
    root: (grantId) => roots.get(grantId) ?? null,
    clear: () => roots.clear(),
  };
}

/** Device names Windows opens as devices in any folder, with any extension ("nul.txt"). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$) *(\.|$)/i;

/**
 * A name usable inside a granted folder: one path component, no separators, no
 * control characters, no ':' (a Windows drive prefix or alternate data stream), not a
 * dot-file (which also rules out '.' and '..'; on media they are AppleDouble `._x` and
 * `.Trashes` noise, and a written one would be hidden from the analyst), not a Windows
 * device name, not ending in a dot or a space (Windows drops them, so two names would
 * meet on one file). Stricter than the contract's schema on purpose: it is the last
 * fence before the file system.
 */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 255 || name.startsWith('.')) return false;
  if (WINDOWS_RESERVED.test(name) || /[. ]$/.test(name)) return false;
  // eslint-disable-next-line no-control-regex -- control characters are what we refuse
  return !/[/\\:\u0000-\u001f\u007f]/.test(name);
}

/** The path of `name` directly inside `root`, or null when it would be anywhere else. */
export function entryPath(root: string, name: string): string | null {
  if (!isSafeEntryName(name)) return null;
  const path = join(root, name);
  return dirname(path) === root ? path : null;
}

/** True when `realPath` (symlinks resolved) is strictly inside `realRoot`. */
export function isInside(realRoot: string, realPath: string): boolean {
  const rel = relative(realRoot, realPath);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
