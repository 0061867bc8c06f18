// Finding F-J: the letter Airlock sealed for a vendor, picked as a "reply", opened with the
// organisation key and stored: it must be refused as our own copy, even when the analyst
// chose "store as unverified", and nothing may reach the case (no message, no unread reply).
import { describe, expect, it } from 'vitest';
import { describeKey, readKeysFrom } from '../../../shared/crypto/pgp';
import { makeTestKey, vendorMessage } from '../../../shared/crypto/pgp/testing/test-support';
import { composeMessageText, sealMessage } from '../../../shared/exchange/message';
import { newMessageId } from '../../../shared/model';
import { MESSAGE_SCHEMA_VERSION } from '../../../shared/model/message';
import type { KeyRecord } from '../../../shared/model/key';
import { sampleCase } from '../../../shared/model/testing/fixtures';
import { ok } from '../../../shared/ipc/result';
import { acceptedSoftwareCase, TEST_CASE_ID } from '../../../shared/workflow/testing/test-events';
import { appendCaseEvents } from '../../store/case-writes';
import { freshStore } from '../../store/testing/test-support';
import { storeReply } from './reply-actions';
import { importPickedFiles } from './reply-import';

const AT = '2026-01-02T01:00:00.000Z';
const KEYS_MADE = new Date('2026-01-01T00:00:00.000Z');

async function keyRecord(armored: string, kind: KeyRecord['kind']): Promise<KeyRecord> {
  const read = await readKeysFrom(armored);
  const key = read.ok ? read.value[0] : undefined;
  if (key === undefined) throw new Error('no key');
  const d = await describeKey(key);
  return {
    schemaVersion: 1,
    id: crypto.randomUUID() as KeyRecord['id'],
    kind,
    armored,
    fingerprint: d.fingerprint,
    userIds: d.userIds,
    algorithm: 'eddsa',
    createdAt: d.createdAt,
    expiresAt: null,
    revoked: false,
    subkeys: [],
    trust: { level: 'unknown' },
    importedAt: AT,
  };
}

async function setUp() {
  const org = await makeTestKey('Org', { date: KEYS_MADE });
  const vendor = await makeTestKey('Vendor', { date: KEYS_MADE });
  const store = await freshStore();
  await appendCaseEvents(store, [
    { caseId: TEST_CASE_ID, events: acceptedSoftwareCase().slice(0, 4) },
  ]);
  const kase = store.repos.cases.get(TEST_CASE_ID) ?? sampleCase();
  const ownRecord = await keyRecord(org.armoredSecret, 'secret');
  const open = async (name: string, data: string | Uint8Array) => {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    const opened = await importPickedFiles(
      { openFiles: () => Promise.resolve(ok([{ name, size: bytes.length, bytes }])) },
      { decryptionKey: org.key, knownKeys: [] },
    );
    const item = opened.ok ? opened.value?.[0] : undefined;
    if (item === undefined || !item.ok) throw new Error('not opened');
    return item;
  };
  return { org, vendor, store, kase, ownRecord, open };
}

const letter = { subject: 'Vulnerability report', body: 'Dear Widget Corp,\nplease confirm.' };

describe('our own letter picked as a vendor reply', () => {
  it('is refused when signed by our organisation key, even as unverified', async () => {
    const { org, vendor, store, kase, ownRecord, open } = await setUp();
    const sealed = await sealMessage({
      ref: kase.ref,
      ...letter,
      recipientKeys: [vendor.key.toPublic(), org.key.toPublic()],
      signingKey: org.key,
      date: new Date(AT),
    });
    if (!sealed.ok) throw new Error('not sealed');
    const item = await open('AL-2026-0001-20261208-widget-corp-01.asc', sealed.value.data);
    // It opens with a valid signature by our own key: exactly what made it look like a reply.
    expect(item.reply.signatures.map((s) => s.status)).toEqual(['valid']);
    for (const acceptUnverified of [false, true]) {
      const r = await storeReply(store, kase, item, [ownRecord], { acceptUnverified });
      expect(r).toMatchObject({ ok: false, error: { code: 'reply-own-copy' } });
    }
    expect(store.repos.messages.all()).toEqual([]);
    const events = store.repos.caseEvents.byCase(kase.id);
    expect(events.some((e) => e.type === 'message.received')).toBe(false);
  });

  it('is refused, unsigned, when its text is that of a letter we sent', async () => {
    const { org, store, kase, ownRecord, open } = await setUp();
    // The letter as the composer stored it when it sealed the file (compose-model.ts).
    await store.repos.messages.put({
      schemaVersion: MESSAGE_SCHEMA_VERSION,
      id: newMessageId(),
      direction: 'out',
      caseId: kase.id,
      ...letter,
      language: 'en',
      attachments: [],
      fileName: 'AL-2026-0001-20261208-widget-corp-01.asc',
      format: 'asc',
      at: AT,
      pgp: { encrypted: true, encryptedTo: [], signedBy: ownRecord.fingerprint, signatures: [] },
      readAt: AT,
      threadProduct: null,
    });
    const copy = composeMessageText({ ref: kase.ref, ...letter });
    const item = await open('copy.txt', await vendorMessage({ text: copy, encryptTo: [org.key] }));
    const r = await storeReply(store, kase, item, [], { acceptUnverified: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'reply-own-copy' } });
    expect(store.repos.messages.all().map((m) => m.direction)).toEqual(['out']);
  });
});
