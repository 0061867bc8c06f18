import {
  ANCHOR_MARK,
  compareAnchor,
  isAnchorMark,
  compareMirror,
  mirrorIdentity,
  mirrorOf,
  openAnchor,
  sealAnchor,
  VAULT_HEADER_SCHEMA_VERSION,
  type AnchorMirror,
  type AnchorVerdict,
  type AuditAnchor,
  type ChainHead,
  type MirrorVerdict,
  type VaultHeader,
} from '../../shared/crypto/vault';
import type { AuditEntry } from '../../shared/model/audit-entry';
import type { AuditChange, AuditVerdict } from './audit-log';
import type { Session, StoreContext } from './context';
import type { RecordMap } from './types';

/**
 * The store's side of the audit anchor (shared/crypto/vault/header-anchor.ts): every write
 * seals the new chain head into the header it writes in the same transaction as the audit
 * row; unlock and "Verify" compare the rows with it and with the mirror outside IndexedDB.
 */

/** Where the mirror lives (localStorage in the app); absent in unit tests unless given. */
export type AnchorMirrorPort = {
  read(key: string): unknown;
  write(key: string, value: AnchorMirror): void;
};

/** What unlock found: the links of the chain, the sealed head, and the mirror. */
export type AuditIntegrity = {
  ok: boolean;
  links: { ok: true } | { ok: false; seq: number };
  anchor: AnchorVerdict;
  mirror: MirrorVerdict;
};

/** Marks, in the chain itself, the write that first anchored this vault (ANCHOR_MARK). */
export const ANCHOR_CHANGE: AuditChange = { ...ANCHOR_MARK, op: 'put' };

export const anchorChanges = (header: VaultHeader): AuditChange[] =>
  header.anchor === undefined ? [ANCHOR_CHANGE] : [];

export type AnchoredHeader = { header: VaultHeader; mirror: AnchorMirror };

/** The header to write with this audit row (WebCrypto work: call it before the transaction). */
export const anchoredHeader = async (
  session: Session,
  header: VaultHeader,
  entries: readonly AuditEntry[],
  rowId: number,
): Promise<AnchoredHeader> => {
  const last = entries.at(-1) ?? session.auditHead;
  const anchor: AuditAnchor = { seq: last?.seq ?? 0, hash: last?.hash ?? '0'.repeat(64), rowId };
  const sealed = await sealAnchor(session.keys.anchor, header.vaultId, anchor);
  return {
    header: { ...header, schemaVersion: VAULT_HEADER_SCHEMA_VERSION, anchor: sealed },
    mirror: await mirrorOf(session.keys, header.vaultId, anchor),
  };
};

const mirrorKey = <M extends RecordMap>(ctx: StoreContext<M>) => `airlock.anchor.${ctx.db.name}`;

/** The mirror as it stands now (before a restore replaces the vault it vouches for). */
export const storedMirror = <M extends RecordMap>(
  ctx: StoreContext<M>,
): { seq?: number; tag: string } | undefined =>
  mirrorIdentity(ctx.anchorMirror?.read(mirrorKey(ctx)));

/** A mirror "ahead" of the rows that is exactly the one the chain's last restore replaced:
 *  the restore committed and the app stopped before the mirror was reset (Chromium writes
 *  localStorage seconds later). That is the analyst's restore, not a rollback. A rollback
 *  to a state before that restore has another last restore entry, or none. */
const supersededByRestore = (entries: readonly AuditEntry[], stored: unknown): boolean => {
  const mirror = mirrorIdentity(stored);
  const restore = entries.findLast((e) => e.table === 'vault' && e.recordId === 'restore');
  const superseded =
    restore !== undefined && 'supersededMirror' in restore ? restore.supersededMirror : undefined;
  return (
    mirror !== undefined &&
    superseded !== undefined &&
    superseded.seq === mirror.seq &&
    superseded.tag === mirror.tag
  );
};

/** After the commit: the session's header is the one on disk; the mirror follows it. */
export const afterAnchoredCommit = <M extends RecordMap>(
  ctx: StoreContext<M>,
  session: Session,
  anchored: AnchoredHeader,
): void => {
  session.header = anchored.header;
  ctx.anchorMirror?.write(mirrorKey(ctx), anchored.mirror);
};

