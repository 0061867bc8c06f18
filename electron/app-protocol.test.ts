import { describe, it, expect } from 'vitest';
import {
  APP_ENTRY_URL,
  createAppProtocolHandler,
  isAppUrl,
  privilegedSchemes,
} from './app-protocol';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';

const root = '/opt/airlock/dist/renderer';
const files = new Map<string, string>([
  [`${root}/index.html`, '<!doctype html><title>Airlock</title>'],
  [`${root}/assets/app.js`, 'console.log(1)'],
  ['/etc/passwd', 'root:x:0:0'],
  ['/opt/airlock/secret.txt', 'outside the root'],
]);

function makeHandler() {
  const reads: string[] = [];
  const handler = createAppProtocolHandler({
    rendererRoot: root,
    readFile: (path) => {
      reads.push(path);
      const text = files.get(path);
      return text === undefined
        ? Promise.reject(new Error('ENOENT'))
        : Promise.resolve(new TextEncoder().encode(text));
    },
  });
  return { handler, reads };
}

const get = (url: string) => new Request(url);

describe('app:// protocol handler', () => {
  it('serves a normal asset with the CSP and its MIME type', async () => {
    const { handler } = makeHandler();
    const res = await handler(get('app://airlock/assets/app.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('serves index.html for the entry URL and for the bare origin', async () => {
    const { handler } = makeHandler();
    for (const url of [APP_ENTRY_URL, 'app://airlock/']) {
      const res = await handler(get(url));
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('<title>Airlock</title>');
    }
  });

  it('answers 404 with the security headers for a missing file', async () => {
    const { handler } = makeHandler();
    const res = await handler(get('app://airlock/nope.js'));
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('keeps a dot-dot path normalised by the URL parser inside the root', async () => {
    const { handler, reads } = makeHandler();
    // The URL parser turns this into /etc/passwd, which must be looked up under the root.
    const res = await handler(get('app://airlock/../../etc/passwd'));
    expect(res.status).toBe(404);
    expect(reads).toEqual([`${root}/etc/passwd`]);
    expect(await res.text()).not.toContain('root:x');
  });

  it.each([
    'app://airlock/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://airlock/assets/%2e%2e/%2e%2e/secret.txt',
    'app://airlock/%252e%252e/%252e%252e/etc/passwd',
    'app://airlock/assets/..%5c..%5csecret.txt',
    'app://airlock/%2fetc%2fpasswd/..%2f..%2f..%2fetc%2fpasswd',
    'app://airlock/C:%5cWindows%5cwin.ini',
    'app://airlock/index.html%00.js',
  ])('refuses the traversal %s without reading outside the root', async (url) => {
    const { handler, reads } = makeHandler();
    const res = await handler(get(url));
    expect(res.status).toBe(404);
    for (const path of reads) expect(path.startsWith(`${root}/`)).toBe(true);
    expect(await res.text()).toBe('');
  });

  it('treats an absolute-looking path as relative to the root', async () => {
    const { handler, reads } = makeHandler();
    const res = await handler(get('app://airlock//etc/passwd'));
    expect(res.status).toBe(404);
    expect(reads).toEqual([`${root}/etc/passwd`]);
  });

  it.each([
    'app://evil/index.html',
    'app://airlock.example/index.html',
    'https://airlock/index.html',
  ])('refuses the wrong host or scheme %s', async (url) => {
    const { handler, reads } = makeHandler();
    const res = await handler(get(url));
    expect(res.status).toBe(404);
    expect(reads).toEqual([]);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const { handler, reads } = makeHandler();
    const res = await handler(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }));
    expect(res.status).toBe(405);
    expect(reads).toEqual([]);
  });
});

describe('app:// origin rules', () => {
  it('registers the scheme as standard, secure and fetch-capable', () => {
    expect(privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('recognises only the app origin', () => {
    expect(isAppUrl('app://airlock/index.html')).toBe(true);
    expect(isAppUrl('app://airlock.evil/index.html')).toBe(false);
    expect(isAppUrl('app://airlock')).toBe(false);
    expect(isAppUrl('https://example.com/')).toBe(false);
  });
});
