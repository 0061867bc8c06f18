// Opening a reply that arrived as an e-mail file (.eml): PGP/MIME encrypted (RFC 3156
// §4, including sign-then-encrypt §6.1 and combined §6.2), PGP/MIME signed (§5), and
// inline PGP in the body and in attachments.
import {
  openBinary,
  openCleartext,
  pgpFail,
  pgpOk,
  verifyDetached,
  type PgpResult,
  type SignatureReport,
} from '../../crypto/pgp';
import { binaryString, decodeText, fromBinaryString } from './charset';
import {
  contentFromLiteral,
  contentFromMime,
  makeAttachment,
  type ReplyAttachment,
  type ReplyContent,
} from './content';
import { detectShape, extractArmor } from './detect';
import {
  decodeBody,
  parseEntity,
  parseEntityBytes,
  splitMultipart,
  toCrlf,
  type MimeEntity,
} from './mime';
import type { OpenContext, OpenedReply } from './types';

type Opened = ReplyContent & { encrypted: boolean; signatures: SignatureReport[] };

/** multipart/signed: verify part 1's exact bytes (CRLF) against part 2, then read part 1. */
async function openSigned(entity: MimeEntity, ctx: OpenContext): Promise<PgpResult<Opened>> {
  const parts = splitMultipart(entity);
  const [signed, signaturePart] = parts ?? [];
  if (signed === undefined || signaturePart === undefined)
    return pgpFail('mime-invalid', 'multipart/signed needs two parts');
  const signature = decodeBody(parseEntity(signaturePart));
  const signedBytes = toCrlf(signed);
  const verified = await verifyDetached(signedBytes, signature, ctx.verificationKeys, ctx.now);
  if (!verified.ok) return verified;
  const content = await contentFromMime(signedBytes);
  return pgpOk({ ...content, encrypted: false, signatures: verified.value });
}

/** multipart/encrypted: decrypt part 2; the plaintext is a MIME entity, possibly signed. */
async function openEncrypted(entity: MimeEntity, ctx: OpenContext): Promise<PgpResult<Opened>> {
  const parts = splitMultipart(entity) ?? [];
  const payload =
    parts.map(parseEntity).find((p) => p.contentType === 'application/octet-stream') ?? null;
  if (payload === null)
    return pgpFail('mime-invalid', 'multipart/encrypted without an application/octet-stream part');
  const opened = await openBinary({
    data: decodeBody(payload),
    decryptionKeys: ctx.decryptionKeys,
    verificationKeys: ctx.verificationKeys,
    limits: ctx.limits,
    now: ctx.now,
  });
  if (!opened.ok) return opened;
  const inner = parseEntityBytes(opened.value.data);
  if (inner.contentType === 'multipart/signed') {
    const signed = await openSigned(inner, ctx);
    if (!signed.ok) return signed;
    return pgpOk({
      ...signed.value,
      encrypted: true,
      signatures: [...opened.value.signatures, ...signed.value.signatures],
    });
  }
  const content = await contentFromMime(opened.value.data);
  return pgpOk({ ...content, encrypted: true, signatures: opened.value.signatures });
}

/** The first text/plain leaf, depth-first, transfer-decoded but not charset-decoded. */
function firstTextPart(entity: MimeEntity, depth = 0): MimeEntity | null {
  if (entity.contentType === 'text/plain') return entity;
  if (!entity.contentType.startsWith('multipart/') || depth > 16) return null;
  for (const part of splitMultipart(entity) ?? []) {
    const found = firstTextPart(parseEntity(part), depth + 1);
    if (found !== null) return found;
  }
  return null;
}

async function openInlineText(
  raw: Uint8Array,
  charset: string | null,
  ctx: OpenContext,
): Promise<PgpResult<Opened> | null> {
  // ISO-2022-JP is 7-bit, so its bytes are exactly the signed/armored characters.
  const text = raw.some((b) => b >= 0x80) ? new TextDecoder().decode(raw) : binaryString(raw);
  const clearsigned = extractArmor(text, 'SIGNED MESSAGE');
  const armored = extractArmor(text, 'MESSAGE');
  if (
    clearsigned !== null &&
    (armored === null || text.indexOf(clearsigned) < text.indexOf(armored))
  ) {
    const opened = await openCleartext(clearsigned, ctx.verificationKeys, ctx.now);
    if (!opened.ok) return opened;
    const body = opened.value.text;
    const decoded = /[\u0080-\uffff]/.test(body)
      ? body
      : (decodeText(fromBinaryString(body), charset) ?? body);
    return pgpOk({
      text: decoded,
      subject: null,
      attachments: [],
      encrypted: false,
      signatures: opened.value.signatures,
    });
  }
  if (armored === null) return null;
  const opened = await openBinary({ data: armored, ...ctx });
  if (!opened.ok) return opened;
  const content = await contentFromLiteral(opened.value.data, opened.value.filename, 'message.bin');
  return pgpOk({
    ...content,
    encrypted: opened.value.encrypted,
    signatures: opened.value.signatures,
  });
}

