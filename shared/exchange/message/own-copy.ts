// Our own letter coming back in (finding F-J): a file Airlock sealed is encrypted to our own
// key too, so it opens like any reply. Taken in as a vendor's reply it would count as an
// answer nobody gave. Decided once here: the import preview says so and the store refuses it.
import { normaliseFingerprint } from '../../crypto/pgp';
import type { KeyRecord } from '../../model/key';
import type { MessageRecord, SignatureFact } from '../../model/message';
import { failWith, ok, type CodedError, type Result } from '../../result';
import { composeMessageText } from './compose';

/** Why a file is ours: signed by one of our keys, or the very text of a letter we sent. */
export type OwnCopyReason = 'own-key' | 'sent-text';

export type OwnCopy = {
  reason: OwnCopyReason;
  /** Our key that signed it (`own-key`). */
  fingerprint: string | null;
  /** The sent message it repeats (`sent-text`), when one matches. */
  messageId: MessageRecord['id'] | null;
};

export type OwnCopyContext = {
  keys: readonly Pick<KeyRecord, 'kind' | 'fingerprint' | 'subkeys'>[];
  sent: readonly Pick<MessageRecord, 'id' | 'caseId' | 'direction' | 'subject' | 'body' | 'pgp'>[];
  /** The reference of a message's case (the first line of a sealed letter carries it). */
  refOf: (caseId: MessageRecord['caseId']) => string | undefined;
};

/** Every fingerprint of ours: the vault's secret keys (and subkeys) and each key a sent
 *  letter was signed with, so a key retired since still counts. */
function ownFingerprints(ctx: OwnCopyContext): string[] {
  const held = ctx.keys
    .filter((k) => k.kind === 'secret')
    .flatMap((k) => [k.fingerprint, ...k.subkeys.map((s) => s.fingerprint)]);
  const signed = ctx.sent.flatMap((m) =>
    m.direction === 'out' && m.pgp.signedBy !== undefined ? [m.pgp.signedBy] : [],
  );
  return [...held, ...signed].map(normaliseFingerprint);
}

/** A signature names a fingerprint or its 16-hex key-ID tail. */
const names = (own: string, signature: string) => own === signature || own.endsWith(signature);

const lines = (text: string) => text.replace(/\r\n?/g, '\n').trimEnd();

/**
 * Whether an opened file is our own copy: any signature (valid or not) by one of our keys, or
 * its text exactly that of a letter we sent (as `composeMessageText` sealed it). Null: not ours.
 */
export function ownCopyOf(
  reply: { signatures: readonly Pick<SignatureFact, 'fingerprint'>[]; text: string },
  ctx: OwnCopyContext,
): OwnCopy | null {
  const own = ownFingerprints(ctx);
  for (const s of reply.signatures) {
    const fpr = normaliseFingerprint(s.fingerprint);
    const key = fpr === '' ? undefined : own.find((o) => names(o, fpr));
    if (key !== undefined) return { reason: 'own-key', fingerprint: key, messageId: null };
  }
  const text = lines(reply.text);
  const match = ctx.sent.find((m) => {
    const ref = ctx.refOf(m.caseId);
    if (m.direction !== 'out' || ref === undefined) return false;
    return lines(composeMessageText({ ref, subject: m.subject, body: m.body })) === text;
  });
  return match === undefined
    ? null
    : { reason: 'sent-text', fingerprint: null, messageId: match.id };
}

export type OwnCopyError = CodedError<'reply-own-copy'>;

/** The store's refusal: our own copy is never a received reply. */
export function refuseOwnCopy(
  reply: Parameters<typeof ownCopyOf>[0],
  ctx: OwnCopyContext,
): Result<void, OwnCopyError> {
  const copy = ownCopyOf(reply, ctx);
  if (copy === null) return ok(undefined);
  return failWith(
    'reply-own-copy',
    copy.reason === 'own-key'
      ? `This file is signed by our own key ${copy.fingerprint ?? ''}: it is a letter we sent, not a reply`
      : 'This file repeats a letter we sent: it is our own copy, not a reply',
  );
}
