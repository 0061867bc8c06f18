import { join, relative, isAbsolute } from 'node:path';
import { resolveAssetPath, mimeTypeFor } from '../shared/security/asset-path';
import { SECURITY_HEADERS } from '../shared/security/csp';

/**
 * The UI is served from `app://airlock/`, a privileged scheme confined to the built
 * renderer folder (ARCHITECTURE.md §5). A real origin (not file://) gives the renderer its
 * own IndexedDB and lets the CSP say 'self' and mean only the app.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'airlock';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** For `protocol.registerSchemesAsPrivileged`, which must run before app ready. */
export const privilegedSchemes = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true },
  },
];

/** True only for URLs on the app's own origin (`app://airlock/...`). */
export function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}

/** Reads one file by absolute path; may reject (missing file, directory, ...). */
export type ReadFile = (absolutePath: string) => Promise<Uint8Array>;

export type AppProtocolOptions = {
  /** Absolute path of the built renderer (dist/renderer). */
  rendererRoot: string;
  readFile: ReadFile;
};

export type AppProtocolHandler = (request: Request) => Promise<Response>;

function respond(status: number, body: Uint8Array | null, contentType: string): Response {
  const headers = new Headers(SECURITY_HEADERS);
  headers.set('Content-Type', contentType);
  headers.set('Cache-Control', 'no-store');
  // Copy into a fresh ArrayBuffer: a Node Buffer may be a view on a shared pool.
  const payload = body === null ? null : body.slice().buffer;
  return new Response(payload, { status, headers });
}

const notFound = (): Response => respond(404, null, 'text/plain; charset=utf-8');

/**
 * Builds the `protocol.handle('app', …)` handler. Anything that is not a GET/HEAD for a
 * file inside the renderer root on host `airlock` gets a 404 with the security headers.
 */
export function createAppProtocolHandler(options: AppProtocolOptions): AppProtocolHandler {
  const { rendererRoot, readFile } = options;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, null, 'text/plain; charset=utf-8');
    }
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
    const relativePath = resolveAssetPath(url.pathname);
    if (relativePath === null) return notFound();
    const absolutePath = join(rendererRoot, relativePath);
    // Second fence, independent of the string rules in resolveAssetPath.
    const fromRoot = relative(rendererRoot, absolutePath);
    if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return notFound();
    let body: Uint8Array;
    try {
      body = await readFile(absolutePath);
    } catch {
      return notFound();
    }
    return respond(200, request.method === 'HEAD' ? null : body, mimeTypeFor(relativePath));
  };
}
