import { sha256Hex } from '../../shared/crypto/canonical-json';
import { openChunks, vaultFail, vaultOk } from '../../shared/crypto/vault';
import type { AttachmentMeta } from '../../shared/model';
import type { StoreContext } from './context';
import type { RecordMap, StoreResult } from './types';

/** Decrypts an attachment's chunks; any missing, reordered or altered chunk is refused. */
export const readAttachment = async <M extends RecordMap>(
  ctx: StoreContext<M>,
  id: string,
): Promise<StoreResult<Uint8Array>> => {
  const session = ctx.session;
  if (session === null) return vaultFail('vault.locked', 'The vault is locked.');
  const meta = ctx.memory.attachments.get(id) as AttachmentMeta | undefined;
  if (meta === undefined) return vaultFail('record.not-found', `No attachment ${id}.`);
  const rows = await ctx.db.attachmentChunks.where('aid').equals(id).sortBy('idx');
  const bytes = await openChunks(session.keys, id, rows, meta.chunkCount);
  if (bytes === null || bytes.length !== meta.size || (await sha256Hex(bytes)) !== meta.sha256) {
    return vaultFail('attachment.corrupt', `Attachment ${meta.name} is damaged.`);
  }
  return vaultOk(bytes);
};
