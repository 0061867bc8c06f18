import type { Key, PgpLimits, PrivateKey, SignatureReport } from '../../crypto/pgp';
import type { ReplyAttachment } from './content';

export type ReplyShape =
  | 'armored-message'
  | 'binary-message'
  | 'clearsigned'
  | 'detached-signature'
  | 'pgp-mime-encrypted'
  | 'pgp-mime-signed'
  | 'eml-inline';

/** The keys and caps an open runs with (built once from the keyring). */
export type OpenContext = {
  decryptionKeys: PrivateKey[];
  /** Known keys plus the organisation's own public key(s). */
  verificationKeys: Key[];
  limits: PgpLimits;
  now: Date;
};

export type OpenedReply = {
  shape: ReplyShape;
  /** Whether the content was encrypted (false for signed-only shapes). */
  encrypted: boolean;
  /** Signatures over the text (or the whole PGP/MIME entity). Empty = unsigned. */
  signatures: SignatureReport[];
  /** The text (for PGP/MIME: the text body). */
  text: string;
  /**
   * The charset the text was decoded with (WHATWG name: `utf-8`, `shift_jis`, `euc-jp`,
   * `iso-2022-jp`, …): the declared one, else the detected one; null when there is no text.
   */
  charset: string | null;
  subject: string | null;
  attachments: ReplyAttachment[];
};
