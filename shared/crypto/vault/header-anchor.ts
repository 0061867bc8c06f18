import { z } from 'zod';
import { buf, fromBase64, fromUtf8, randomBytes, toBase64, toBase64Url, utf8 } from './bytes';

/**
 * The audit anchor: the head of the audit hash chain (sequence number, hash, audit row id),
 * sealed with AES-GCM under the anchor subkey inside the vault header and rewritten in the
 * same IndexedDB transaction as every audit row. Rows and header therefore always agree, and
 * any disagreement at unlock means the rows or the header were changed behind the app.
 *
 * What it detects and what it cannot (store README, "Audit integrity"):
 * - tail truncation, removed rows, audit/records tables restored from an older copy under the
 *   newer header, or an older header over newer rows: detected from the database alone;
 * - a whole-database rollback (old header with its own old rows) is self-consistent: only
 *   the mirror (a MAC of the last head this machine saw, kept outside IndexedDB) can tell,
 *   and only if the mirror was not rolled back with it.
 */
export const sealedAnchorSchema = z.object({
  iv: z.string().min(16),
  ct: z.string().min(24),
});
export type SealedAnchor = z.infer<typeof sealedAnchorSchema>;

const anchorSchema = z.object({
  seq: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  rowId: z.number().int().nonnegative(),
});
/** The chain's head as of the last write: the last entry's seq and hash, and the row id. */
export type AuditAnchor = z.infer<typeof anchorSchema>;

// Bound to the vault id so an anchor cannot be moved from one vault's header to another's.
const anchorAad = (vaultId: string) => buf(utf8(`airlock-vault|anchor|${vaultId}`));

export const sealAnchor = async (
  anchorKey: CryptoKey,
  vaultId: string,
  anchor: AuditAnchor,
): Promise<SealedAnchor> => {
  const iv = randomBytes(12);
  const ct = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: buf(iv), additionalData: anchorAad(vaultId) },
    anchorKey,
    buf(utf8(JSON.stringify(anchorSchema.parse(anchor)))),
  );
  return { iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
};

/** null when the sealed anchor does not authenticate (edited, or from another vault). */
export const openAnchor = async (
  anchorKey: CryptoKey,
  vaultId: string,
  sealed: SealedAnchor,
): Promise<AuditAnchor | null> => {
  const iv = fromBase64(sealed.iv);
  const ct = fromBase64(sealed.ct);
  if (iv === null || ct === null) return null;
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: buf(iv), additionalData: anchorAad(vaultId) },
      anchorKey,
      buf(ct),
    );
    const parsed = anchorSchema.safeParse(JSON.parse(fromUtf8(new Uint8Array(plain))));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/** The audit entry written when a vault is first anchored (at creation, or at the first
 *  write after the v1 → v2 migration): a header whose anchor was stripped later is then not
 *  mistaken for one from before anchors existed. */
export const ANCHOR_MARK = { table: 'vault', recordId: 'anchor' } as const;
export const isAnchorMark = (entry: { table: string; recordId: string }): boolean =>
  entry.table === ANCHOR_MARK.table && entry.recordId === ANCHOR_MARK.recordId;

/** What the rows show: the last readable entry, the highest row id, and whether the
 *  chain carries the entry written when the vault was first anchored. */
export type ChainHead = {
  head: { seq: number; hash: string } | null;
  rowId: number;
  wasAnchored: boolean;
};

export type AnchorVerdict =
  | { status: 'ok' }
  /** A vault not written since the anchor was introduced: it gets one at the next write. */
  | { status: 'unanchored' }
  /** Entries the header vouches for are missing: tail truncated, or rows rolled back. */
  | { status: 'tail-missing'; anchoredSeq: number; headSeq: number }
  /** Rows newer than the header, or a different entry at the anchored seq. */
  | { status: 'head-mismatch'; anchoredSeq: number; headSeq: number }
  /** The sealed anchor does not open, or was stripped from a vault that had one. */
  | { status: 'anchor-invalid' };

export const compareAnchor = (
  anchor: AuditAnchor | null | 'invalid',
  rows: ChainHead,
): AnchorVerdict => {
  if (anchor === 'invalid') return { status: 'anchor-invalid' };
  if (anchor === null)
    return rows.wasAnchored ? { status: 'anchor-invalid' } : { status: 'unanchored' };
  const headSeq = rows.head?.seq ?? 0;
  if (headSeq < anchor.seq || rows.rowId < anchor.rowId)
    return { status: 'tail-missing', anchoredSeq: anchor.seq, headSeq };
  if (headSeq > anchor.seq || rows.rowId > anchor.rowId || rows.head?.hash !== anchor.hash)
    return { status: 'head-mismatch', anchoredSeq: anchor.seq, headSeq };
  return { status: 'ok' };
};

/** The second anchor, kept outside IndexedDB (e.g. localStorage): seq and a MAC of the head. */
export const anchorMirrorSchema = z.object({
  v: z.literal(1),
  vaultId: z.string(),
  seq: z.number().int().nonnegative(),
  tag: z.string().min(1),
});
export type AnchorMirror = z.infer<typeof anchorMirrorSchema>;

export const mirrorOf = async (
  mirrorKey: CryptoKey,
  vaultId: string,
  anchor: AuditAnchor,
): Promise<AnchorMirror> => {
  const mac = await globalThis.crypto.subtle.sign(
    'HMAC',
    mirrorKey,
    buf(utf8(`airlock-anchor-mirror|${vaultId}|${anchor.seq}|${anchor.rowId}|${anchor.hash}`)),
  );
  return { v: 1, vaultId, seq: anchor.seq, tag: toBase64Url(new Uint8Array(mac)) };
};

export type MirrorVerdict = 'ok' | 'absent' | 'rolled-back';

/**
 * The database is older than the last state this machine wrote when the mirror is ahead of
 * the anchor, or at the same seq with another head. A mirror behind the anchor is benign
 * (the mirror is written after the commit, so a crash in between leaves it one step behind).
 */
export const compareMirror = async (
  mirrorKey: CryptoKey,
  vaultId: string,
  anchor: AuditAnchor | null,
  stored: unknown,
): Promise<MirrorVerdict> => {
  const parsed = anchorMirrorSchema.safeParse(stored);
  if (!parsed.success || parsed.data.vaultId !== vaultId) return 'absent';
  const mirror = parsed.data;
  if (anchor === null || mirror.seq > anchor.seq) return 'rolled-back';
  if (mirror.seq < anchor.seq) return 'ok';
  return (await mirrorOf(mirrorKey, vaultId, anchor)).tag === mirror.tag ? 'ok' : 'rolled-back';
};
