// Replies in, as an operation: every file of a folder or a pick ends as one item, opened or
// failed with its reason; and storing one asks `signerOf` who signed it.
import { describe, expect, it } from 'vitest';
import { describeKey, readKeysFrom } from '../../../shared/crypto/pgp';
import { makeTestKey, vendorMessage } from '../../../shared/crypto/pgp/testing/test-support';
import type { ContactId } from '../../../shared/model';
import { sampleCase, sampleContact } from '../../../shared/model/testing/fixtures';
import { fail, ok } from '../../../shared/ipc/result';
import {
  acceptedSoftwareCase,
  contactIds,
  TEST_CASE_ID,
} from '../../../shared/workflow/testing/test-events';
import type { FolderAccess } from '../../platform';
import { appendCaseEvents } from '../../store/case-writes';
import { freshStore } from '../../store/testing/test-support';
import { sealBinary } from '../../../shared/crypto/pgp/seal';
import { selectForExport, writeBundleZip } from '../../../shared/exchange/bundle';
import { sampleCase as sampleBundleCase } from '../../../shared/exchange/bundle/testing/sample-case';
import { storeReply } from './reply-actions';
import { importCounts, importFolder, importPickedFiles, type ImportItem } from './reply-import';

const VENDOR = contactIds[0] as ContactId;
const bytes = (s: string) => new TextEncoder().encode(s);

async function setUp() {
  const org = await makeTestKey('Org');
  const vendor = await makeTestKey('Vendor');
  const reply = async (signed: boolean) =>
    vendorMessage({
      text: '[AL-2026-0042] Re: report\n\nConfirmed.',
      encryptTo: [org.key],
      ...(signed ? { signer: vendor.key } : {}),
    });
  const parsed = await readKeysFrom(vendor.armoredPublic);
  const vendorPublic = parsed.ok ? parsed.value : [];
  return { org, vendor, vendorPublic, reply };
}

/** A folder whose files are these bytes; a name mapped to an error fails to read. */
const folderOf = (files: Record<string, Uint8Array | string | { code: string }>): FolderAccess => ({
  choose: () => Promise.resolve(ok({ grantId: 'g1', label: 'USB' })),
  list: () => Promise.resolve(ok(Object.keys(files).map((name) => ({ name, size: 1 })))),
  read: ({ name }) => {
    const f = files[name];
    if (f === undefined || (typeof f === 'object' && 'code' in f)) {
      return Promise.resolve(fail(f?.code ?? 'io', `${name}: cannot read`));
    }
    return Promise.resolve(ok({ name, size: 1, bytes: typeof f === 'string' ? bytes(f) : f }));
  },
  write: () => Promise.resolve(ok({ written: true })),
});

const summary = (items: readonly ImportItem[]) =>
  items.map((i) =>
    i.ok ? [i.name, 'opened'] : [i.name, 'stage' in i ? 'read' : 'open', i.error.code],
  );

describe('importing a folder of replies', () => {
  it('lists every file: unreadable and unopenable ones with their reason, none dropped', async () => {
    const { org, vendorPublic, reply } = await setUp();
    const good = await reply(true);
    const folder = folderOf({
      'reply.asc': good,
      'huge.eml': { code: 'too-large' },
      'notes.txt': 'just text, no OpenPGP',
    });
    const r = await importFolder(folder, { decryptionKey: org.key, knownKeys: vendorPublic });
    if (!r.ok || r.value === null) throw new Error('no items');
    expect(summary(r.value)).toEqual([
      ['huge.eml', 'read', 'too-large'],
      ['reply.asc', 'opened'],
      ['notes.txt', 'open', 'not-openpgp'],
    ]);
    expect(importCounts(r.value)).toEqual({ opened: 1, failed: 2 });
  });

  it('refuses a case bundle and a key file with what they are, never as a reply', async () => {
    const { org, vendor, vendorPublic } = await setUp();
    const selection = selectForExport([await sampleBundleCase()], { kind: 'full' });
    if (!selection.ok) throw new Error(selection.error.message);
    const { zip } = await writeBundleZip(selection.value, {
      bundleId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      createdAt: '2026-05-05T00:00:00.000Z',
      senderFingerprint: vendor.key.getFingerprint().toUpperCase(),
      recipientFingerprints: [vendor.key.getFingerprint().toUpperCase()],
    });
    const sealed = await sealBinary({
      data: zip,
      recipientKeys: [org.key],
      signingKey: vendor.key,
      format: 'binary',
    });
    if (!sealed.ok) throw new Error(sealed.error.message);
    const folder = folderOf({
      'case.airlock': sealed.value,
      'vendor.asc': vendor.armoredPublic,
      'notes.txt': 'just text, no OpenPGP',
    });
    const r = await importFolder(folder, { decryptionKey: org.key, knownKeys: vendorPublic });
    if (!r.ok || r.value === null) throw new Error('no items');
    expect(summary(r.value)).toEqual([
      ['case.airlock', 'open', 'airlock-bundle'],
      ['vendor.asc', 'open', 'key-file'],
      ['notes.txt', 'open', 'not-openpgp'],
    ]);
  });

  it('reports a folder that cannot be listed, and nothing when no folder is chosen', async () => {
    const { org } = await setUp();
    const keys = { decryptionKey: org.key, knownKeys: [] };
    const broken: FolderAccess = {
      ...folderOf({}),
      list: () => Promise.resolve(fail('io', 'gone')),
    };
    expect(await importFolder(broken, keys)).toMatchObject({ ok: false, error: { code: 'io' } });
    const cancelled: FolderAccess = {
      ...folderOf({}),
      choose: () => Promise.resolve(ok(null)),
    };
    expect(await importFolder(cancelled, keys)).toEqual({ ok: true, value: null });
  });

  it('a pick of files: each opened or failed; an empty pick is nothing', async () => {
    const { org, reply } = await setUp();
    const keys = { decryptionKey: org.key, knownKeys: [] };
    const unsigned = await reply(false);
    const picked = (files: { name: string; bytes: Uint8Array }[]) => ({
      openFiles: () => Promise.resolve(ok(files.map((f) => ({ ...f, size: f.bytes.length })))),
    });
    const r = await importPickedFiles(
      picked([
        { name: 'a.asc', bytes: typeof unsigned === 'string' ? bytes(unsigned) : unsigned },
        { name: 'b.asc', bytes: bytes('-----BEGIN PGP MESSAGE-----\n\nAAAA\n') },
      ]),
      keys,
    );
    expect(r.ok && r.value?.map((i) => i.ok)).toEqual([true, false]);
    expect(await importPickedFiles(picked([]), keys)).toEqual({ ok: true, value: null });
    const refused = { openFiles: () => Promise.resolve(fail('too-large', 'big')) };
    expect(await importPickedFiles(refused, keys)).toMatchObject({ ok: false });
  });
});

