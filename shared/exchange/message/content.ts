// Turning opened bytes into what the analyst reads: text and attachments.
import PostalMime from 'postal-mime';
import { sha256Hex, type SignatureReport } from '../../crypto/pgp';
import { decodeText } from './charset';

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

export type ReplyContent = { text: string; subject: string | null; attachments: ReplyAttachment[] };

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

/**
 * Literal data from an OpenPGP message: text when it decodes as text (UTF-8 or
 * ISO-2022-JP), otherwise a file named by the literal packet (or `fallbackName`).
 */
export async function contentFromLiteral(
  data: Uint8Array,
  filename: string,
  fallbackName: string,
): Promise<ReplyContent> {
  const text = decodeText(data);
  if (text !== null) return { text, subject: null, attachments: [] };
  return {
    text: '',
    subject: null,
    attachments: [await makeAttachment(filename || fallbackName, data)],
  };
}

function toBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/** Text body, subject and attachments of a MIME entity (postal-mime does charsets). */
export async function contentFromMime(bytes: Uint8Array): Promise<ReplyContent> {
  const email = await PostalMime.parse(bytes, {
    attachmentEncoding: 'arraybuffer',
    maxNestingDepth: 32,
  });
  const attachments = await Promise.all(
    email.attachments.map((a, i) =>
      makeAttachment(a.filename ?? `attachment-${i + 1}.bin`, toBytes(a.content), a.mimeType),
    ),
  );
  const text = email.text ?? (email.html === undefined ? '' : email.html.replace(/<[^>]*>/g, ''));
  return { text, subject: email.subject ?? null, attachments };
}
