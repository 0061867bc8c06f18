// A crash in the middle of a write (issue 29): Chromium is killed with SIGKILL, by its
// process id, at points of a 10k-case import, a bundle import and a backup restore taken
// from the write's own progress (the store's write points: the journal written, the
// transaction opened, each chunk of records put, each attachment's chunks, the audit row,
// the header, the commit). Each time Chromium starts again on the same profile and
// unlocks: the store is exactly as before the write (byte for byte) or, after the commit,
// exactly as after it, never between; the audit chain, its anchor and the mirror verify;
// no attachment chunk is left without its attachment; and a write that was lost is named
// by the next unlock (and shown by the app, checked once in its own screen).
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { crashBundle, type BundleFixture } from './crash/bundle-fixture';
import { bundleWriter, launchKillable, type Files, type Killable } from './crash/chromium';
import { PASS } from './crash/passphrase';
import type { CrashApi } from './crash/writer-page';
import { expectAuditIntact, nav, unlockVault } from './flows';
import { ALL_TABLES } from '../../renderer/store/db';
import { WRITE_CHUNK } from '../../renderer/store/write-chunks';

type Check = Awaited<ReturnType<CrashApi['check']>>;
type Op = 'importCases' | 'importBundle' | 'restore';

const CASES = 10_000;
/** Kill points per operation (the issue asks for at least 10). */
const KILLS = 10;

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const files: Files = new Map();
let root = '';
let writerJs = '';
let bundle: BundleFixture;
const alive = new Set<Killable>();

afterAll(async () => {
  for (const k of alive) await k.dispose();
  if (root !== '') await rm(root, { recursive: true, force: true });
});

/** The safety copies' file names in the origin's private file system. */
const safetyCopies = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const names: string[] = [];
    try {
      const dir = await root.getDirectoryHandle('safety-copies');
      for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys())
        names.push(name);
    } catch {
      // none yet
    }
    return names;
  });

const crash = (page: Page) => ({
  call: <K extends keyof CrashApi>(name: K, ...args: Parameters<CrashApi[K]>) =>
    page.evaluate(
      ({ name, args }) =>
        (globalThis as unknown as { crash: Record<string, (...a: unknown[]) => unknown> }).crash[
          name
        ]?.(...args),
      { name, args: args },
    ) as Promise<Awaited<ReturnType<CrashApi[K]>>>,
});

/** Chromium on `profile` with the writer page open and its store opened (to die at `killAt`). */
const start = async (profile: string, killAt: string | null) => {
  const k = await launchKillable(profile, origin, writerJs, files);
  alive.add(k);
  await k.page.goto(`${origin}/__crash/writer.html`);
  const c = crash(k.page);
  await c.call('open', killAt);
  return { k, c };
};

const runOp = (c: ReturnType<typeof crash>, op: Op): Promise<unknown> =>
  op === 'importCases'
    ? c.call('importCases', CASES)
    : op === 'importBundle'
      ? c.call('importBundle', bundle.orgSecret, bundle.partnerPublic)
      : c.call('restore');

/** `count` points spread over the write's reported ones, first and last included. */
const spread = (points: readonly string[], count: number): string[] => [
  ...new Set(
    Array.from(
      { length: count },
      (_, i) => points[Math.round((i * (points.length - 1)) / (count - 1))] ?? '',
    ),
  ),
];

const sound = (check: Check) => {
  expect(check.loadIssues).toBe(0);
  expect(check.integrityOk).toBe(true);
  expect(check.mirror).not.toBe('rolled-back');
  expect(check.verify).toMatchObject({ ok: true });
  expect(check.orphanChunks).toEqual([]);
  expect(check.unreadableAttachments).toBe(0);
};

type Counts = Check['counts'];
const plus = (counts: Counts, add: Counts): Counts =>
  Object.fromEntries(Object.entries(counts).map(([t, n]) => [t, n + (add[t] ?? 0)]));

/** One write without a kill, on a copy of `base`: the points it reports and the rows after
 *  it, read again after a lock. The browser stays up (the restore's backup is made there). */
const reference = async (base: string, op: Op) => {
  const profile = join(root, `${op}-reference`);
  await cp(base, profile, { recursive: true });
  const { k, c } = await start(profile, null);
  const before = await c.call('check', true);
  expect(await runOp(c, op)).toBe('ok');
  const points = await c.call('points');
  await c.call('lock');
  const after = await c.call('check', false);
  sound(after);
  expect(after.interrupted).toBeNull();
  return { before, after, points, k };
};

/**
 * Kills the write at each point, in order, on one copy of `base`: each start first checks
 * what the previous kill left (the state the next write starts from, as long as that is
 * "before"), then runs the write again up to the next point. The commit point comes last.
 * As before means byte for byte (the store digest); as after, every table's row count is
 * the write's; the chain's record digests (Verify) then vouch for every row's content.
 */
