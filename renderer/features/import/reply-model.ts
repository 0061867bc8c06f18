// Pure parts of taking replies in: pairing detached signatures with their files, the
// cases a reply may belong to, and the Message record stored on confirmation.
import type { SignatureReport } from '../../../shared/crypto/pgp';
import type { CaseMatchInfo, OpenedReply } from '../../../shared/exchange/message';
import type { OwnCopyContext } from '../../../shared/exchange/message/own-copy';
import type { Case, ContactId, Involvement, IsoInstant, MessageId } from '../../../shared/model';
import type { KeyRecord } from '../../../shared/model/key';
import {
  MESSAGE_SCHEMA_VERSION,
  type MessageAttachment,
  type MessageRecord,
  type SignatureFact,
} from '../../../shared/model/message';

export type PickedReply = { name: string; bytes: Uint8Array };
export type ReplyItem = { name: string; data: Uint8Array; detachedSignature?: Uint8Array };

const SIG = /\.(sig|asc)$/i;

/** `report.pdf` + `report.pdf.sig` become one item; every other file stands alone. */
export function pairDetached(files: readonly PickedReply[]): ReplyItem[] {
  const names = new Set(files.map((f) => f.name));
  const signatureFor = new Map<string, Uint8Array>();
  for (const f of files) {
    const base = f.name.replace(SIG, '');
    if (SIG.test(f.name) && base !== f.name && names.has(base)) signatureFor.set(base, f.bytes);
  }
  return files
    .filter((f) => !(SIG.test(f.name) && signatureFor.has(f.name.replace(SIG, ''))))
    .map((f) => {
      const sig = signatureFor.get(f.name);
      return sig === undefined
        ? { name: f.name, data: f.bytes }
        : { name: f.name, data: f.bytes, detachedSignature: sig };
    });
}

/** For matching: each case with the fingerprints of its vendors' keys. */
export function caseMatchInfo(
  cases: readonly Pick<Case, 'id' | 'ref'>[],
  involvements: readonly Pick<Involvement, 'caseId' | 'contactId'>[],
  keys: readonly KeyRecord[],
): CaseMatchInfo[] {
  return cases.map((c) => {
    const contacts = new Set(involvements.filter((i) => i.caseId === c.id).map((i) => i.contactId));
    const fprs = keys
      .filter((k) => k.ownerContactId !== undefined && contacts.has(k.ownerContactId))
      .flatMap((k) => [k.fingerprint, ...k.subkeys.map((s) => s.fingerprint)]);
    return { caseId: c.id, ref: c.ref, vendorFingerprints: fprs };
  });
}

/** What tells our own letter from a reply (`ownCopyOf`): our keys, the letters we sent and
 *  their cases' references; the preview and the store build it the same way. */
export function ownCopyContext(
  keys: OwnCopyContext['keys'],
  messages: OwnCopyContext['sent'],
  cases: readonly Pick<Case, 'id' | 'ref'>[],
): OwnCopyContext {
  const refs = new Map<string, string>(cases.map((c) => [c.id, c.ref]));
  return {
    keys,
    sent: messages.filter((m) => m.direction === 'out'),
    refOf: (caseId) => refs.get(caseId),
  };
}

export function signatureFacts(reports: readonly SignatureReport[]): SignatureFact[] {
  return reports.map((r) => ({
    status: r.status,
    fingerprint: r.fingerprint.toUpperCase(),
    fingerprintSource: r.fingerprintSource,
    signedAt: r.signedAt,
  }));
}

/** The subject shown and stored: the e-mail subject, else the first line of the text. */
export function replySubject(reply: Pick<OpenedReply, 'subject' | 'text'>): string {
  if (reply.subject !== null && reply.subject.trim() !== '') return reply.subject.trim();
  const first = reply.text.split(/\r?\n/).find((l) => l.trim() !== '');
  return (first ?? '').trim().slice(0, 300);
}

export type IncomingFacts = {
  id: MessageId;
  caseId: Case['id'];
  fileName: string;
  reply: OpenedReply;
  at: IsoInstant;
  counterpartContactId?: ContactId;
  attachments: MessageAttachment[];
};

export function incomingRecord(f: IncomingFacts): MessageRecord {
  return {
    schemaVersion: MESSAGE_SCHEMA_VERSION,
    id: f.id,
    direction: 'in',
    caseId: f.caseId,
    ...(f.counterpartContactId === undefined
      ? {}
      : { counterpartContactId: f.counterpartContactId }),
    subject: replySubject(f.reply),
    body: f.reply.text,
    attachments: f.attachments,
    fileName: f.fileName,
    format: f.reply.shape,
    at: f.at,
    pgp: {
      encrypted: f.reply.encrypted,
      encryptedTo: [],
      signatures: signatureFacts(f.reply.signatures),
    },
    // An imported reply is unread until the analyst opens it in its thread.
    readAt: null,
    threadProduct: null,
  };
}
