// Pure parts of composing a vendor message: which keys to offer, template parameters,
// and the Message record written when the sealed file is saved.
import {
  JAPAN_ZONE,
  type Case,
  type Involvement,
  type Contact,
  type IsoInstant,
  type Language,
  type LetterKind,
  type LocalizedText,
  type MessageId,
  type Vulnerability,
} from '../../../shared/model';
import type { KeyRecord } from '../../../shared/model/key';
import {
  MESSAGE_SCHEMA_VERSION,
  type MessageAttachment,
  type MessageRecord,
} from '../../../shared/model/message';
import { localDate } from '../../../shared/workflow/calendar';
import { LETTER_TEMPLATES, type TemplateKind } from '../../../shared/workflow/letter-templates';
import type { movedMoments } from '../../../shared/workflow/extensions';
import { vendorLetterParams, type VendorLetterFacts } from '../../../shared/workflow/letters';
import type { CaseProjection } from '../../../shared/workflow/projection';
import {
  agreedPublicationMoment,
  type PublicationMoment,
} from '../../../shared/workflow/publication-moment';

type MovedMoments = NonNullable<ReturnType<typeof movedMoments>>;

/** Templates that go to a vendor (the finder letters are sent from intake). */
export const VENDOR_TEMPLATES = [
  'vendor-first-contact',
  'publication-date-proposal',
  'reminder',
  'publication-moved',
  'embargo-ended-early',
] as const satisfies readonly TemplateKind[];
export type VendorTemplate = (typeof VENDOR_TEMPLATES)[number];

/** What the "embargo ended early" letter states (the case view's `earlyEnd`). */
export type EarlyEndFacts = NonNullable<VendorLetterFacts['earlyEnd']>;

/** The templates the composer offers: "publication moved" only once the agreed date moved
 *  (the case view's `extensions.moved`), since it states the move's two moments; "the
 *  embargo has ended early" only once it has (`earlyEnd`). */
export function offeredTemplates(
  moved: MovedMoments | null,
  earlyEnd: EarlyEndFacts | null = null,
): readonly VendorTemplate[] {
  return VENDOR_TEMPLATES.filter(
    (k) =>
      (k !== 'publication-moved' || moved !== null) &&
      (k !== 'embargo-ended-early' || earlyEnd !== null),
  );
}

/** The purpose a letter from a template is recorded with (`message.sent`). */
export const templatePurpose = (kind: VendorTemplate | null): LetterKind =>
  kind === null ? 'other' : LETTER_TEMPLATES[kind].kind;

export function templatePlaceholders(kind: TemplateKind): readonly string[] {
  return LETTER_TEMPLATES[kind].placeholders;
}

/** Values the app already knows for a letter to one vendor (the first chosen recipient
 *  tied to a contact); the analyst fills in the rest. The publication moment (the pending
 *  proposal, else the agreed one) is written exactly, with its zone and UTC. */
export function knownParams(f: {
  kase: Case;
  recipientContactId: string | null;
  contacts: readonly Contact[];
  involvements: readonly Involvement[];
  vulnerabilities: readonly Pick<Vulnerability, 'affected'>[];
  organisation: LocalizedText;
  publication: PublicationMoment | null;
  /** The latest grant's moments, for the "publication moved" letter. */
  moved: MovedMoments | null;
  /** The embargo's early end, for its letter. */
  earlyEnd?: EarlyEndFacts | null;
  now: IsoInstant;
  language: Language;
}): Record<string, string> {
  const id = f.recipientContactId;
  const contact = f.contacts.find((c) => c.id === id);
  return vendorLetterParams({
    kase: f.kase,
    vendorName: contact?.name ?? null,
    involvement: f.involvements.find((i) => i.contactId === id) ?? null,
    productNames: f.vulnerabilities
      .flatMap((v) => v.affected)
      .filter((a) => id !== null && a.contactId === id)
      .map((a) => a.product),
    organisation: f.organisation,
    publication: f.publication,
    moved: f.moved,
    earlyEnd: f.earlyEnd ?? null,
    now: f.now,
    language: f.language,
  });
}

/** The moment a publication letter talks about: a pending proposal first, else the agreed one. */
export function letterPublication(p: CaseProjection): PublicationMoment | null {
  if (p.embargo.proposedDate !== null) {
    return { instant: p.embargo.proposedDate, zone: p.embargo.proposedZone ?? JAPAN_ZONE };
  }
  return agreedPublicationMoment(p);
}

/** Why "Seal and save" cannot run yet, the first thing missing in the order of the form. */
export type SealBlocker =
  | 'no-recipient'
  | 'key-checking'
  | 'key-refused'
  | 'unverified'
  | 'key-warnings'
  | 'no-subject'
  | 'no-body';