describe('storing a reply asks signerOf who signed it', () => {
  it('refuses an unsigned reply unless stored as unverified, and then ties it to no vendor', async () => {
    const { org, reply } = await setUp();
    const store = await freshStore();
    await appendCaseEvents(store, [
      { caseId: TEST_CASE_ID, events: acceptedSoftwareCase().slice(0, 4) },
    ]);
    const kase = store.repos.cases.get(TEST_CASE_ID) ?? sampleCase();
    const opened = await importPickedFiles(
      {
        openFiles: async () => {
          const data = await reply(false);
          const b = typeof data === 'string' ? bytes(data) : data;
          return ok([{ name: 'unsigned.asc', size: b.length, bytes: b }]);
        },
      },
      { decryptionKey: org.key, knownKeys: [] },
    );
    const item = opened.ok ? opened.value?.[0] : undefined;
    if (item === undefined || !item.ok) throw new Error('not opened');
    const oneClick = await storeReply(store, kase, item, []);
    expect(oneClick).toMatchObject({ ok: false, error: { code: 'reply-unverified' } });
    expect(store.repos.messages.all()).toEqual([]);
    const stored = await storeReply(store, kase, item, [], { acceptUnverified: true });
    expect(stored.ok).toBe(true);
    const [message] = store.repos.messages.all();
    expect(message?.counterpartContactId).toBeUndefined();
    expect(message?.pgp.signatures).toEqual([]);
    // The same file taken in again is not stored twice (nor counted as another reply).
    const again = await storeReply(store, kase, item, [], { acceptUnverified: true });
    expect(again).toMatchObject({ ok: false, error: { code: 'reply-already-stored' } });
    expect(store.repos.messages.all()).toHaveLength(1);
  });

  it('files a verified reply from a contact’s key under that vendor and records the reply', async () => {
    const { org, vendor, vendorPublic, reply } = await setUp();
    const store = await freshStore();
    await store.repos.contacts.put({ ...sampleContact(), id: VENDOR });
    await appendCaseEvents(store, [
      { caseId: TEST_CASE_ID, events: acceptedSoftwareCase().slice(0, 4) },
    ]);
    const key = vendorPublic[0];
    if (key === undefined) throw new Error('no key');
    const d = await describeKey(key);
    const record = {
      schemaVersion: 1 as const,
      id: crypto.randomUUID() as never,
      kind: 'public' as const,
      armored: vendor.armoredPublic,
      fingerprint: d.fingerprint,
      userIds: d.userIds,
      algorithm: 'eddsa',
      createdAt: d.createdAt,
      expiresAt: null,
      revoked: false,
      subkeys: [],
      ownerContactId: VENDOR,
      trust: { level: 'unknown' as const },
      importedAt: d.createdAt,
    };
    const folder = folderOf({ 'reply.asc': await reply(true) });
    const r = await importFolder(folder, { decryptionKey: org.key, knownKeys: vendorPublic });
    const item = r.ok ? r.value?.[0] : undefined;
    if (item === undefined || !item.ok) throw new Error('not opened');
    const kase = store.repos.cases.get(TEST_CASE_ID) ?? sampleCase();
    expect((await storeReply(store, kase, item, [record])).ok).toBe(true);
    expect(store.repos.messages.all()[0]?.counterpartContactId).toBe(VENDOR);
    expect(store.repos.involvements.byCase(TEST_CASE_ID)[0]?.status).toBe('acknowledged');
  });
});
