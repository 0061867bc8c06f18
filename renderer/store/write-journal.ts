import { z } from 'zod';
import type { Envelope } from '../../shared/crypto/vault';
import type { RecordCipher } from './cipher';
import type { Session, StoreContext } from './context';
import type { RecordMap } from './types';

/**
 * The write journal (issue 29): a crash or power loss in the middle of a write must never
 * go unsaid. Each write is one IndexedDB transaction, so an interrupted one leaves nothing
 * of itself; but the analyst who started a bundle import or a restore and saw the app die
 * must learn, at the next unlock, that it was not kept. Before a write's transaction
 * opens, its intent is committed in a small transaction of its own (the `meta` row
 * below); the write's transaction deletes it, so the row survives exactly when the write
 * did not commit. Unlock takes it and says so. localStorage would not do: Chromium flushes
 * it seconds after `setItem`, so a crash in between loses the note.
 */
export const INTENT_ROW = 'interrupted-write';

export type WriteKind = 'records' | 'bundle-import' | 'restore';

export const writeIntentSchema = z.object({
  kind: z.enum(['records', 'bundle-import', 'restore']),
  /** Records the write would have put (0 when unknown, as for a restore over a locked vault). */
  records: z.number().int().nonnegative(),
  startedAt: z.string(),
});
export type WriteIntent = z.infer<typeof writeIntentSchema>;

type IntentRow = { id: typeof INTENT_ROW; sealed?: Envelope; plain?: WriteIntent };

/** The row sits in `meta` beside the vault header (no new table, no schema version). */
const intents = <M extends RecordMap>(ctx: StoreContext<M>) =>
  ctx.db.table<IntentRow, string>('meta');

/** Commits the intent before the write's own transaction opens. Sealed when a session is
 *  open: what kind of write and its size is the vault's business, not the disk's. */
export const recordIntent = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  cipher: RecordCipher | null,
  intent: WriteIntent,
): Promise<void> => {
  const row: IntentRow =
    cipher === null
      ? { id: INTENT_ROW, plain: { ...intent, records: 0 } }
      : { id: INTENT_ROW, sealed: await cipher.seal('meta', INTENT_ROW, intent) };
  await intents(ctx).put(row);
};

/** Inside the write's transaction: the write and the removal of its intent commit together. */
export const clearIntentInWrite = <M extends RecordMap>(ctx: StoreContext<M>): Promise<void> =>
  intents(ctx).delete(INTENT_ROW);

/** After a write that failed cleanly (refused, quota, conflict): nothing was interrupted. */
export const dropIntent = async <M extends RecordMap>(ctx: StoreContext<M>): Promise<void> => {
  try {
    await intents(ctx).delete(INTENT_ROW);
  } catch {
    // Best-effort: the next unlock would then report the failed write as interrupted,
    // which is true of its outcome (nothing of it was kept).
  }
};

/** At unlock: the write that was interrupted since the last session, if any; removes the
 *  row so it is said once. A row this session cannot open still says that a write was lost. */
export const takeIntent = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  session: Session,
): Promise<WriteIntent | null> => {
  const row = await intents(ctx).get(INTENT_ROW);
  if (row === undefined) return null;
  let intent: WriteIntent = { kind: 'records', records: 0, startedAt: '' };
  if (row.sealed !== undefined) {
    const opened = await session.cipher.open('meta', row.sealed);
    const parsed = opened.ok ? writeIntentSchema.safeParse(opened.value) : null;
    if (parsed?.success === true) intent = parsed.data;
  } else {
    const parsed = writeIntentSchema.safeParse(row.plain);
    if (parsed.success) intent = parsed.data;
  }
  await dropIntent(ctx);
  return intent;
};
