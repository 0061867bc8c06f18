// Messages out (DESIGN §6): UTF-8 text with the case ref in the first line, signed by
// the organisation key and encrypted to every recipient and to ourselves, as `.asc`;
// attachments as one encrypted file each.
import {
  pgpFail,
  sealBinary,
  sealText,
  type Key,
  type PgpResult,
  type PrivateKey,
} from '../../crypto/pgp';
import { safeName } from './content';

export type ComposeInput = {
  /** The case reference, e.g. `AL-2026-0042`: always in the first line. */
  ref: string;
  subject: string;
  body: string;
  language?: 'ja' | 'en';
};

/** The plaintext of a vendor message: `[ref] subject`, a blank line, the body; LF endings. */
export function composeMessageText(input: ComposeInput): string {
  const subject = input.subject.replace(/[\r\n]+/g, ' ').trim();
  const firstLine = subject.includes(input.ref) ? subject : `[${input.ref}] ${subject}`.trim();
  const body = input.body.replace(/\r\n?/g, '\n');
  return `${firstLine}\n\n${body}${body.endsWith('\n') ? '' : '\n'}`;
}

export type SealKeys = {
  /** The vendors' keys (one or more). */
  recipientKeys: readonly Key[];
  /** The unlocked organisation key. */
  signingKey: PrivateKey;
  date?: Date;
};

/** A file name safe on every removable medium: `<ref>-<yyyymmdd>.asc`. */
export function messageFileName(ref: string, date: Date, ext = 'asc'): string {
  const day = date.toISOString().slice(0, 10).replace(/-/g, '');
  return `${ref.replace(/[^A-Za-z0-9_-]/g, '_')}-${day}.${ext}`;
}

export type SealedFile = { name: string; data: Uint8Array | string };

/** Seals the composed text as an armored `.asc`. */
export async function sealMessage(input: ComposeInput & SealKeys): Promise<PgpResult<SealedFile>> {
  if (input.ref.trim() === '')
    return pgpFail('unsupported', 'a case ref is required in the first line');
  const date = input.date ?? new Date();
  const sealed = await sealText({
    text: composeMessageText(input),
    recipientKeys: input.recipientKeys,
    signingKey: input.signingKey,
    date,
  });
  return sealed.ok
    ? { ok: true, value: { name: messageFileName(input.ref, date), data: sealed.value } }
    : sealed;
}

export type OutgoingAttachment = { name: string; data: Uint8Array; mimeType?: string };

/** Each attachment as its own signed+encrypted file `<name>.pgp` (binary) or `.asc`. */
export async function sealAttachments(
  attachments: readonly OutgoingAttachment[],
  keys: SealKeys,
  format: 'binary' | 'armored' = 'binary',
): Promise<PgpResult<SealedFile[]>> {
  const out: SealedFile[] = [];
  for (const attachment of attachments) {
    const name = safeName(attachment.name);
    const sealed = await sealBinary({
      data: attachment.data,
      recipientKeys: keys.recipientKeys,
      signingKey: keys.signingKey,
      format,
      filename: name,
      ...(keys.date === undefined ? {} : { date: keys.date }),
    });
    if (!sealed.ok) return sealed;
    out.push({ name: `${name}.${format === 'binary' ? 'pgp' : 'asc'}`, data: sealed.value });
  }
  return { ok: true, value: out };
}
