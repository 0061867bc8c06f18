import {
  VaultAbort,
  createVaultHeader,
  deriveVaultKeys,
  parseVaultHeader,
  rewrapHeader,
  unwrapMaster,
  vaultFail,
  vaultOk,
  wipe,
  type KdfTestOverride,
  type VaultHeader,
} from '../../shared/crypto/vault';
import {
  ANCHOR_CHANGE,
  afterAnchoredCommit,
  anchorChanges,
  anchoredHeader,
  checkIntegrity,
  type AuditIntegrity,
} from './audit-anchor';
import { buildAuditEntries, sealAuditRow } from './audit-log';
import { aesGcmCipher, plaintextControlCipher } from './cipher';
import { setStatus, type Session, type StoreContext } from './context';
import { dropAll, loadAll } from './load';
import type { LoadIssue, OnProgress, RecordMap, StoreResult } from './types';
import { writeError } from './write-error';
import { takeIntent } from './write-journal';

export type CreateOptions = {
  /** Test/dev only: a cheaper Argon2id, recorded in the header as `weakForTesting`. */
  kdf?: KdfTestOverride;
};

const noProgress: OnProgress = () => undefined;

/** null when no vault exists in this database yet. */
export const readHeader = async <M extends RecordMap>(
  ctx: StoreContext<M>,
): Promise<StoreResult<VaultHeader> | null> => {
  const row = await ctx.db.meta.get('vault');
  return row === undefined ? null : parseVaultHeader(row.header);
};

const openSession = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  header: VaultHeader,
  master: Uint8Array,
): Promise<Session> => {
  try {
    const keys = await deriveVaultKeys(master, header.vaultId);
    const cipher = ctx.plaintextControl ? plaintextControlCipher() : aesGcmCipher(keys.record);
    return { keys, cipher, header, epoch: ctx.epoch, auditHead: null, auditRowId: 0 };
  } finally {
    wipe(master);
  }
};

/** Writes the header, sealing the new audit head in it, and its audit entry together
 *  (creation and passphrase change). */
const writeHeader = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  session: Session,
  header: VaultHeader,
  creating = false,
): Promise<void> => {
  // A new vault's first entry is the anchored header itself (audit-anchor.ts ANCHOR_CHANGE).
  const changes = creating
    ? [ANCHOR_CHANGE]
    : [
        { table: 'vault', recordId: 'header', op: 'put' as const },
        ...anchorChanges(session.header),
      ];
  const entries = await buildAuditEntries(changes, session.auditHead);
  const rowId = session.auditRowId + 1;
  const row = await sealAuditRow(session.cipher, rowId, entries);
  const anchored = await anchoredHeader(session, header, entries, rowId);
  await ctx.db.transaction('rw', ['meta', 'audit'], async () => {
    const last = (await ctx.db.audit.orderBy(':id').lastKey()) ?? 0;
    if (last !== session.auditRowId) {
      throw new VaultAbort({
        code: 'record.conflict',
        message: 'The store changed in another window.',
      });
    }
    await ctx.db.meta.put({ id: 'vault', header: anchored.header });
    await ctx.db.audit.add(row);
  });
  afterAnchoredCommit(ctx, session, anchored);
  session.auditRowId = rowId;
  session.auditHead = entries.at(-1) ?? session.auditHead;
  ctx.audit.apply(entries, []);
  ctx.audit.notify();
};

/** `writeHeader` as a result: a refusal keeps its code, a full disk or quota is
 *  `store.quota-exceeded` (write-error.ts), so the screen can say the header was not saved. */
const writeHeaderResult = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  session: Session,
  header: VaultHeader,
  creating = false,
): Promise<StoreResult<void>> => {
  try {
    await writeHeader(ctx, session, header, creating);
    return vaultOk(undefined);
  } catch (error) {
    return { ok: false, error: error instanceof VaultAbort ? error.error : writeError(error) };
  }
};

