// Keys and contacts as one fact, through the store: importing a key, saving a contact and
// linking by hand each link the key and move the vendor's stored messages into its thread,
// with the vendor's status moving as the engine derives it.
import { describe, expect, it } from 'vitest';
import { describeKey, readKeysFrom } from '../../../shared/crypto/pgp';
import { makeTestKey } from '../../../shared/crypto/pgp/testing/test-support';
import {
  MESSAGE_SCHEMA_VERSION,
  type ContactId,
  type MessageId,
  type MessageRecord,
} from '../../../shared/model';
import { sampleContact } from '../../../shared/model/testing/fixtures';
import {
  acceptedSoftwareCase,
  contactIds,
  TEST_CASE_ID,
  testUuid,
} from '../../../shared/workflow/testing/test-events';
import { appendCaseEvents } from '../../store/case-writes';
import { freshStore } from '../../store/testing/test-support';
import { importKeys } from './key-actions';
import { linkByHand, saveContact } from './key-links';

const VENDOR = contactIds[0] as ContactId;
const OTHER = contactIds[1] as ContactId;

async function vendorKey() {
  const made = await makeTestKey('Vendor');
  const parsed = await readKeysFrom(made.armoredPublic);
  const key = parsed.ok ? parsed.value[0] : undefined;
  if (key === undefined) throw new Error('no test key');
  const d = await describeKey(key);
  return {
    armored: made.armoredPublic,
    primary: d.fingerprint,
    sub: d.subkeys[0]?.fingerprint ?? '',
  };
}

const reply = (n: number, fingerprint: string): MessageRecord => ({
  schemaVersion: MESSAGE_SCHEMA_VERSION,
  id: testUuid(0x700 + n) as MessageId,
  direction: 'in',
  caseId: TEST_CASE_ID,
  subject: '[AL-2026-0042] Re: report',
  body: 'Confirmed.',
  attachments: [],
  fileName: `reply-${n}.asc`,
  format: 'armored-message',
  at: '2026-05-01T00:00:00.000Z',
  pgp: {
    encrypted: true,
    encryptedTo: [],
    signatures: [
      { status: 'valid', fingerprint, fingerprintSource: 'primary-key', signedAt: null },
    ],
  },
  readAt: null,
  threadProduct: null,
});

/** A store with the vendor involved in an accepted case, not contacted yet, and a verified
 *  reply from the vendor's key stored while the key belonged to no contact. */
async function setUp(fingerprint: string, contactFingerprints: string[]) {
  const store = await freshStore();
  await store.repos.contacts.put({
    ...sampleContact(),
    id: VENDOR,
    pgpFingerprints: contactFingerprints,
  });
  const events = acceptedSoftwareCase().slice(0, 4);
  const written = await appendCaseEvents(store, [{ caseId: TEST_CASE_ID, events }], (tx) =>
    tx.put('messages', reply(1, fingerprint)),
  );
  if (!written.ok) throw new Error(written.error.message);
  return store;
}
const statusOf = (store: Awaited<ReturnType<typeof setUp>>) =>
  store.repos.involvements.byCase(TEST_CASE_ID)[0]?.status;

describe('importing a key a contact already lists', () => {
  it('links it, and the vendor’s stored reply moves into its thread and status', async () => {
    const key = await vendorKey();
    const store = await setUp(key.primary, [key.sub]);
    expect(statusOf(store)).toBe('not-contacted');
    const imported = await importKeys(store, key.armored);
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.value.records[0]?.ownerContactId).toBe(VENDOR);
    expect(imported.value.links.attributed).toEqual([testUuid(0x701)]);
    expect(store.repos.messages.get(testUuid(0x701))?.counterpartContactId).toBe(VENDOR);
    expect(statusOf(store)).toBe('acknowledged');
    const replied = store.repos.caseEvents
      .byCase(TEST_CASE_ID)
      .filter((e) => e.type === 'vendor.replied');
    expect(replied).toHaveLength(1);
    // Importing it again changes nothing and records nothing twice.
    await importKeys(store, key.armored);
    expect(store.repos.caseEvents.byCase(TEST_CASE_ID)).toHaveLength(5);
  });

  it('does not link a key two contacts list, and says which', async () => {
    const key = await vendorKey();
    const store = await setUp(key.primary, [key.primary]);
    await store.repos.contacts.put({
      ...sampleContact(),
      id: OTHER,
      pgpFingerprints: [key.primary],
    });
    const imported = await importKeys(store, key.armored);
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.value.records[0]?.ownerContactId).toBeUndefined();
    expect(imported.value.links.ambiguous[0]?.contactIds).toEqual([VENDOR, OTHER]);
    expect(statusOf(store)).toBe('not-contacted');
  });
});

