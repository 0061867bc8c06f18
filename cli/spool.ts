// A private spool for plaintext that is not yet trusted: a file (0600) in a fresh directory
// (0700) under os.tmpdir(), so a 10 MB reply or a 100 MB bundle is held on disk rather than
// in memory until its integrity check and signature are done, and only then read back.
// The directory is removed on every way out: `remove()` in the caller's `finally`, and, for
// a process that exits or is interrupted while a spool is open, the exit and signal hooks.
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTempWriter, type TempWriter } from './file-out';

export type Spool = {
  /** The spooled file (readable once `writer.publish()` has renamed it into place). */
  readonly path: string;
  readonly writer: TempWriter;
  /** Removes the spool's directory and everything in it; safe to call twice. */
  remove(): Promise<void>;
};

const open = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removeAllNow(): void {
  for (const dir of open) rmSync(dir, { recursive: true, force: true });
  open.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAllNow();
  // The default action of the signal, now that nothing private is left behind.
  process.removeListener(signal, onSignal);
  process.kill(process.pid, signal);
}

function hook(dir: string): void {
  if (open.size === 0) {
    process.on('exit', removeAllNow);
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
  open.add(dir);
}

function unhook(dir: string): void {
  open.delete(dir);
  if (open.size > 0) return;
  process.removeListener('exit', removeAllNow);
  for (const signal of SIGNALS) process.removeListener(signal, onSignal);
}

export async function openSpool(name = 'plaintext'): Promise<Spool> {
  const dir = await mkdtemp(join(tmpdir(), 'airlock-spool-'));
  hook(dir);
  const path = join(dir, name);
  const remove = async () => {
    await rm(dir, { recursive: true, force: true });
    unhook(dir);
  };
  try {
    return { path, writer: await openTempWriter(path, 0o600), remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** Runs `body` with a spool that is removed however `body` ends. */
export async function withSpool<T>(body: (spool: Spool) => Promise<T>, name?: string): Promise<T> {
  const spool = await openSpool(name);
  try {
    return await body(spool);
  } finally {
    await spool.writer.discard().catch(() => undefined);
    await spool.remove();
  }
}
