import { describe, expect, it } from 'vitest';
import type { ContactId, InvolvementId, MessageId } from '../../../shared/model';
import { extensionDraftFromReply } from './extension-form';

const involvements = [
  { id: 'inv-a' as InvolvementId, contactId: 'contact-a' as ContactId },
  { id: 'inv-b' as InvolvementId, contactId: 'contact-b' as ContactId },
];
const reply = (body: string, counterpartContactId?: ContactId) => ({
  id: 'msg-1' as MessageId,
  body,
  ...(counterpartContactId === undefined ? {} : { counterpartContactId }),
});

describe('an extension request drafted from a reply', () => {
  it('names the replying vendor, the date and hour the text asks for, and the reply', () => {
    const draft = extensionDraftFromReply(
      reply(
        'We need more time: please move publication to 2026-7-15 10:00 JST.',
        'contact-b' as ContactId,
      ),
      involvements,
    );
    expect(draft).toEqual({
      involvementId: 'inv-b',
      moment: { day: '2026-07-15', time: '10:00', zone: 'Asia/Tokyo' },
      reason: 'We need more time: please move publication to 2026-7-15 10:00 JST.',
      messageId: 'msg-1',
    });
  });

  it('leaves the vendor, the day and the hour for the analyst when the reply does not say', () => {
    const draft = extensionDraftFromReply(reply('  Could we have two more weeks?  '), involvements);
    expect(draft.involvementId).toBe('');
    expect(draft.moment).toEqual({ day: '', time: '', zone: 'Asia/Tokyo' });
    expect(draft.reason).toBe('Could we have two more weeks?');
    const dayOnly = extensionDraftFromReply(reply('until 2026/08/01 please'), involvements);
    expect(dayOnly.moment).toEqual({ day: '2026-08-01', time: '', zone: 'Asia/Tokyo' });
  });
});
