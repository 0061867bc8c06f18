// The web shell's static server: the built renderer on 127.0.0.1 only, with the same CSP
// and path confinement as Electron's app:// handler (both use shared/security).
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { SECURITY_HEADERS } from '../shared/security/csp';
import { mimeTypeFor, resolveAssetPath } from '../shared/security/asset-path';

export type WebServer = { url: string; close: () => Promise<void>; server: Server };

export async function startWebServer(options: { root: string; port: number }): Promise<WebServer> {
  const root = resolve(options.root);
  const server = createServer((request, response) => {
    void (async () => {
      const send = (
        status: number,
        body: string | Uint8Array,
        type = 'text/plain; charset=utf-8',
      ) => {
        response.writeHead(status, {
          ...SECURITY_HEADERS,
          'Content-Type': type,
          'Cache-Control': 'no-store',
        });
        response.end(body);
      };
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return send(405, 'method not allowed');
      // DNS-rebinding guard: only answer requests addressed to the loopback name we serve.
      const host = request.headers.host ?? '';
      if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) return send(421, 'misdirected request');
      const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const relative = resolveAssetPath(pathname);
      if (relative === null) return send(404, 'not found');
      const file = join(root, relative);
      if (!file.startsWith(root + '/')) return send(404, 'not found');
      try {
        if (!(await stat(file)).isFile()) return send(404, 'not found');
        send(200, await readFile(file), mimeTypeFor(relative));
      } catch {
        send(404, 'not found');
      }
    })();
  });
  await new Promise<void>((done, failed) => {
    server.once('error', failed);
    server.listen(options.port, '127.0.0.1', () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
