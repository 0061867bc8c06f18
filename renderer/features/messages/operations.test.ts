// The message screens' small writes as operations: read state (once), the product thread a
// message is tied to, and a vendor assigned to an unattributed reply.
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
import { bindOperations } from '../../app/operations';
import { depsOf } from '../../app/testing/operation-deps';
import { appendCaseEvents } from '../../store/case-writes';
import { freshStore } from '../../store/testing/test-support';
import { messageOperations } from './operations';

const message: MessageRecord = {
  schemaVersion: MESSAGE_SCHEMA_VERSION,
  id: testUuid(0x901) as MessageId,
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

async function setUp() {
  const store = await freshStore();
  const written = await appendCaseEvents(
    store,
    [{ caseId: TEST_CASE_ID, events: acceptedSoftwareCase().slice(0, 4) }],
    (tx) => tx.put('messages', message),
  );
  if (!written.ok) throw new Error(written.error.message);
  return { store, ops: bindOperations(messageOperations, depsOf(store)) };
}

describe('message operations', () => {
  it('marks a message read once: opening it again keeps the first time', async () => {
    const { store, ops } = await setUp();
    await ops.markRead({ id: message.id, now: new Date('2026-05-02T01:00:00Z') });
    await ops.markRead({ id: message.id, now: new Date('2026-05-03T01:00:00Z') });
    expect(store.repos.messages.get(message.id)?.readAt).toBe('2026-05-02T01:00:00.000Z');
  });

  it('ties a message to one of the case’s products, and refuses a product it does not have', async () => {
    const { store, ops } = await setUp();
    const products = ['Router X'];
    const refused = await ops.tie({ id: message.id, product: 'Printer Y', products });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknown-product' } });
    const tied = await ops.tie({ id: message.id, product: 'Router X', products });
    expect(tied.ok).toBe(true);
    expect(store.repos.messages.get(message.id)?.threadProduct).toBe('Router X');
  });

  it('assigns an unattributed reply to the case’s vendor, whose status moves', async () => {
    const { store, ops } = await setUp();
    const vendor = contactIds[0] as ContactId;
    // Unsigned: it counts as the vendor's only on the analyst's word of what they checked.
    expect(await ops.assign({ id: message.id, contactId: vendor })).toMatchObject({
      ok: false,
      error: { code: 'assignment-unconfirmed' },
    });
    const confirmation = { checked: 'Phoned the vendor', now: '2026-05-02T00:00:00.000Z' };
    expect(await ops.assign({ id: message.id, contactId: vendor, confirmation })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(store.repos.messages.get(message.id)?.counterpartContactId).toBe(vendor);
    expect(store.repos.involvements.byCase(TEST_CASE_ID)[0]?.status).not.toBe('not-contacted');
  });
});