const pgpFileExt = /\.(pgp|gpg|asc)$/i;

/** Inline-PGP attachments: decrypt `.pgp`/`.gpg`/`.asc` messages, verify `.sig`/`.asc` signatures. */
async function openInlineAttachments(
  list: ReplyAttachment[],
  ctx: OpenContext,
): Promise<PgpResult<ReplyAttachment[]>> {
  const out: ReplyAttachment[] = [];
  const signatures: ReplyAttachment[] = [];
  for (const attachment of list) {
    const shape = detectShape(attachment.data);
    if (shape === 'armored-signature' || shape === 'binary-signature') {
      signatures.push(attachment);
    } else if (shape === 'armored-message' || shape === 'binary-message') {
      const opened = await openBinary({ data: attachment.data, ...ctx });
      if (!opened.ok) return opened;
      const name = opened.value.filename || attachment.name.replace(pgpFileExt, '');
      const file = await makeAttachment(name, opened.value.data);
      out.push({ ...file, encrypted: opened.value.encrypted, signatures: opened.value.signatures });
    } else {
      out.push(attachment);
    }
  }
  for (const sig of signatures) {
    const target = out.find((a) => a.name === sig.name.replace(/\.(sig|asc)$/i, ''));
    if (target === undefined) {
      out.push(sig);
      continue;
    }
    const verified = await verifyDetached(target.data, sig.data, ctx.verificationKeys, ctx.now);
    if (!verified.ok) return verified;
    target.signatures = [...(target.signatures ?? []), ...verified.value];
  }
  return pgpOk(out);
}

async function openInline(
  bytes: Uint8Array,
  entity: MimeEntity,
  ctx: OpenContext,
): Promise<PgpResult<Opened>> {
  const mime = await contentFromMime(bytes);
  const textPart = firstTextPart(entity);
  const inline =
    textPart === null
      ? null
      : await openInlineText(decodeBody(textPart), textPart.params.get('charset') ?? null, ctx);
  if (inline !== null && !inline.ok) return inline;
  const attachments = await openInlineAttachments(mime.attachments, ctx);
  if (!attachments.ok) return attachments;
  const anyPgp = inline !== null || attachments.value.some((a) => a.signatures !== undefined);
  if (!anyPgp) return pgpFail('not-openpgp', 'the e-mail carries no OpenPGP message or signature');
  const base = inline?.value ?? {
    text: mime.text,
    subject: null,
    attachments: [],
    encrypted: false,
    signatures: [],
  };
  return pgpOk({
    ...base,
    subject: mime.subject,
    attachments: [...base.attachments, ...attachments.value],
  });
}

export async function openEml(
  bytes: Uint8Array,
  ctx: OpenContext,
): Promise<PgpResult<OpenedReply>> {
  const entity = parseEntityBytes(bytes);
  const subject = entity.headers.get('subject') ?? null;
  let opened: PgpResult<Opened>;
  let shape: OpenedReply['shape'];
  if (entity.contentType === 'multipart/encrypted') {
    shape = 'pgp-mime-encrypted';
    opened = await openEncrypted(entity, ctx);
  } else if (entity.contentType === 'multipart/signed') {
    shape = 'pgp-mime-signed';
    opened = await openSigned(entity, ctx);
  } else {
    shape = 'eml-inline';
    opened = await openInline(bytes, entity, ctx);
  }
  if (!opened.ok) return opened;
  const { subject: innerSubject, ...rest } = opened.value;
  return pgpOk({
    ...rest,
    shape,
    subject: innerSubject ?? (await decodedSubject(bytes)) ?? subject,
  });
}

async function decodedSubject(bytes: Uint8Array): Promise<string | null> {
  const head = bytes.subarray(0, Math.min(bytes.length, 65536));
  const end = binaryString(head).search(/\r?\n\r?\n/);
  const headersOnly = end < 0 ? head : head.subarray(0, end);
  const parsed = await contentFromMime(new Uint8Array([...headersOnly, 13, 10, 13, 10]));
  return parsed.subject;
}