const killAtEach = async (
  base: string,
  op: Op,
  kills: readonly string[],
  after: (before: Check) => Counts,
  kind: string,
): Promise<string[]> => {
  const profile = join(root, `${op}-crash`);
  await cp(base, profile, { recursive: true });
  const seen: string[] = [];
  const verdicts: string[] = [];
  const discarded: string[] = [];
  let before: Check | undefined;
  let previous: string | null = null;
  for (const point of [...kills, null]) {
    let { k, c } = await start(profile, point);
    if (await c.call('lost')) {
      // Chromium found the database damaged when it opened it and deleted it ("IndexedDB
      // recovering from a corrupted (and deleted) database": a log record torn by an earlier
      // kill, which LevelDB's reused log then has in its middle). Not a state of the store's
      // making, and the store says so (vaultLost): go on from a fresh copy.
      discarded.push(previous ?? '(start)');
      await k.dispose();
      alive.delete(k);
      await rm(profile, { recursive: true, force: true });
      await cp(base, profile, { recursive: true });
      ({ k, c } = await start(profile, point));
      previous = null;
    }
    // Name the kill the state comes from, and what is on disk, should the unlock fail.
    const counted = await c.call('check', false).catch(async (error: unknown) => {
      throw new Error(
        `after the kill at ${previous ?? '(none: a fresh copy)'}: ${String(error)}; ` +
          `on disk: ${JSON.stringify(await c.call('raw').catch(String))}`,
      );
    });
    const same = JSON.stringify(counted.counts) === JSON.stringify(before?.counts);
    const check = before === undefined || same ? await c.call('check', true) : counted;
    sound(check);
    before ??= check;
    if (previous !== null) {
      const state =
        check.digest === before.digest
          ? 'before'
          : JSON.stringify(check.counts) === JSON.stringify(after(before))
            ? 'after'
            : 'between';
      verdicts.push(`${previous}:${state}`);
      expect(state, `killed at ${previous}`).toBe(previous === 'committed' ? 'after' : 'before');
      // A write that did not commit is named by the next unlock; one that did, is not.
      if (state === 'before') expect(check.interrupted).toMatchObject({ kind });
      else expect(check.interrupted).toBeNull();
    }
    if (point === null) {
      await k.close();
      alive.delete(k);
      break;
    }
    // The page's promise fails as the browser dies; the kill's own report says where.
    const running = runOp(c, op).then(
      (outcome) => `finished: ${String(outcome)}`,
      () => k.killed,
    );
    const at = await Promise.race([k.killed, running]);
    expect(at, `the write reached ${point}`).toBe(point);
    seen.push(at);
    alive.delete(k);
    previous = point;
  }
  const lost =
    discarded.length === 0 ? '' : `; discarded by Chromium after ${discarded.join(', ')}`;
  console.log(`[crash] ${op}: ${verdicts.join(', ')}${lost}`);
  // Each kill still had its verdict, from the state it left or, after a discard, a fresh copy.
  expect(verdicts.length + discarded.length).toBe(kills.length);
  return seen;
};