export const createVault = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  passphrase: string,
  options: CreateOptions = {},
  onProgress: OnProgress = noProgress,
): Promise<StoreResult<void>> => {
  if ((await readHeader(ctx)) !== null)
    return vaultFail('vault.exists', 'A vault already exists here.');
  if (passphrase.length === 0)
    return vaultFail('vault.weak-passphrase', 'The passphrase is empty.');
  const { header, master } = await createVaultHeader(
    passphrase,
    options.kdf === undefined ? {} : { override: options.kdf },
    (phase) => onProgress({ phase }),
  );
  ctx.epoch += 1;
  const session = await openSession(ctx, header, master);
  const written = await writeHeaderResult(ctx, session, header, true);
  if (!written.ok) return written;
  ctx.session = session;
  await loadAll(ctx, session, onProgress);
  ctx.integrity = await checkIntegrity(
    ctx,
    session,
    session.header,
    ctx.audit.all(),
    session.auditRowId,
    { trustRows: true },
  );
  setStatus(ctx, 'unlocked');
  return vaultOk(undefined);
};

export const unlockVault = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  passphrase: string,
  onProgress: OnProgress = noProgress,
): Promise<StoreResult<{ loadIssues: LoadIssue[]; audit: AuditIntegrity }>> => {
  const header = await readHeader(ctx);
  if (header === null) return vaultFail('vault.absent', 'No vault exists yet.');
  if (!header.ok) return header;
  if (ctx.session !== null && ctx.integrity !== null)
    return vaultOk({ loadIssues: [], audit: ctx.integrity });
  const master = await unwrapMaster(header.value, passphrase, (phase) => onProgress({ phase }));
  if (!master.ok) return master;
  ctx.epoch += 1;
  const session = await openSession(ctx, header.value, master.value);
  ctx.session = session;
  const interrupted = await takeIntent(ctx, session);
  // A vault of more than a page of cases opens at its first page; this call (and with it the
  // store's queue, so every write) goes on until the rest, the audit check and the index
  // build's start are done.
  const loadIssues = await loadAll(ctx, session, onProgress, {
    onFirstPage: () => {
      ctx.interrupted = interrupted;
      setStatus(ctx, 'unlocked');
    },
  });
  if (ctx.session !== session)
    return vaultFail('vault.locked', 'The vault was locked while opening.');
  // Unlock reports, never refuses: the analyst must still reach the data to investigate.
  const audit = await checkIntegrity(
    ctx,
    session,
    header.value,
    ctx.audit.all(),
    session.auditRowId,
  );
  if (ctx.session !== session)
    return vaultFail('vault.locked', 'The vault was locked while opening.');
  ctx.integrity = audit;
  ctx.interrupted = interrupted;
  setStatus(ctx, 'unlocked');
  return vaultOk({ loadIssues, audit });
};

export const lockVault = <M extends RecordMap>(ctx: StoreContext<M>, exists: boolean): void => {
  dropAll(ctx);
  ctx.integrity = null;
  ctx.interrupted = null;
  setStatus(ctx, exists ? 'locked' : 'absent');
};

export const changeVaultPassphrase = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  oldPassphrase: string,
  newPassphrase: string,
  options: CreateOptions = {},
): Promise<StoreResult<void>> => {
  const session = ctx.session;
  if (session === null) return vaultFail('vault.locked', 'Unlock the vault first.');
  if (newPassphrase.length === 0)
    return vaultFail('vault.weak-passphrase', 'The passphrase is empty.');
  const header = await readHeader(ctx);
  if (header === null) return vaultFail('vault.absent', 'No vault exists yet.');
  if (!header.ok) return header;
  const next = await rewrapHeader(
    header.value,
    oldPassphrase,
    newPassphrase,
    options.kdf === undefined ? {} : { override: options.kdf },
  );
  if (!next.ok) return next;
  return writeHeaderResult(ctx, session, next.value);
};
