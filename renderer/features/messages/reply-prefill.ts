// What "Reply" on a received message fills in the composer: the vendor's keys, the subject
// as "Re: [ref] …" (one ref, one "Re:"), and the thread the message is in.
import type { Case, MessageRecord } from '../../../shared/model';
import type { KeyRecord } from '../../../shared/model/key';

export type ComposePrefill = {
  recipientKeyIds: string[];
  subject: string;
  threadProduct: string | null;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `Re: [ref] subject`, without the ref tags and "Re:" prefixes the subject already had. */
export function replySubjectFor(subject: string, ref: string): string {
  const base = subject
    .replace(new RegExp(`\\[?${escape(ref)}\\]?`, 'g'), ' ')
    .replace(/^(\s*(re|aw|返信)\s*[:：]\s*)+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(re|aw|返信)\s*[:：]\s*/i, '');
  return `Re: [${ref}] ${base}`.trim();
}

export function replyPrefill(
  message: Pick<MessageRecord, 'subject' | 'counterpartContactId' | 'threadProduct'>,
  kase: Pick<Case, 'ref'>,
  keys: readonly KeyRecord[],
): ComposePrefill {
  const owner = message.counterpartContactId;
  return {
    recipientKeyIds: keys
      .filter((k) => k.kind === 'public' && owner !== undefined && k.ownerContactId === owner)
      .map((k) => k.id),
    subject: replySubjectFor(message.subject, kase.ref),
    threadProduct: message.threadProduct,
  };
}
