// Opening whatever reply the analyst carried in: one entry point for every shape.
// A file that fails opens nothing: the result is a typed error and no partial content.
import {
  DEFAULT_PGP_LIMITS,
  openBinary,
  openClearsignedBytes,
  pgpFail,
  pgpOk,
  verifyDetached,
  type Key,
  type PgpLimits,
  type PgpResult,
  type PrivateKey,
} from '../../crypto/pgp';
import { binaryString, decodeDeclared, detectText } from './charset';
import { contentFromLiteral, makeAttachment } from './content';
import { armorCharset, detectShape, extractArmor } from './detect';
import { openEml } from './open-eml';
import type { OpenContext, OpenedReply } from './types';

export type OpenReplyInput = {
  data: Uint8Array;
  /** The file's name (labels a binary payload; never trusted for detection). */
  fileName?: string;
  /** A detached signature (`.sig`/`.asc` beside the file): `data` is then the signed file. */
  detachedSignature?: Uint8Array;
  /** Unlocked organisation key(s). */
  decryptionKeys: readonly PrivateKey[];
  /** Keyring keys that count as known signers (the own key is added automatically). */
  knownKeys: readonly Key[];
  limits?: PgpLimits;
  now?: Date;
};

function contextOf(input: OpenReplyInput): OpenContext {
  const own = input.decryptionKeys.map((k) => k.toPublic());
  return {
    decryptionKeys: [...input.decryptionKeys],
    verificationKeys: [...input.knownKeys, ...own],
    limits: input.limits ?? DEFAULT_PGP_LIMITS,
    now: input.now ?? new Date(),
  };
}

async function openDetached(
  input: OpenReplyInput,
  signature: Uint8Array,
  ctx: OpenContext,
): Promise<PgpResult<OpenedReply>> {
  const verified = await verifyDetached(input.data, signature, ctx.verificationKeys, ctx.now);
  if (!verified.ok) return verified;
  // A detached signature covers a file: text when it reads as text, else the file itself.
  const text = input.data.includes(0) ? null : detectText(input.data);
  const attachments =
    text === null ? [await makeAttachment(input.fileName ?? 'signed-file.bin', input.data)] : [];
  return pgpOk({
    shape: 'detached-signature',
    encrypted: false,
    signatures: verified.value,
    // Lines as the analyst reads them: a CRLF file shows like an LF one.
    text: text?.text.replace(/\r\n/g, '\n') ?? '',
    charset: text?.charset ?? null,
    subject: null,
    attachments,
  });
}

async function openClearsigned(
  data: Uint8Array,
  ctx: OpenContext,
): Promise<PgpResult<OpenedReply>> {
  // Verified over the original bytes; only then is the text decoded for display.
  const opened = await openClearsignedBytes(data, ctx.verificationKeys, ctx.now);
  if (!opened.ok) return opened;
  const decoded = decodeDeclared(opened.value.textBytes, opened.value.charset);
  if (!decoded.ok) return decoded;
  return pgpOk({
    shape: 'clearsigned',
    encrypted: false,
    signatures: opened.value.signatures,
    ...decoded.value,
    subject: null,
    attachments: [],
  });
}

/**
 * Detects the shape of a reply file and opens it: decrypts when encrypted, verifies every
 * signature and reports each one's status. An empty `signatures` list means unsigned.
 */
export async function openReply(input: OpenReplyInput): Promise<PgpResult<OpenedReply>> {
  const ctx = contextOf(input);
  if (input.data.length > ctx.limits.maxInputBytes) {
    return pgpFail(
      'too-large',
      `the file (${input.data.length} bytes) exceeds the cap of ${ctx.limits.maxInputBytes}`,
    );
  }
  if (input.detachedSignature !== undefined)
    return openDetached(input, input.detachedSignature, ctx);
  const shape = detectShape(input.data);
  switch (shape) {
    case 'mime':
      return openEml(input.data, ctx);
    case 'clearsigned':
      return openClearsigned(input.data, ctx);
    case 'armored-message':
    case 'binary-message': {
      // Armor is ASCII: a one-char-per-byte view finds it whatever surrounds it.
      const text =
        shape === 'armored-message' ? extractArmor(binaryString(input.data), 'MESSAGE') : null;
      const opened = await openBinary({ data: text ?? input.data, ...ctx });
      if (!opened.ok) return opened;
      const fallback =
        (input.fileName ?? 'message').replace(/\.(pgp|gpg|asc)$/i, '') || 'message.bin';
      const content = await contentFromLiteral(
        opened.value.data,
        opened.value.filename,
        fallback,
        text === null ? null : armorCharset(text, 'MESSAGE'),
      );
      if (!content.ok) return content;
      return pgpOk({
        shape,
        encrypted: opened.value.encrypted,
        signatures: opened.value.signatures,
        ...content.value,
      });
    }
    case 'armored-signature':
    case 'binary-signature':
      return pgpFail(
        'not-openpgp',
        'this is a detached signature: open the signed file with it (--signature)',
      );
    case 'key':
      return pgpFail(
        'not-openpgp',
        'this is an OpenPGP key, not a message: import it into the keyring',
      );
    case 'unknown':
      return pgpFail('not-openpgp', 'not an OpenPGP message, signature or e-mail');
  }
}
