// Turning opened bytes into what the analyst reads: text and attachments.
import PostalMime, { type Email } from 'postal-mime';
import { pgpFail, pgpOk, sha256Hex, type PgpResult, type SignatureReport } from '../../crypto/pgp';
import { decodeDeclared, detectText, type DecodedText } from './charset';
import { decodeBody, firstTextPart, parseEntityBytes } from './mime';

export type ReplyAttachment = {
  name: string;
  mimeType: string;
  size: number;
  /** Lowercase hex SHA-256 of the bytes. */
  sha256: string;
  data: Uint8Array;
  /** Set when the attachment was its own OpenPGP file (inline-PGP e-mail). */
  encrypted?: boolean;
  signatures?: SignatureReport[];
};

export type ReplyContent = {
  text: string;
  /** The charset the text was decoded with (WHATWG name); null when there is no text. */
  charset: string | null;
  subject: string | null;
  attachments: ReplyAttachment[];
};

export async function makeAttachment(
  name: string,
  data: Uint8Array,
  mimeType = 'application/octet-stream',
): Promise<ReplyAttachment> {
  return { name: safeName(name), mimeType, size: data.length, sha256: await sha256Hex(data), data };
}

/** A file name from outside is a label only: no directories, no control characters. */
export function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are what we strip
  const clean = base.replace(/[\x00-\x1f\x7f]/g, '').trim();
  return clean === '' || clean === '.' || clean === '..' ? 'attachment.bin' : clean.slice(0, 200);
}

// CRLF is how text-mode literals (gpg --textmode) and mail carry lines, not part of the
// text the analyst reads.
const asText = (d: DecodedText): DecodedText => ({ ...d, text: d.text.replace(/\r\n/g, '\n') });

/**
 * Literal data from an OpenPGP message: text when it is text (in the declared charset, or
 * UTF-8 / ISO-2022-JP / Shift_JIS / EUC-JP by detection), otherwise a file named by the
 * literal packet (or `fallbackName`). Declared-but-undecodable text is an error.
 */
export async function contentFromLiteral(
  data: Uint8Array,
  filename: string,
  fallbackName: string,
  declaredCharset: string | null = null,
): Promise<PgpResult<ReplyContent>> {
  const asFile = async () =>
    pgpOk({
      text: '',
      charset: null,
      subject: null,
      attachments: [await makeAttachment(filename || fallbackName, data)],
    });
  // NUL bytes: a file, whatever the armor says about the charset of text.
  if (data.includes(0)) return asFile();
  if (declaredCharset !== null) {
    const decoded = decodeDeclared(data, declaredCharset);
    if (!decoded.ok) return decoded;
    return pgpOk({ ...asText(decoded.value), subject: null, attachments: [] });
  }
  const detected = detectText(data);
  if (detected === null) return asFile();
  return pgpOk({ ...asText(detected), subject: null, attachments: [] });
}

/** Deeper multipart nesting than any mail client writes; postal-mime refuses it by throwing. */
export const MAX_MIME_DEPTH = 32;

/** postal-mime's parse, its refusals (nesting depth, header size) as typed errors. */
async function parseMail(bytes: Uint8Array): Promise<PgpResult<Email>> {
  try {
    return pgpOk(
      await PostalMime.parse(bytes, {
        attachmentEncoding: 'arraybuffer',
        maxNestingDepth: MAX_MIME_DEPTH,
      }),
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return /nesting depth/i.test(message)
      ? pgpFail(
          'mime-too-deep',
          `the e-mail nests more than ${MAX_MIME_DEPTH} multipart levels; refused before reading it`,
        )
      : pgpFail('mime-invalid', `the e-mail cannot be parsed: ${message}`);
  }
}

function toBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/**
 * Text body, subject and attachments of a MIME entity. postal-mime parses the structure,
 * the subject and the attachments; the text body is decoded here from its own bytes with
 * its declared `charset=` (detection only without one), so that Shift_JIS or EUC-JP mail
 * without a declaration is not shown as mojibake, and an undecodable one is an error.
 */
export async function contentFromMime(bytes: Uint8Array): Promise<PgpResult<ReplyContent>> {
  const parsed = await parseMail(bytes);
  if (!parsed.ok) return parsed;
  const email = parsed.value;
  const attachments = await Promise.all(
    email.attachments.map((a, i) =>
      makeAttachment(a.filename ?? `attachment-${i + 1}.bin`, toBytes(a.content), a.mimeType),
    ),
  );
  const subject = email.subject ?? null;
  const part = firstTextPart(parseEntityBytes(bytes), true);
  if (part !== null) {
    const decoded = decodeDeclared(decodeBody(part), part.params.get('charset') ?? null);
    if (!decoded.ok) return decoded;
    return pgpOk({ ...asText(decoded.value), subject, attachments });
  }
  const text = email.text ?? (email.html === undefined ? '' : email.html.replace(/<[^>]*>/g, ''));
  // No text/plain part: postal-mime's text of the HTML part (it decoded the charset).
  return pgpOk({ text, charset: null, subject, attachments });
}