describe('a crash in the middle of a write', () => {
  let base = '';
  let bundleRef: Awaited<ReturnType<typeof reference>>;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'airlock-crash-'));
    [writerJs, bundle] = await Promise.all([bundleWriter(), crashBundle(700, 5, 200_000)]);
    files.set('bundle', bundle.bytes);
    base = join(root, 'base');
    const { k, c } = await start(base, null);
    await c.call('create');
    await c.call('seed');
    await k.close();
    alive.delete(k);
    // The bundle import's own points and rows; then its result backed up, for the restore.
    bundleRef = await reference(base, 'importBundle');
    expect(await crash(bundleRef.k.page).call('backup')).toBeGreaterThan(0);
    await bundleRef.k.close();
    alive.delete(bundleRef.k);
  }, 120_000);

  it(`leaves a ${CASES.toLocaleString('en-US')}-case import whole or absent`, async () => {
    // One commit: its journal, its transaction, each chunk of records, the audit row and
    // header, the commit (the same points the bundle import reports, with more chunks).
    const chunks = Array.from({ length: CASES / WRITE_CHUNK }, (_, i) => `chunk-${i}`);
    const points = ['journaled', 'opened', ...chunks, 'audit', 'header', 'committed'];
    expect(
      bundleRef.points.filter((p) => !p.startsWith('chunk-') && !p.startsWith('attachment-')),
    ).toEqual(points.filter((p) => !p.startsWith('chunk-')));
    const kills = spread(points, KILLS);
    const after = (before: Check) => plus(before.counts, { cases: CASES, audit: 1 });
    expect(await killAtEach(base, 'importCases', kills, after, 'records')).toEqual(kills);
  }, 300_000);

  it('leaves a bundle import whole or absent', async () => {
    const kills = spread(bundleRef.points, KILLS);
    expect(kills.length).toBe(KILLS);
    const after = () => bundleRef.after.counts;
    expect(await killAtEach(base, 'importBundle', kills, after, 'bundle-import')).toEqual(kills);
  }, 300_000);

  it('says so in the app, in English and Japanese, after a bundle import was lost', async () => {
    const profile = join(root, 'app-notice');
    await cp(base, profile, { recursive: true });
    const { k, c } = await start(profile, 'header');
    await c.call('check', false);
    void runOp(c, 'importBundle').catch(() => undefined);
    expect(await k.killed).toBe('header');
    alive.delete(k);
    // The app itself on the profile: unlock, the notice above every screen, Verify intact.
    const app = await launchKillable(profile, origin, writerJs, files);
    alive.add(app);
    const { page } = app;
    await page.goto(baseUrl);
    await unlockVault(page);
    const notice = page.getByRole('alert').filter({ hasText: 'A write was interrupted' });
    await notice
      .getByText(
        /^The bundle import started at \d{4}-\d\d-\d\d \d\d:\d\d JST did not finish: .* Nothing of it was kept; the vault is as it was before it\./,
      )
      .waitFor();
    await expectAuditIntact(page);
    await page.getByRole('banner').getByText('日本語', { exact: true }).click();
    await page
      .getByRole('alert')
      .getByText(/バンドルの取り込みは完了していません。.*保管庫はその前の状態のままです。/)
      .waitFor();
    await app.close();
    alive.delete(app);
  }, 120_000);

  it('says the vault is lost, in English and Japanese, when Chromium deleted its database', async () => {
    // What Chromium leaves when it finds the database damaged at open: the IndexedDB files
    // gone, localStorage (the audit head's mirror) kept.
    const profile = join(root, 'lost');
    await cp(base, profile, { recursive: true });
    // One session in the app first: it keeps a safety copy outside IndexedDB (OPFS).
    const before = await launchKillable(profile, origin, writerJs, files);
    alive.add(before);
    await before.page.goto(baseUrl);
    await unlockVault(before.page, PASS);
    await expect.poll(() => safetyCopies(before.page), { timeout: 30_000 }).toHaveLength(1);
    // The analyst is told it is kept (a copy that cannot be made is named there too).
    await nav(before.page, 'Export & backup');
    await before.page
      .getByText(/^Safety copy kept on this computer.*made \d{4}-\d\d-\d\d/)
      .waitFor();
    await before.close();
    alive.delete(before);
    await rm(join(profile, 'Default', 'IndexedDB'), { recursive: true, force: true });

    const app = await launchKillable(profile, origin, writerJs, files);
    alive.add(app);
    const { page } = app;
    await page.goto(baseUrl);
    await page
      .getByRole('alert')
      .filter({ hasText: 'The vault that was on this computer is gone' })
      .getByText(/Restore your latest backup below\./)
      .waitFor();
    await page.getByRole('heading', { name: 'Restore from a backup' }).waitFor();
    // A blank vault is not offered as if nothing was lost: it needs the tick.
    const strong = 'lost vault test passphrase that is long enough 2026';
    const form = page
      .locator('form')
      .filter({ has: page.getByRole('heading', { name: 'Create your vault' }) });
    await form.getByLabel(/^Passphrase/).fill(strong);
    await form.getByLabel(/^Confirm passphrase/).fill(strong);
    const create = form.getByRole('button', { name: 'Create vault' });
    expect(await create.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: /start a new, empty vault/ }).check();
    expect(await create.isEnabled()).toBe(true);
    await page.getByText('日本語', { exact: true }).click();
    await page
      .getByRole('alert')
      .getByText(/このコンピューターにあった保管庫が失われています/)
      .waitFor();
    await page.getByText('English', { exact: true }).click();

    // The newest safety copy is offered, chosen already: the passphrase brings the vault back.
    await page
      .getByText(/The newest, made \d{4}-\d\d-\d\d \d\d:\d\d JST, is chosen below/)
      .waitFor();
    await page.getByText(/^safety-\d{8}T\d{9}Z\.airlock-backup \(\d+ bytes\)$/).waitFor();
    await page.getByLabel(/^Backup passphrase/).fill(PASS);
    await page.getByRole('button', { name: 'Restore backup' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor({ timeout: 30_000 });
    await expectAuditIntact(page);
    await app.close();
    alive.delete(app);
  }, 60_000);

  it('leaves a restore whole or absent', async () => {
    // The restore clears every table, writes the backup's header, then its rows table by
    // table in chunks, then its own audit row (backup.ts): one transaction.
    const backedUp = bundleRef.after.counts;
    const tables = ALL_TABLES.filter((t) => t !== 'meta');
    const rows = tables.flatMap((t) =>
      Array.from({ length: Math.ceil((backedUp[t] ?? 0) / WRITE_CHUNK) }, (_, n) => `${t}-${n}`),
    );
    const points = ['journaled', 'cleared', 'header', ...rows, 'audit', 'committed'];
    const kills = spread(points, KILLS);
    expect(kills.length).toBe(KILLS);
    const after = () => plus(backedUp, { audit: 1 });
    expect(await killAtEach(base, 'restore', kills, after, 'restore')).toEqual(kills);
  }, 300_000);
});