/** The recipient keys' health (issue 27 item 5): null while it is being worked out. */
export type KeyHealthState = { refused: boolean; warned: boolean; accepted: boolean } | null;

/** What a composer field holds once its letter is sealed: emptied for the next letter, unless
 *  the analyst already changed it while the seal ran (that is the next letter: keep it). */
export function afterSeal<T>(sent: T, now: T, empty: T): T {
  return Object.is(now, sent) ? empty : now;
}

export function sealBlocker(f: {
  recipients: number;
  needsYes: boolean;
  acceptUnverified: boolean;
  subject: string;
  body: string;
  keyHealth?: KeyHealthState;
}): SealBlocker | null {
  if (f.recipients === 0) return 'no-recipient';
  if (f.keyHealth === null) return 'key-checking';
  if (f.keyHealth?.refused === true) return 'key-refused';
  if (f.needsYes && !f.acceptUnverified) return 'unverified';
  if (f.keyHealth?.warned === true && !f.keyHealth.accepted) return 'key-warnings';
  if (f.subject.trim() === '') return 'no-subject';
  if (f.body.trim() === '') return 'no-body';
  return null;
}

export type RecipientOption = {
  key: KeyRecord;
  /** The key belongs to a contact involved in the case. */
  inCase: boolean;
  involvementId: string | null;
};

/** Public keys offered as recipients: those of the case's contacts first. */
export function recipientOptions(
  keys: readonly KeyRecord[],
  involvements: readonly Pick<Involvement, 'id' | 'contactId'>[],
): RecipientOption[] {
  const byContact = new Map<string, string>(involvements.map((i) => [i.contactId, i.id]));
  return keys
    .filter((k) => k.kind === 'public')
    .map((key) => {
      const inv = key.ownerContactId === undefined ? undefined : byContact.get(key.ownerContactId);
      return { key, inCase: inv !== undefined, involvementId: inv ?? null };
    })
    .sort((a, b) => Number(b.inCase) - Number(a.inCase));
}

export type OutgoingFacts = {
  id: MessageId;
  caseId: Case['id'];
  subject: string;
  body: string;
  language: 'ja' | 'en';
  fileName: string;
  format: 'asc' | 'pgp-mime';
  at: IsoInstant;
  recipients: readonly KeyRecord[];
  ownFingerprint: string;
  attachments: MessageAttachment[];
  /** The product thread it belongs to (null or absent: the vendor's main thread). */
  threadProduct?: string | null;
};

/** The Message record of a sent message: encrypted to every recipient and to ourselves. */
export function outgoingRecord(f: OutgoingFacts): MessageRecord {
  const encryptedTo = [...new Set([...f.recipients.map((k) => k.fingerprint), f.ownFingerprint])];
  const contact = f.recipients.find((k) => k.ownerContactId !== undefined)?.ownerContactId;
  return {
    schemaVersion: MESSAGE_SCHEMA_VERSION,
    id: f.id,
    direction: 'out',
    caseId: f.caseId,
    ...(contact === undefined ? {} : { counterpartContactId: contact }),
    subject: f.subject,
    body: f.body,
    language: f.language,
    attachments: f.attachments,
    fileName: f.fileName,
    format: f.format,
    at: f.at,
    pgp: { encrypted: true, encryptedTo, signedBy: f.ownFingerprint, signatures: [] },
    // We wrote it, so it is read.
    readAt: f.at,
    threadProduct: f.threadProduct ?? null,
  };
}

/** A vendor name as a file-name part: ASCII letters, digits and hyphens ("Beta Systems
 *  Corp." → "beta-systems-corp"); a name with none of them (日本語 only) gives "vendor". */
export function vendorSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 32)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'vendor' : slug;
}

/**
 * The base name of a sealed message's files: `<ref>-<yyyymmdd>-<vendor>-<nn>` with the day
 * in Japan time and `nn` one past the highest sequence the case's stored messages of that
 * day already use, so every seal gets its own name (issue 23: two seals on one day got the
 * same one and the second download overwrote or renamed the first).
 */
export function sealedFileBase(f: {
  ref: string;
  date: Date;
  vendor: string;
  existing: readonly string[];
}): string {
  const day = localDate(f.date.toISOString(), JAPAN_ZONE).replace(/-/g, '');
  const prefix = `${f.ref.replace(/[^A-Za-z0-9_-]/g, '_')}-${day}-`;
  const used = f.existing
    .filter((n) => n.startsWith(prefix))
    .map((n) => Number(/-(\d+)\.[A-Za-z]+$/.exec(n)?.[1] ?? 0));
  const next = Math.max(0, ...used) + 1;
  return `${prefix}${vendorSlug(f.vendor)}-${String(next).padStart(2, '0')}`;
}