describe('typing a fingerprint on a contact after the key was imported', () => {
  it('links the key on save; removing it releases the key', async () => {
    const key = await vendorKey();
    const store = await setUp(key.primary, []);
    await importKeys(store, key.armored);
    expect(store.repos.keys.all()[0]?.ownerContactId).toBeUndefined();
    const contact = store.repos.contacts.get(VENDOR);
    if (contact === undefined) throw new Error('no contact');
    const saved = await saveContact(store, { ...contact, pgpFingerprints: [key.primary] });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.changes).toEqual([
      { keyId: store.repos.keys.all()[0]?.id, from: null, to: VENDOR },
    ]);
    expect(statusOf(store)).toBe('acknowledged');
    const removed = await saveContact(store, { ...contact, pgpFingerprints: [] });
    expect(removed.ok && removed.value.changes[0]?.to).toBeNull();
    expect(store.repos.keys.all()[0]?.ownerContactId).toBeUndefined();
  });
});

describe('linking by hand in the keyring', () => {
  it('writes the fingerprint on the contact and takes it off when unlinked', async () => {
    const key = await vendorKey();
    const store = await setUp(key.primary, []);
    await importKeys(store, key.armored);
    const record = store.repos.keys.all()[0];
    if (record === undefined) throw new Error('no key');
    const linked = await linkByHand(store, record, VENDOR);
    expect(linked.ok).toBe(true);
    expect(store.repos.contacts.get(VENDOR)?.pgpFingerprints).toEqual([key.primary]);
    expect(store.repos.keys.get(record.id)?.ownerContactId).toBe(VENDOR);
    expect(statusOf(store)).toBe('acknowledged');
    const unlinked = await linkByHand(store, store.repos.keys.get(record.id) ?? record, null);
    expect(unlinked.ok).toBe(true);
    expect(store.repos.contacts.get(VENDOR)?.pgpFingerprints).toEqual([]);
    expect(store.repos.keys.get(record.id)?.ownerContactId).toBeUndefined();
  });
});

describe('a contact saved while the keyring changes (the analyst does not wait)', () => {
  it('links the key whichever write runs first', async () => {
    const key = await vendorKey();
    const store = await setUp(key.primary, []);
    const contact = store.repos.contacts.get(VENDOR);
    if (contact === undefined) throw new Error('no contact');
    // Both started at once: each plans its links when it runs, after the other's write.
    const [saved, imported] = await Promise.all([
      saveContact(store, { ...contact, pgpFingerprints: [key.primary] }),
      importKeys(store, key.armored),
    ]);
    expect(saved.ok && imported.ok).toBe(true);
    expect(store.repos.keys.all()[0]?.ownerContactId).toBe(VENDOR);
    expect(statusOf(store)).toBe('acknowledged');
  });

  it('keeps the link when the next contact is saved before the first save has ended', async () => {
    const key = await vendorKey();
    const store = await setUp(key.primary, []);
    await importKeys(store, key.armored);
    const contact = store.repos.contacts.get(VENDOR);
    if (contact === undefined) throw new Error('no contact');
    const first = saveContact(store, { ...contact, pgpFingerprints: [key.primary] });
    const second = saveContact(store, { ...sampleContact(), id: OTHER, pgpFingerprints: [] });
    expect((await first).ok && (await second).ok).toBe(true);
    expect(store.repos.contacts.get(VENDOR)?.pgpFingerprints).toEqual([key.primary]);
    expect(store.repos.keys.all()[0]?.ownerContactId).toBe(VENDOR);
  });
});
