import { JAPAN_ZONE, type InvolvementId, type MessageRecord } from '../../../shared/model';
import type { InvolvementView } from '../../../shared/workflow/projection';
import type { MomentInput } from '../../../shared/workflow/publication-moment';

/**
 * What "Record as extension request" on a vendor's reply fills in: the vendor whose reply it
 * is, the reply's text as the reason, the reply's id, and the first date (and hour) the text
 * states as the instant asked for, in Japan time. The analyst checks and corrects each; the
 * engine decides whether the request stands.
 */
export type ExtensionRequestDraft = {
  involvementId: InvolvementId | '';
  moment: MomentInput;
  reason: string;
  messageId: MessageRecord['id'] | null;
};

/** The reason field's limit, as the event's schema has it. */
const REASON_MAX = 5000;
const DAY_TIME = /(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2}))?/;

const pad = (n: string) => n.padStart(2, '0');

export const emptyExtensionDraft = (): ExtensionRequestDraft => ({
  involvementId: '',
  moment: { day: '', time: '', zone: JAPAN_ZONE },
  reason: '',
  messageId: null,
});

export const extensionDraftFromReply = (
  message: Pick<MessageRecord, 'id' | 'body' | 'counterpartContactId'>,
  involvements: readonly Pick<InvolvementView, 'id' | 'contactId'>[],
): ExtensionRequestDraft => {
  const inv = involvements.find((i) => i.contactId === message.counterpartContactId);
  const found = DAY_TIME.exec(message.body);
  const [, y, m, d, hh, mm] = found ?? [];
  const day =
    y === undefined || m === undefined || d === undefined ? '' : `${y}-${pad(m)}-${pad(d)}`;
  const time = hh === undefined || mm === undefined ? '' : `${pad(hh)}:${mm}`;
  return {
    involvementId: inv?.id ?? '',
    moment: { day, time, zone: JAPAN_ZONE },
    reason: message.body.trim().slice(0, REASON_MAX),
    messageId: message.id,
  };
};
