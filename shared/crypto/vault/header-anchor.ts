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

// The head sealed with AES-GCM (the header's anchor and the v2 mirror: each its key and AAD).
const sealHead = async (
  key: CryptoKey,
  aad: BufferSource,
  anchor: AuditAnchor,
): Promise<SealedAnchor> => {
  const iv = randomBytes(12);
  const ct = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: buf(iv), additionalData: aad },
    key,
    buf(utf8(JSON.stringify(anchorSchema.parse(anchor)))),
  );
  return { iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
};

const openHead = async (
  key: CryptoKey,
  aad: BufferSource,
  sealed: SealedAnchor,
): Promise<AuditAnchor | null> => {
  const iv = fromBase64(sealed.iv);
  const ct = fromBase64(sealed.ct);
  if (iv === null || ct === null) return null;
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: buf(iv), additionalData: aad },
      key,
      buf(ct),
    );
    const parsed = anchorSchema.safeParse(JSON.parse(fromUtf8(new Uint8Array(plain))));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

export const sealAnchor = (
  anchorKey: CryptoKey,
  vaultId: string,
  anchor: AuditAnchor,
): Promise<SealedAnchor> => sealHead(anchorKey, anchorAad(vaultId), anchor);

/** null when the sealed anchor does not authenticate (edited, or from another vault). */
export const openAnchor = (
  anchorKey: CryptoKey,
  vaultId: string,
  sealed: SealedAnchor,
): Promise<AuditAnchor | null> => openHead(anchorKey, anchorAad(vaultId), sealed);

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

/**
 * The second anchor, kept outside IndexedDB (e.g. localStorage). v2 (issue 29): the head
 * (seq, row id, hash) sealed with AES-GCM under the mirror-seal subkey, so the store's
 * length (its audit sequence) is no longer readable in the clear beside the encrypted
 * database. v1 (seq in the clear and an HMAC of the head) is still read, and replaced by a
 * v2 mirror at the next sound unlock or write.
 */
const mirrorV1Schema = z.object({
  v: z.literal(1),
  vaultId: z.string(),
  seq: z.number().int().nonnegative(),
  tag: z.string().min(1),
});
const mirrorV2Schema = z.object({
  v: z.literal(2),
  vaultId: z.string(),
  iv: z.string().min(16),
  ct: z.string().min(24),
});
export const anchorMirrorSchema = z.discriminatedUnion('v', [mirrorV1Schema, mirrorV2Schema]);
export type AnchorMirror = z.infer<typeof anchorMirrorSchema>;
export type AnchorMirrorV1 = z.infer<typeof mirrorV1Schema>;
export type AnchorMirrorV2 = z.infer<typeof mirrorV2Schema>;

/** The subkeys a mirror needs: `mirrorSeal` seals a v2 mirror, `mirror` checks a v1 one. */
export type MirrorKeys = { mirror: CryptoKey; mirrorSeal: CryptoKey };

const mirrorAad = (vaultId: string) => buf(utf8(`airlock-anchor-mirror|${vaultId}`));

/** A v1 mirror, as written before issue 29 (tests make old ones with it; compare checks them). */
export const mirrorV1Of = async (
  mirrorKey: CryptoKey,
  vaultId: string,
  anchor: AuditAnchor,
): Promise<AnchorMirrorV1> => {
  const mac = await globalThis.crypto.subtle.sign(
    'HMAC',
    mirrorKey,
    buf(utf8(`airlock-anchor-mirror|${vaultId}|${anchor.seq}|${anchor.rowId}|${anchor.hash}`)),
  );
  return { v: 1, vaultId, seq: anchor.seq, tag: toBase64Url(new Uint8Array(mac)) };
};

/** The mirror of `anchor` to keep outside IndexedDB (v2: sealed). */
export const mirrorOf = async (
  keys: MirrorKeys,
  vaultId: string,
  anchor: AuditAnchor,
): Promise<AnchorMirrorV2> => ({
  v: 2,
  vaultId,
  ...(await sealHead(keys.mirrorSeal, mirrorAad(vaultId), anchor)),
});

/** What identifies a stored mirror without its keys (a restore keeps it in its audit entry):
 *  a v1 mirror's seq and tag, a v2 mirror's ciphertext (fresh IV each write: unique). */
export const mirrorIdentity = (stored: unknown): { seq?: number; tag: string } | undefined => {
  const parsed = anchorMirrorSchema.safeParse(stored);
  if (!parsed.success) return undefined;
  return parsed.data.v === 1
    ? { seq: parsed.data.seq, tag: parsed.data.tag }
    : { tag: parsed.data.ct };
};

export type MirrorVerdict = 'ok' | 'absent' | 'rolled-back';

/**
 * The database is older than the last state this machine wrote when the mirror is ahead of
 * the anchor, or at the same seq with another head. A mirror behind the anchor is benign
 * (the mirror is written after the commit, so a crash in between leaves it one step behind).
 * A v2 mirror that does not open counts as absent: it may be one sealed under the keys
 * before a master-key rotation (the app stopped before writing the new one), and deleting
 * the mirror would silence the check just as well.
 */
export const compareMirror = async (
  keys: MirrorKeys,
  vaultId: string,
  anchor: AuditAnchor | null,
  stored: unknown,
): Promise<MirrorVerdict> => {
  const parsed = anchorMirrorSchema.safeParse(stored);
  if (!parsed.success || parsed.data.vaultId !== vaultId) return 'absent';
  const mirror = parsed.data;
  if (mirror.v === 1) {
    if (anchor === null || mirror.seq > anchor.seq) return 'rolled-back';
    if (mirror.seq < anchor.seq) return 'ok';
    return (await mirrorV1Of(keys.mirror, vaultId, anchor)).tag === mirror.tag
      ? 'ok'
      : 'rolled-back';
  }
  // Null when it does not open (edited, or sealed under other keys).
  const seen = await openHead(keys.mirrorSeal, mirrorAad(mirror.vaultId), mirror);
  if (seen === null) return 'absent';
  if (anchor === null || seen.seq > anchor.seq) return 'rolled-back';
  if (seen.seq < anchor.seq) return 'ok';
  return seen.rowId === anchor.rowId && seen.hash === anchor.hash ? 'ok' : 'rolled-back';
};
