/**
 * Maps the path part of a request URL to a file path relative to the built renderer,
 * or null when it would leave that folder. Pure string work, so the Electron `app://`
 * handler and the web shell confine paths with the same code.
 */
export function resolveAssetPath(urlPathname: string): string | null {
  let decoded: string;
  try {
    // Decode repeatedly: %252e%252e is "%2e%2e" after one pass and ".." after two.
    decoded = urlPathname;
    for (let i = 0; i < 3; i++) {
      const next = decodeURIComponent(decoded);
      if (next === decoded) break;
      decoded = next;
    }
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..' || /^[A-Za-z]:$/.test(s))) return null;
  if (segments.length === 0) return 'index.html';
  return segments.join('/');
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  wasm: 'application/wasm',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  txt: 'text/plain; charset=utf-8',
};

export function mimeTypeFor(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return MIME_TYPES[ext] ?? 'application/octet-stream';
}
