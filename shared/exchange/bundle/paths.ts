// Which entry names a bundle may hold. Airlock writes only names of this shape, so the
// reader can be strict instead of trying to sanitise: anything else (`../`, absolute
// paths, drive letters, backslashes, empty or dot segments, control or non-ASCII
// characters, directory entries) is refused, which also makes `--extract` safe by
// construction. The CLI still checks the resolved path against the target directory.

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const MAX_PATH_LENGTH = 255;
const MAX_DEPTH = 6;

export type PathVerdict = { ok: true } | { ok: false; reason: string };

export function checkBundlePath(path: string): PathVerdict {
  if (path.length === 0) return { ok: false, reason: 'empty name' };
  if (path.length > MAX_PATH_LENGTH)
    return { ok: false, reason: 'name longer than 255 characters' };
  if (path.startsWith('/') || path.startsWith('\\')) return { ok: false, reason: 'absolute path' };
  if (/^[A-Za-z]:/.test(path)) return { ok: false, reason: 'drive-letter path' };
  if (path.includes('\\')) return { ok: false, reason: 'backslash in name' };
  if (path.endsWith('/')) return { ok: false, reason: 'directory entry' };
  const segments = path.split('/');
  if (segments.length > MAX_DEPTH) return { ok: false, reason: 'path nested too deeply' };
  for (const segment of segments) {
    if (segment === '..' || segment === '.') return { ok: false, reason: 'path traversal' };
    if (!SEGMENT.test(segment))
      return { ok: false, reason: `disallowed name segment '${segment}'` };
  }
  return { ok: true };
}

/** Printable form of an untrusted name for an error message (no control characters). */
export function describePath(path: string): string {
  const printable = path.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > 120 ? `${printable.slice(0, 117)}...` : printable;
}
