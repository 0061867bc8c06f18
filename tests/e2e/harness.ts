// Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core, one fresh on-disk
// profile per app instance, no network: any request that leaves 127.0.0.1 is aborted and
// fails the test, and so does any console error or uncaught page error.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

export type AppSession = {
  context: BrowserContext;
  page: Page;
  profileDir: string;
  baseUrl: string;
  /** Console errors, page errors and off-origin requests seen so far. */
  problems: string[];
  /** Fails the test if anything in `problems` was recorded. */
  expectClean: () => void;
  /** Closes the browser; the profile stays on disk until `dispose`. */
  close: () => Promise<void>;
  dispose: () => Promise<void>;
};

export async function launchApp(
  options: { profileDir?: string; allowConsoleErrors?: RegExp[]; baseUrl?: string } = {},
): Promise<AppSession> {
  const baseUrl = options.baseUrl ?? inject('baseUrl');
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'airlock-e2e-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    serviceWorkers: 'block',
    viewport: { width: 1400, height: 900 },
    locale: 'en-US',
    timezoneId: 'Asia/Tokyo',
  });
  const problems: string[] = [];
  const allowed = options.allowConsoleErrors ?? [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error' && !allowed.some((re) => re.test(message.text()))) {
        problems.push(`console error: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' && url.origin === new URL(baseUrl).origin) {
      await route.continue();
    } else {
      problems.push(`request left the origin: ${url.href}`);
      await route.abort('blockedbyclient');
    }
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let closed = false;
  const close = async () => {
    if (!closed) await context.close();
    closed = true;
  };
  return {
    context,
    page,
    profileDir,
    baseUrl,
    problems,
    expectClean: () => {
      if (problems.length > 0) throw new Error(`browser problems:\n${problems.join('\n')}`);
    },
    close,
    dispose: async () => {
      await close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