/** Links only (seq continuity, prevHash = previous hash): cheap enough for every unlock.
 *  Re-hashing every entry is left to "Verify". */
const checkLinks = (entries: readonly AuditEntry[]): AuditIntegrity['links'] => {
  let prev: AuditEntry | undefined;
  for (const entry of entries) {
    const expectedSeq = (prev?.seq ?? 0) + 1;
    if (entry.seq !== expectedSeq || (prev !== undefined && entry.prevHash !== prev.hash))
      return { ok: false, seq: expectedSeq };
    prev = entry;
  }
  return { ok: true };
};

const chainHeadOf = (entries: readonly AuditEntry[], rowId: number): ChainHead => {
  const last = entries.at(-1);
  return {
    head: last === undefined ? null : { seq: last.seq, hash: last.hash },
    rowId,
    wasAnchored: entries.some(isAnchorMark),
  };
};

const openHeaderAnchor = async (
  session: Session,
  header: VaultHeader,
): Promise<AuditAnchor | null | 'invalid'> => {
  if (header.anchor === undefined) return null;
  return (await openAnchor(session.keys.anchor, header.vaultId, header.anchor)) ?? 'invalid';
};

/**
 * Compares the rows read at unlock (readable entries in seq order, highest row id) with the
 * header's anchor and the mirror. `trustRows` (after a restore the analyst chose) resets the
 * mirror to this state instead of comparing with it; otherwise a sound state refreshes it.
 */
export const checkIntegrity = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  session: Session,
  header: VaultHeader,
  entries: readonly AuditEntry[],
  rowId: number,
  options: { trustRows?: boolean } = {},
): Promise<AuditIntegrity> => {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  const links = checkLinks(sorted);
  const anchor = await openHeaderAnchor(session, header);
  const verdict = compareAnchor(anchor, chainHeadOf(sorted, rowId));
  const key = mirrorKey(ctx);
  const usable = anchor === 'invalid' ? null : anchor;
  const stored = ctx.anchorMirror?.read(key);
  const compared =
    options.trustRows === true || ctx.anchorMirror === undefined
      ? 'absent'
      : await compareMirror(session.keys, header.vaultId, usable, stored);
  const mirror =
    compared === 'rolled-back' && supersededByRestore(sorted, stored) ? 'ok' : compared;
  const ok =
    links.ok &&
    (verdict.status === 'ok' || verdict.status === 'unanchored') &&
    mirror !== 'rolled-back';
  if (ok && usable !== null)
    ctx.anchorMirror?.write(key, await mirrorOf(session.keys, header.vaultId, usable));
  return { ok, links, anchor: verdict, mirror };
};

/** Folds an anchor or mirror problem into the verdict of a chain that verified. */
export const foldIntegrity = (verdict: AuditVerdict, integrity: AuditIntegrity): AuditVerdict => {
  if (!verdict.ok) return verdict;
  const a = integrity.anchor;
  if (a.status === 'tail-missing')
    return { ok: false, firstBreak: { seq: a.headSeq + 1, reason: 'tail-missing' } };
  if (a.status === 'head-mismatch')
    return {
      ok: false,
      firstBreak: { seq: Math.min(a.anchoredSeq + 1, a.headSeq), reason: 'head-mismatch' },
    };
  if (a.status === 'anchor-invalid')
    return { ok: false, firstBreak: { seq: verdict.entries, reason: 'anchor-invalid' } };
  if (integrity.mirror === 'rolled-back')
    return { ok: false, firstBreak: { seq: verdict.entries, reason: 'rolled-back' } };
  return verdict;
};

/** The app's mirror: localStorage, which lives outside IndexedDB's files in the profile.
 *  Best-effort by design: a missing or unwritable mirror only loses the rollback check. */
export const localStorageMirror = (): AnchorMirrorPort | undefined => {
  const storage = (globalThis as { localStorage?: Storage }).localStorage;
  if (storage === undefined) return undefined;
  return {
    read: (key) => {
      try {
        const raw = storage.getItem(key);
        return raw === null ? undefined : (JSON.parse(raw) as unknown);
      } catch {
        return undefined;
      }
    },
    write: (key, value) => {
      try {
        storage.setItem(key, JSON.stringify(value));
      } catch {
        // Quota or storage disabled: the anchor in the header still guards the rows.
      }
    },
  };
};
