// Opening a reply that arrived as an e-mail file (.eml): PGP/MIME encrypted (RFC 3156
// §4, including sign-then-encrypt §6.1 and combined §6.2), PGP/MIME signed (§5), and
// inline PGP in the body and in attachments.
import {
  openBinary,
  openClearsignedBytes,
  pgpFail,
  pgpOk,
  verifyDetached,
  type PgpResult,
  type SignatureReport,
} from '../../crypto/pgp';
import { binaryString, decodeDeclared } from './charset';
import {
  contentFromLiteral,
  contentFromMime,
  makeAttachment,
  type ReplyAttachment,
  type ReplyContent,
} from './content';
import { armorCharset, detectShape, extractArmor } from './detect';
import {
  decodeBody,
  firstTextPart,
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
  if (!content.ok) return content;
  return pgpOk({ ...content.value, encrypted: false, signatures: verified.value });
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
  if (!content.ok) return content;
  return pgpOk({ ...content.value, encrypted: true, signatures: opened.value.signatures });
}

async function openInlineText(
  raw: Uint8Array,
  charset: string | null,
  ctx: OpenContext,
): Promise<PgpResult<Opened> | null> {
  // One char per byte: armor is ASCII, and the signed text keeps its original bytes.
  const text = binaryString(raw);
  const clearAt = text.indexOf('-----BEGIN PGP SIGNED MESSAGE-----');
  const armored = extractArmor(text, 'MESSAGE');
  if (clearAt >= 0 && (armored === null || clearAt < text.indexOf(armored))) {
    const opened = await openClearsignedBytes(raw, ctx.verificationKeys, ctx.now);
    if (!opened.ok) return opened;
    // The part's MIME charset describes these bytes; the armor header is the fallback.
    const decoded = decodeDeclared(opened.value.textBytes, charset ?? opened.value.charset);
    if (!decoded.ok) return decoded;
    return pgpOk({
      ...decoded.value,
      subject: null,
      attachments: [],
      encrypted: false,
      signatures: opened.value.signatures,
    });
  }
  if (armored === null) return null;
  const opened = await openBinary({ data: armored, ...ctx });
  if (!opened.ok) return opened;
  // The literal's own charset is the armor header's. The part's charset= describes the
  // (ASCII) armor around it: tried first, as mail plugins sign in the mail's charset, but
  // when the literal is not in it (UTF-8 text in an ISO-2022-JP mail) detection decides.
  const armorLabel = armorCharset(armored, 'MESSAGE');
  const literal = (label: string | null) =>
    contentFromLiteral(opened.value.data, opened.value.filename, 'message.bin', label);
  let content = await literal(armorLabel ?? charset);
  if (!content.ok && armorLabel === null && charset !== null) content = await literal(null);
  if (!content.ok) return content;
  return pgpOk({
    ...content.value,
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
  const parsed = await contentFromMime(bytes);
  if (!parsed.ok) return parsed;
  const mime = parsed.value;
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
    charset: mime.charset,
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
  return parsed.ok ? parsed.value.subject : null;
}
