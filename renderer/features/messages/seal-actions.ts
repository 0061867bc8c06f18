// Messages out: seal with the organisation key, save through the Platform port (a
// removable-media folder in Electron, a download in the web shell), then record the
// send (Message record + `message.sent` + encrypted copies of the attachments) in one go.
import {
  judgeRecipientKeys,
  readKeysFrom,
  sha256Hex,
  type Key,
  type KeyHealth,
  type PrivateKey,
} from '../../../shared/crypto/pgp';
import {
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
import { foldCoordination, localRefusal } from '../../../shared/workflow/coordination';
import { fail, failWith, ok, type CodedError, type Result } from '../../../shared/result';
import {
  checkClearance,
  contactOfFingerprint,
  overrideNote,
  recipientsByFingerprint,
} from '../../../shared/workflow/clearance';
import { unfilledPlaceholders } from '../../../shared/workflow/letters';
import {
  checkConfidentiality,
  confidentialityContext,
  confidentialityOverrideNote,
  type ConfidentialityHit,
} from '../../../shared/workflow/vendor-confidentiality';
import { caseWriteFailure } from './case-write';
import { outgoingRecord, sealedFileBase } from './compose-model';

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
  /** The analyst's reason to send text the confidentiality rule refuses (recorded). */
  confidentialityOverride?: string | undefined;
  /** One of the case's products: the message goes to that product's thread. */
  threadProduct?: string | null | undefined;
  /** The analyst has seen the recipient keys' health warnings and seals anyway. */
  acceptKeyWarnings?: boolean | undefined;
};

/** Why nothing was sealed: a coded error; a confidentiality refusal carries its hits, a
 *  letter with a template field left carries the field's name. */
export type SendError = CodedError & {
  hits?: readonly ConfidentialityHit[];
  placeholder?: string;
  /** `key-health.refused` / `key-health.warned`: the recipient keys concerned. */
  keys?: readonly KeyHealth[];
};

/** The names of the files written, or why nothing was recorded. */
export type SendResult = Result<string[], SendError>;

export async function publicKeys(records: readonly KeyRecord[]): Promise<Key[] | null> {
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
  base: string,
): Promise<Result<SealedFile[], CodedError>> {
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
    return ok([{ name: `${base}.eml`, data: eml.value }]);
  }
  const message = await sealMessage({ ...text, ...keys });
  if (!message.ok) return message;
  const files = await sealAttachments(input.attachments, keys);
  if (!files.ok) return files;
  // Every file of one seal shares its unique base, so two seals on one day never collide.
  return ok([
    { ...message.value, name: `${base}.asc` },
    ...files.value.map((f) => ({ ...f, name: `${base}-${f.name}` })),
  ]);
}

const bytesOf = (data: Uint8Array | string) =>
  typeof data === 'string' ? new TextEncoder().encode(data) : data;

export async function saveAll(
  platform: Platform,
  files: readonly SealedFile[],
): Promise<SendResult> {
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

/** What sending uses of the encrypted store: the case's parties (clearance and
 *  confidentiality), the messages already sealed (file names) and one transaction. */
export type MessagesStore = StorePort<
  'contacts' | 'involvements' | 'vulnerabilities' | 'reports' | 'messages' | 'caseEvents',
  'transact'
>;

/** The contacts a message goes to, by its recipients' keys. */
const recipientContacts = (store: MessagesStore, input: SendInput) =>
  input.recipients.flatMap((r) => {
    const c = contactOfFingerprint(
      r.fingerprint,
      store.repos.contacts.all(),
      () => r.ownerContactId,
    );
    return c === undefined ? [] : [c];
  });

/** The confidentiality rule (issue 23) on this message: what the recipients must not read. */
const confidentiality = (store: MessagesStore, input: SendInput, to: readonly { id: string }[]) =>
  checkConfidentiality(
    confidentialityContext({
      kase: input.kase,
      involvements: store.repos.involvements.byCase(input.kase.id),
      contacts: store.repos.contacts.all(),
      affected: store.repos.vulnerabilities.byCase(input.kase.id).flatMap((v) => v.affected),
      reporter: store.repos.reports.byCase(input.kase.id)[0]?.reporter ?? null,
      recipientContactIds: to.map((c) => c.id),
    }),
    {
      subject: input.subject,
      body: input.body,
      attachmentNames: input.attachments.map((a) => a.name),
    },
    input.confidentialityOverride,
  );

/**
 * Key health before sealing (issue 27 item 5): a refused key stops the seal; warnings stop
 * it until the analyst has seen them (`acceptKeyWarnings`). The keys must last until the
 * agreed publication.
 */
async function recipientHealth(input: SendInput, now: Date): Promise<Result<void, SendError>> {
  const keys = await publicKeys(input.recipients);
  if (keys === null) return failWith('key-invalid', 'recipient key');
  const agreed = input.kase.dates.agreedPublication;
  const checked = await judgeRecipientKeys(keys, {
    now,
    embargoEndsAt: agreed === null ? null : new Date(agreed),
    acceptWarnings: input.acceptKeyWarnings === true,
  });
  return checked.ok ? ok(undefined) : fail(checked.error);
}

/** A letter with a template field left unfilled is never sealed: the field it names. */
export function placeholderLeft(letter: { subject: string; body: string }): SendError | null {
  const [placeholder] = unfilledPlaceholders(letter);
  return placeholder === undefined
    ? null
    : {
        code: 'letter.placeholder-left',
        message: `The letter still holds the field {{${placeholder}}}`,
        placeholder,
      };
}

export async function sealAndSend(
  store: MessagesStore,
  platform: Platform,
  input: SendInput,
): Promise<SendResult> {
  // After a hand-over this vault no longer writes to vendors (coordination.ts): refused
  // before anything is sealed or saved, not only when the send is recorded.
  const handedOver = localRefusal(
    foldCoordination(store.repos.caseEvents.byCase(input.kase.id)).state,
    'vendor-message',
  );
  if (handedOver !== null) return failWith(handedOver.code, handedOver.message);
  const left = placeholderLeft(input);
  if (left !== null) return fail(left);
  const to = recipientContacts(store, input);
  const secret = confidentiality(store, input, to);
  if (!secret.ok) return fail(secret.error);
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
  const health = await recipientHealth(input, date);
  if (!health.ok) return health;
  const base = sealedFileBase({
    ref: input.kase.ref,
    date,
    vendor: to[0]?.name.en ?? '',
    existing: store.repos.messages.byCase(input.kase.id).map((m) => m.fileName),
  });
  const sealed = await sealAll(input, date, base);
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
  // Overrides are recorded in the same write as the send, as internal notes.
  const noteTexts = [
    ...(clearance.value.reason === null ? [] : [overrideNote('vendor message', clearance.value)]),
    ...(secret.value.reason === null
      ? []
      : [confidentialityOverrideNote(`vendor message ${base}`, secret.value)]),
  ];
  const notes: CaseCommand[] = noteTexts.map((text) => ({
    type: 'note.added',
    payload: { text, internal: true },
  }));
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
