// Replies in: open every file (nothing is written), then, on the analyst's confirmation,
// store the Message, its attachments (encrypted) and `message.received` in one transaction.
import type { Key, PrivateKey } from '../../../shared/crypto/pgp';
import { openReply, signerOf, type OpenedReply } from '../../../shared/exchange/message';
import { refuseOwnCopy } from '../../../shared/exchange/message/own-copy';
import { refuseStoredCopy } from '../../../shared/exchange/message/stored-copy';
import type { ReportFormDocument } from '../../../shared/exchange/report-form/document';
import type { Case } from '../../../shared/model';
import { newMessageId } from '../../../shared/model';
import type { KeyRecord } from '../../../shared/model/key';
import type { MessageAttachment } from '../../../shared/model/message';
import { appendCaseEvents } from '../../store/case-writes';
import type { StorePort } from '../../store/port';
import { failWith, ok, type CodedError, type Result } from '../../../shared/result';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import { caseWriteFailure } from '../messages';
import { incomingRecord, ownCopyContext, type ReplyItem } from './reply-model';

export type OpenedItem =
  | { name: string; ok: true; reply: OpenedReply; reportForm?: ReportFormDocument }
  | { name: string; ok: false; error: { code: string; message: string } };

export async function openItems(
  items: readonly ReplyItem[],
  decryptionKey: PrivateKey,
  knownKeys: readonly Key[],
): Promise<OpenedItem[]> {
  const out: OpenedItem[] = [];
  for (const item of items) {
    const r = await openReply({
      data: item.data,
      fileName: item.name,
      ...(item.detachedSignature === undefined
        ? {}
        : { detachedSignature: item.detachedSignature }),
      decryptionKeys: [decryptionKey],
      knownKeys,
    });
    out.push(
      r.ok
        ? { name: item.name, ok: true, reply: r.value }
        : { name: item.name, ok: false, error: r.error },
    );
  }
  return out;
}

export type StoreReplyResult = Result<void, CodedError>;

/** What storing a reply uses of the encrypted store. */
export type ImportStore = StorePort<'involvements' | 'messages' | 'cases', 'transact'>;

/**
 * Stores a reply in `kase`. Who signed it is `signerOf` (the preview's rule too): a verified
 * reply from a contact's key is that vendor's (its thread, and its involvement records the
 * reply); an unsigned or unverified one is stored only when the analyst chose "Store as
 * unverified" (`acceptUnverified`), and then with no vendor. Our own letter coming back
 * (`ownCopyOf`: signed by one of our keys, or the text of one we sent) is refused whatever
 * the analyst chose: it is no vendor's answer.
 */
export async function storeReply(
  store: ImportStore,
  kase: Case,
  item: { name: string; reply: OpenedReply },
  keys: readonly KeyRecord[],
  options: { acceptUnverified?: boolean; now?: Date } = {},
): Promise<StoreReplyResult> {
  const own = refuseOwnCopy(
    item.reply,
    ownCopyContext(keys, store.repos.messages.all(), store.repos.cases.all()),
  );
  if (!own.ok) return own;
  // The same reply imported again (`storedCopyOf`, the preview's rule too) is not stored twice.
  const again = refuseStoredCopy(item.reply, store.repos.messages.all());
  if (!again.ok) return again;
  const signer = signerOf(item.reply, keys);
  if (!signer.verified && options.acceptUnverified !== true) {
    return failWith('reply-unverified', `The reply is not verified (${signer.reason})`);
  }
  const id = newMessageId();
  const now = (options.now ?? new Date()).toISOString();
  const contactId = signer.verified ? signer.contactId : null;
  const involvement = store.repos.involvements
    .byCase(kase.id)
    .find((i) => contactId !== null && i.contactId === contactId);
  const command: CaseCommand = {
    type: 'message.received',
    payload: { messageId: id, from: 'vendor', involvementId: involvement?.id ?? null },
  };
  const append = { caseId: kase.id, commands: [command], by: { actor: 'analyst', now } };
  const result = await appendCaseEvents(store, [append], (tx) => {
    const attachments: MessageAttachment[] = item.reply.attachments.map((a) => ({
      attachmentId: tx.putAttachment(
        { caseId: kase.id, name: a.name, mediaType: a.mimeType },
        a.data,
      ) as MessageAttachment['attachmentId'],
      name: a.name,
      mimeType: a.mimeType,
      size: a.size,
      sha256: a.sha256,
    }));
    tx.put(
      'messages',
      incomingRecord({
        id,
        caseId: kase.id,
        fileName: item.name,
        reply: item.reply,
        at: now,
        ...(contactId === null ? {} : { counterpartContactId: contactId }),
        attachments,
      }),
    );
  });
  return result.ok ? ok(undefined) : caseWriteFailure(result.error);
}
