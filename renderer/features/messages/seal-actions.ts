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
import type { AirlockStore } from '../../store/open-store';
import { caseWriteFailure, planMessageEvent } from './case-write';
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
};

export type SendResult =
  { ok: true; files: string[] } | { ok: false; code: string; message: string };

async function publicKeys(records: readonly KeyRecord[]): Promise<Key[] | null> {
  const out: Key[] = [];
  for (const r of records) {
    const parsed = await readKeysFrom(r.armored);
    if (!parsed.ok) return null;
    out.push(...parsed.value.map((k) => k.toPublic()));
  }
  return out;
}

async function sealAll(
  input: SendInput,
  date: Date,
): Promise<SendResult & { sealed?: SealedFile[] }> {
  const recipientKeys = await publicKeys(input.recipients);
  if (recipientKeys === null) return { ok: false, code: 'key-invalid', message: 'recipient key' };
  const keys = { recipientKeys, signingKey: input.signingKey, date };
  const text = {
    ref: input.kase.ref,
    subject: input.subject,
    body: input.body,
    language: input.language,
  };
  if (input.attachmentMode === 'eml' && input.attachments.length > 0) {
    const eml = await sealPgpMime({ ...text, ...keys, attachments: input.attachments });
    if (!eml.ok) return { ok: false, ...eml.error };
    const name = messageFileName(input.kase.ref, date, 'eml');
    return { ok: true, files: [name], sealed: [{ name, data: eml.value }] };
  }
  const message = await sealMessage({ ...text, ...keys });
  if (!message.ok) return { ok: false, ...message.error };
  const files = await sealAttachments(input.attachments, keys);
  if (!files.ok) return { ok: false, ...files.error };
  const sealed = [message.value, ...files.value];
  return { ok: true, files: sealed.map((f) => f.name), sealed };
}

const bytesOf = (data: Uint8Array | string) =>
  typeof data === 'string' ? new TextEncoder().encode(data) : data;

async function saveAll(platform: Platform, files: readonly SealedFile[]): Promise<SendResult> {
  if (platform.folders !== null) {
    const folder = await platform.folders.choose({});
    if (!folder.ok) return { ok: false, ...folder.error };
    if (folder.value === null) return { ok: false, code: 'cancelled', message: 'no folder' };
    for (const f of files) {
      const w = await platform.folders.write({
        grantId: folder.value.grantId,
        name: f.name,
        bytes: bytesOf(f.data),
      });
      if (!w.ok) return { ok: false, ...w.error };
    }
    return { ok: true, files: files.map((f) => f.name) };
  }
  for (const f of files) {
    const saved = await platform.saveFile({
      suggestedName: f.name,
      bytes: bytesOf(f.data),
      filters: [{ name: 'OpenPGP', extensions: [f.name.split('.').pop() ?? 'asc'] }],
    });
    if (!saved.ok) return { ok: false, ...saved.error };
    if (!saved.value.saved) return { ok: false, code: 'cancelled', message: 'not saved' };
  }
  return { ok: true, files: files.map((f) => f.name) };
}

export async function sealAndSend(
  store: AirlockStore,
  platform: Platform,
  input: SendInput,
): Promise<SendResult> {
  const date = new Date();
  const sealed = await sealAll(input, date);
  if (!sealed.ok || sealed.sealed === undefined) return sealed;
  const [main] = sealed.sealed;
  if (main === undefined) return { ok: false, code: 'unsupported', message: 'nothing sealed' };
  const saved = await saveAll(platform, sealed.sealed);
  if (!saved.ok) return saved;
  const id = newMessageId();
  const now = date.toISOString();
  const plan = planMessageEvent(
    store.repos.caseEvents.byCase(input.kase.id),
    {
      type: 'message.sent',
      payload: {
        messageId: id,
        to: 'vendor',
        involvementId: input.involvementId as never,
        purpose: input.purpose,
      },
    },
    'analyst',
    now,
  );
  if (!plan.ok) return plan;
  const hashes = await Promise.all(input.attachments.map((a) => sha256Hex(a.data)));
  const result = await appendCaseEvents(store, [{ caseId: input.kase.id, events: [plan.event] }], {
    eventsOf: (caseId) => store.repos.caseEvents.byCase(caseId),
    extra: (tx) => {
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
          format:
            input.attachmentMode === 'eml' && input.attachments.length > 0 ? 'pgp-mime' : 'asc',
          at: now,
          recipients: input.recipients,
          ownFingerprint: input.ownFingerprint,
          attachments,
        }),
      );
    },
  });
  return result.ok ? saved : caseWriteFailure(result.error);
}
