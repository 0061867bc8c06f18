import { describe, expect, it } from 'vitest';
import {
  MESSAGE_SCHEMA_VERSION,
  type ContactId,
  type MessageId,
  type MessageRecord,
} from '../../../shared/model';
import {
  acceptedSoftwareCase,
  contactIds,
  TEST_CASE_ID,
  testUuid,
} from '../../../shared/workflow/testing/test-events';
import { appendCaseEvents } from '../../store/case-writes';
import { freshStore } from '../../store/testing/test-support';
import { assignMessage, caseWriteFailure } from './case-write';

describe('caseWriteFailure', () => {
  it('reports the engine’s refusal by its code and a store failure as `store`', () => {
    expect(
      caseWriteFailure({
        source: 'workflow',
        code: 'case-closed',
        message: 'The case is closed',
        eventId: testUuid(1),
      }),
    ).toEqual({ ok: false, error: { code: 'case-closed', message: 'The case is closed' } });
    expect(
      caseWriteFailure({ source: 'store', code: 'vault.locked', message: 'The vault is locked.' }),
    ).toEqual({ ok: false, error: { code: 'store', message: 'The vault is locked.' } });
  });
});

describe('assigning a message not tied to a vendor', () => {
  it('moves it into the vendor’s thread and the vendor’s status, once', async () => {
    const store = await freshStore();
    const message: MessageRecord = {
      schemaVersion: MESSAGE_SCHEMA_VERSION,
      id: testUuid(0x801) as MessageId,
      direction: 'in',
      caseId: TEST_CASE_ID,
      subject: 'Re: report',
      body: 'We are looking into it.',
      attachments: [],
      fileName: 'reply.asc',
      format: 'armored-message',
      at: '2026-05-01T00:00:00.000Z',
      pgp: { encrypted: true, encryptedTo: [], signatures: [] },
      readAt: null,
      threadProduct: null,
    };
    await appendCaseEvents(
      store,
      [{ caseId: TEST_CASE_ID, events: acceptedSoftwareCase().slice(0, 4) }],
      (tx) => tx.put('messages', message),
    );
    const vendor = contactIds[0] as ContactId;
    const status = () => store.repos.involvements.byCase(TEST_CASE_ID)[0]?.status;
    expect(status()).toBe('not-contacted');
    // Unsigned: not the vendor's by any key, so only on the analyst's word.
    const unconfirmed = await assignMessage(store, message.id, vendor);
    expect(unconfirmed).toMatchObject({ ok: false, error: { code: 'assignment-unconfirmed' } });
    expect(status()).toBe('not-contacted');
    const confirmation = { checked: 'Called the vendor’s PSIRT', now: '2026-05-02T00:00:00.000Z' };
    expect(await assignMessage(store, message.id, vendor, confirmation)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(store.repos.messages.get(message.id)?.counterpartContactId).toBe(vendor);
    expect(status()).toBe('acknowledged');
    expect(store.repos.involvements.byCase(TEST_CASE_ID)[0]?.lastReply).toBe(message.at);
    const notes = store.repos.caseEvents
      .byCase(TEST_CASE_ID)
      .filter((e) => e.type === 'note.added');
    expect(notes).toHaveLength(1);
    expect(JSON.stringify(notes[0]?.payload)).toContain('Called the vendor’s PSIRT');
    const again = await assignMessage(store, message.id, contactIds[1] as ContactId);
    expect(again).toMatchObject({ ok: false, error: { code: 'message-already-attributed' } });
    const unknown = await assignMessage(store, testUuid(0x802) as MessageId, vendor);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
  });
});
