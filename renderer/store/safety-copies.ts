/**
 * Safety copies: the vault's own encrypted backup, kept by the app beside the database but
 * outside it. Chromium deletes an IndexedDB database it finds damaged when it opens it (a
 * write torn by a crash or power loss can leave it so; the crash e2e saw it happen), and
 * with it every case. A copy in the origin's private file system (OPFS: plain files, not
 * IndexedDB's LevelDB) survives that, and the "vault lost" screen offers it for restore.
 *
 * The copy is the backup file itself (sealed with the vault's backup key: the passphrase
 * opens it, nothing readable at rest). The newest `SAFETY_COPIES_KEPT` are kept, so a copy
 * being written when the machine dies still leaves the one before.
 */
export type CopyDirectory = {
  names(): Promise<string[]>;
  /** Replaces or creates the file whole; a write that fails leaves no file of that name. */
  write(name: string, bytes: Uint8Array): Promise<void>;
  read(name: string): Promise<Uint8Array | null>;
  remove(name: string): Promise<void>;
};

export type SafetyCopy = { name: string; madeAt: Date };

export const SAFETY_COPIES_KEPT = 2;

const NAME = /^safety-(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(\d{3})Z\.airlock-backup$/;

/** `safety-20261207T140312123Z.airlock-backup`: sortable, and a valid file name anywhere. */
export const safetyCopyName = (madeAt: Date): string =>
  `safety-${madeAt.toISOString().replace(/[-:.]/g, '')}.airlock-backup`;

const parseName = (name: string): SafetyCopy | null => {
  const m = NAME.exec(name);
  if (m === null) return null;
  const [y, mo, d, h, mi, s, ms] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const madeAt = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  return safetyCopyName(madeAt) === name ? { name, madeAt } : null;
};

/** The copies in the directory, newest first; files of any other name are not copies. */
export const listSafetyCopies = async (dir: CopyDirectory): Promise<SafetyCopy[]> =>
  (await dir.names())
    .map(parseName)
    .filter((copy): copy is SafetyCopy => copy !== null)
    .sort((a, b) => b.madeAt.getTime() - a.madeAt.getTime());

/** Writes a new copy, then removes all but the newest kept (only once the new one is whole). */
export const keepSafetyCopy = async (
  dir: CopyDirectory,
  bytes: Uint8Array,
  now: Date,
): Promise<SafetyCopy> => {
  const name = safetyCopyName(now);
  await dir.write(name, bytes);
  const copies = await listSafetyCopies(dir);
  for (const old of copies.slice(SAFETY_COPIES_KEPT)) await dir.remove(old.name);
  return { name, madeAt: now };
};

/** Never closer than this after writes pause. */
export const SAFETY_COPY_MIN_GAP_MS = 30_000;
/** A copy reads and seals the whole vault: at 100,000 cases that takes seconds of the
 *  analyst's machine. The next copy waits this many times as long as the last one took, so
 *  copies of a large vault cost at most about 5% of the time the app is open. */
export const SAFETY_COPY_COST_FACTOR = 20;

/** How long after writes pause the next copy is made, given what the last one cost. */
export const nextCopyDelay = (lastCopyMs: number | null): number =>
  Math.max(SAFETY_COPY_MIN_GAP_MS, (lastCopyMs ?? 0) * SAFETY_COPY_COST_FACTOR);

/** What the analyst is told about safety copies: made when, or why none can be kept. */
export type SafetyCopyStatus =
  | { state: 'pending' }
  | { state: 'kept'; madeAt: Date }
  | { state: 'unavailable' }
  | { state: 'failed'; reason: string };
