// Chromium launched by the test itself (not by Playwright), so the test holds its process
// id and can kill it with SIGKILL: no shutdown, no flush, as a crash or a power cut.
// Playwright connects over the DevTools protocol. The profile directory is the test's.
import { spawn, type ChildProcess } from 'node:child_process';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--remote-debugging-port=0',
];

export type Killable = {
  pid: number;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Resolves with the point the page asked to be killed at, once the process is gone. */
  killed: Promise<string>;
  /** A clean shutdown (the profile is flushed), for preparing a profile. */
  close: () => Promise<void>;
  /** Kills it unless already dead. */
  dispose: () => Promise<void>;
};

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));

const devtoolsUrl = (child: ChildProcess): Promise<string> =>
  new Promise((resolve, reject) => {
    let seen = '';
    const onData = (data: Buffer) => {
      seen += data.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1] !== undefined) {
        child.stderr?.off('data', onData);
        child.stderr?.resume();
        resolve(match[1]);
      }
    };
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`chromium exited (${code}): ${seen}`)));
  });

/** The writer page's script, bundled once per run from the app's own sources. */
export const bundleWriter = async (): Promise<string> => {
  const out = await build({
    entryPoints: ['tests/e2e/crash/writer-page.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome130',
    write: false,
    minify: true,
    logLevel: 'error',
    define: { 'import.meta.env': '{}', __APP_VERSION__: '"crash-test"' },
  });
  const text = out.outputFiles[0]?.text;
  if (text === undefined) throw new Error('esbuild wrote nothing');
  return text;
};

export type Files = Map<string, Buffer>;

/** Starts Chromium on `profileDir` with the writer page routed onto `origin`. */
export async function launchKillable(
  profileDir: string,
  origin: string,
  writerJs: string,
  files: Files,
): Promise<Killable> {
  const child = spawn(
    '/usr/bin/chromium',
    [...ARGS, `--user-data-dir=${profileDir}`, 'about:blank'],
    {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('chromium did not start');
  const kill = () => {
    try {
      // The whole group: the browser and its renderer, GPU and utility processes at once.
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  let browser: Browser;
  try {
    browser = await chromium.connectOverCDP(await devtoolsUrl(child));
  } catch (error) {
    kill();
    throw error;
  }
  const context = browser.contexts()[0] ?? (await browser.newContext());
  let onKilled: (point: string) => void = () => undefined;
  const killed = new Promise<string>((resolve) => {
    onKilled = resolve;
  });
  await context.route(`${origin}/__crash/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/__crash/kill') {
      kill();
      await exited(child);
      onKilled(url.searchParams.get('at') ?? '');
      return;
    }
    if (url.pathname === '/__crash/writer.html') {
      await route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><meta charset="utf-8"><script src="/__crash/writer.js"></script>',
      });
      return;
    }
    if (url.pathname === '/__crash/writer.js') {
      await route.fulfill({ contentType: 'text/javascript', body: writerJs });
      return;
    }
    if (url.pathname.startsWith('/__crash/upload/')) {
      files.set(
        url.pathname.slice('/__crash/upload/'.length),
        route.request().postDataBuffer() ?? Buffer.alloc(0),
      );
      await route.fulfill({ status: 204 });
      return;
    }
    const file = files.get(url.pathname.slice('/__crash/files/'.length));
    await (file === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ body: file }));
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    pid,
    browser,
    context,
    page,
    killed,
    close: async () => {
      // Playwright only disconnects from a browser it did not launch: ask Chromium itself.
      const session = await browser.newBrowserCDPSession();
      await session.send('Browser.close').catch(() => undefined);
      await exited(child);
    },
    dispose: async () => {
      kill();
      await exited(child);
    },
  };
}
