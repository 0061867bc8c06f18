// The vault as a user meets it, in real Chromium with an on-disk profile:
// nothing readable at rest, lock drops everything, a wrong passphrase is refused.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import {
  ACCEPTABLE_CHECKLIST,
  createCaseFromIntake,
  createVault,
  enterReport,
  lockNow,
  unlockVault,
} from './flows';
import { launchApp, type AppSession } from './harness';

const run = promisify(execFile);

/**
 * The workspace's canary scanner (`shared/tools/canary-scan` beside the checkout). Looked up
 * from this file upwards, so the test finds it from any folder it is started in and from a
 * checkout nested deeper (a git worktree); a missing scanner fails the test by its path.
 */
const findCanaryScan = (): string => {
  const tool = join('shared', 'tools', 'canary-scan', 'canary-scan.mjs');
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, tool))) return join(dir, tool);
    const parent = dirname(dir);
    if (parent === dir) return join('..', tool);
    dir = parent;
  }
};
const CANARY_SCAN = findCanaryScan();

const sessions: AppSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.dispose()));
});

/** ≥ 32 random base64url characters, unique, no shared prefix (canary-scan README). */
const canary = () => randomBytes(30).toString('base64url');

type Canaries = { title: string; reporter: string; poc: string; impact: string };
const newCanaries = (): Canaries => ({
  title: canary(),
  reporter: canary(),
  poc: canary(),
  impact: canary(),
});

async function writeCanaryCase(page: Page, c: Canaries): Promise<void> {
  await createVault(page);
  await enterReport(page, {
    title: `Heap overflow ${c.title}`,
    reporterName: `Finder ${c.reporter}`,
    reporterContact: 'finder@example.jp',
    productName: 'Example Router',
    vendorName: 'Example Networks',
    version: '1.0.3',
    url: 'https://router.example.jp/',
    poc: `send ${c.poc}`,
    impact: `Remote code execution ${c.impact}`,
    checklist: ACCEPTABLE_CHECKLIST,
  });
  await createCaseFromIntake(page);
  await page.getByText(c.title, { exact: false }).first().waitFor();
}

async function scan(dir: string, canaries: string[], expectation: 'absent' | 'present') {
  const result = await run('node', [CANARY_SCAN, '--expect', expectation, dir, ...canaries]).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  );
  return {
    code: result.code,
    report: JSON.parse(result.stdout) as Record<string, { found: boolean }>,
  };
}

describe('vault at rest and lock', () => {
  it('leaves no case text readable in the profile, while the plaintext control build is caught', async () => {
    const controlUrl = inject('controlUrl');
    expect(controlUrl, 'the control build (dist/control) must be built for this test').not.toBe('');

    const secret = newCanaries();
    const app = await launchApp();
    sessions.push(app);
    await app.page.goto(app.baseUrl);
    await writeCanaryCase(app.page, secret);
    app.expectClean();
    await app.close();

    const control = newCanaries();
    const plain = await launchApp({ baseUrl: controlUrl });
    sessions.push(plain);
    await plain.page.goto(controlUrl);
    await writeCanaryCase(plain.page, control);
    await plain.close();

    const encrypted = await scan(app.profileDir, Object.values(secret), 'absent');
    expect(Object.values(encrypted.report).map((r) => r.found)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(encrypted.code).toBe(0);

    // Positive control: the same scan over the same kind of write, unencrypted, finds them all.
    const clear = await scan(plain.profileDir, Object.values(control), 'present');
    expect(Object.values(clear.report).map((r) => r.found)).toEqual([true, true, true, true]);
    expect(clear.code).toBe(0);
  });

  it('lock drops decrypted data from the DOM and heap; a wrong passphrase is refused; unlock restores', async () => {
    const app = await launchApp();
    sessions.push(app);
    const { page } = app;
    await page.goto(app.baseUrl);
    const c = newCanaries();
    await writeCanaryCase(page, c);

    await lockNow(page);
    await expect(page.content()).resolves.not.toContain(c.title);
    const heap = await heapStrings(page);
    expect(heap.length).toBeGreaterThan(100_000);
    expect(heap.includes(c.title)).toBe(false);

    await page.getByLabel(/^Passphrase/).fill('not the passphrase at all');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText('That passphrase does not open this vault').waitFor();
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).count()).resolves.toBe(
      0,
    );

    await unlockVault(page);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Cases' })
      .click();
    await page.getByText(c.title, { exact: false }).first().waitFor();
    app.expectClean();
  });
});

/** Every string in the page's JS heap, from a DevTools heap snapshot. */
async function heapStrings(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (event: { chunk: string }) =>
    chunks.push(event.chunk),
  );
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return chunks.join('');
}
