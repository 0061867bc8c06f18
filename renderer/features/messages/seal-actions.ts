// Messages out: seal with the organisation key, save through the Platform port (a
// removable-media folder in Electron, a download in the web shell), then record the
// send (Message record + `message.sent` + encrypted copies of the attachments) in one go.
import { readKeysFrom, sha256Hex, type Key, type PrivateKey } from '../../../shared/crypto/pgp';
import {
  messageFileName,
  sealAttachments,
  sealMessage,
  sealPgpMime,
  type OutgoingAttachment,
  type SealedFile,
} from '../../../shared/exchange/message';
import type { Case, LetterKind } from '../../../shared/model';
import { newMessageId } from '../../../shared/model';
import type { KeyRecord } from '../../../shared/model/key';
import type { MessageAttachment } from '../../../shared/model/message';
import type { Platform } from '../../platform';
import { appendCaseEvents } from '../../store/case-writes';
import type { StorePort } from '../../store/port';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import { failWith, ok, type CodedError, type Result } from '../../../shared/result';
import {
  checkClearance,
  overrideNote,
  recipientsByFingerprint,
} from '../../../shared/workflow/clearance';
import { caseWriteFailure } from './case-write';
import { outgoingRecord } from './compose-model';

export type SendInput = {
  kase: Case;
  recipients: readonly KeyRecord[];
  involvementId: string | null;
  signingKey: PrivateKey;
  ownFingerprint: string;
  subject: string;
  body: string;
  language: 'ja' | 'en';
  purpose: LetterKind;
  attachments: readonly OutgoingAttachment[];
  attachmentMode: 'separate' | 'eml';
  /** The analyst's reason to send above a recipient's clearance (recorded as a note). */
  clearanceOverride?: string | undefined;
  /** One of the case's products: the message goes to that product's thread. */
  threadProduct?: string | null | undefined;
};

/** The names of the files written, or why nothing was recorded. */
export type SendResult = Result<string[], CodedError>;

async function publicKeys(records: readonly KeyRecord[]): Promise<Key[] | null> {
  const out: Key[] = [];
  for (const r of records) {
    const parsed = await readKeysFrom(r.armored);
    if (!parsed.ok) return null;
    out.push(...parsed.value.map((k) => k.toPublic()));
  }
  return out;
}

async function sealAll(input: SendInput, date: Date): Promise<Result<SealedFile[], CodedError>> {
  const recipientKeys = await publicKeys(input.recipients);
  if (recipientKeys === null) return failWith('key-invalid', 'recipient key');
  const keys = { recipientKeys, signingKey: input.signingKey, date };
  const text = {
    ref: input.kase.ref,
    subject: input.subject,
    body: input.body,
    language: input.language,
  };
  if (input.attachmentMode === 'eml' && input.attachments.length > 0) {
    const eml = await sealPgpMime({ ...text, ...keys, attachments: input.attachments });
    if (!eml.ok) return eml;
    return ok([{ name: messageFileName(input.kase.ref, date, 'eml'), data: eml.value }]);
  }
  const message = await sealMessage({ ...text, ...keys });
  if (!message.ok) return message;
  const files = await sealAttachments(input.attachments, keys);
  if (!files.ok) return files;
  return ok([message.value, ...files.value]);
}

const bytesOf = (data: Uint8Array | string) =>
  typeof data === 'string' ? new TextEncoder().encode(data) : data;

async function saveAll(platform: Platform, files: readonly SealedFile[]): Promise<SendResult> {
  if (platform.folders !== null) {
    const folder = await platform.folders.choose({});
    if (!folder.ok) return folder;
    if (folder.value === null) return failWith('cancelled', 'no folder');
    for (const f of files) {
      const w = await platform.folders.write({
        grantId: folder.value.grantId,
        name: f.name,
        bytes: bytesOf(f.data),
      });
      if (!w.ok) return w;
    }
    return ok(files.map((f) => f.name));
  }
  for (const f of files) {
    const saved = await platform.saveFile({
      suggestedName: f.name,
      bytes: bytesOf(f.data),
      filters: [{ name: 'OpenPGP', extensions: [f.name.split('.').pop() ?? 'asc'] }],
    });
    if (!saved.ok) return saved;
    if (!saved.value.saved) return failWith('cancelled', 'not saved');
  }
  return ok(files.map((f) => f.name));
}

/** What sending uses of the encrypted store: recipients' clearances and one transaction. */
export type MessagesStore = StorePort<'contacts', 'transact'>;

export async function sealAndSend(
  store: MessagesStore,
  platform: Platform,
  input: SendInput,
): Promise<SendResult> {
  const clearance = checkClearance(
    input.kase.tlp,
    recipientsByFingerprint(
      input.recipients.map((r) => r.fingerprint),
      store.repos.contacts.all(),
      (f) => input.recipients.find((r) => r.fingerprint === f)?.ownerContactId,
    ),
    input.clearanceOverride,
  );
  if (!clearance.ok) return failWith(clearance.error.code, clearance.error.message);
  const date = new Date();
  const sealed = await sealAll(input, date);
  if (!sealed.ok) return sealed;
  const [main] = sealed.value;
  if (main === undefined) return failWith('unsupported', 'nothing sealed');
  const saved = await saveAll(platform, sealed.value);
  if (!saved.ok) return saved;
  const id = newMessageId();
  const now = date.toISOString();
  const command: CaseCommand = {
    type: 'message.sent',
    payload: {
      messageId: id,
      to: 'vendor',
      involvementId: input.involvementId as never,
      purpose: input.purpose,
    },
  };
  const hashes = await Promise.all(input.attachments.map((a) => sha256Hex(a.data)));
  const notes: CaseCommand[] =
    clearance.value.reason === null
      ? []
      : [
          {
            type: 'note.added',
            payload: { text: overrideNote('vendor message', clearance.value), internal: true },
          },
        ];
  const append = {
    caseId: input.kase.id,
    commands: [...notes, command],
    by: { actor: 'analyst', now },
  };
  const result = await appendCaseEvents(store, [append], (tx) => {
    const attachments: MessageAttachment[] = input.attachments.map((a, i) => ({
      attachmentId: tx.putAttachment(
        {
          caseId: input.kase.id,
          name: a.name,
          mediaType: a.mimeType ?? 'application/octet-stream',
        },
        a.data,
      ) as MessageAttachment['attachmentId'],
      name: a.name,
      mimeType: a.mimeType ?? 'application/octet-stream',
      size: a.data.length,
      sha256: hashes[i] ?? '',
    }));
    tx.put(
      'messages',
      outgoingRecord({
        id,
        caseId: input.kase.id,
        subject: input.subject,
        body: input.body,
        language: input.language,
        fileName: main.name,
        format: input.attachmentMode === 'eml' && input.attachments.length > 0 ? 'pgp-mime' : 'asc',
        at: now,
        recipients: input.recipients,
        ownFingerprint: input.ownFingerprint,
        attachments,
        threadProduct: input.threadProduct ?? null,
      }),
    );
  });
  return result.ok ? saved : caseWriteFailure(result.error);
}
