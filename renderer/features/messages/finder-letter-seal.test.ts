// Letters to the finder (issue 27 items 3 and 7) leave as vendor letters do: sealed to the
// finder's key and signed by ours, or as a plaintext letter file when the finder gave no
// key; a letter naming a vendor before publication is refused and nothing is written.
import * as openpgp from 'openpgp';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeKey, readKeysFrom } from '../../../shared/crypto/pgp';
import { testKey, type TestKey } from '../../../shared/exchange/bundle/testing/keys';
import type { ContactId } from '../../../shared/model';
import { sampleContact, sampleReport } from '../../../shared/model/testing/fixtures';
import { ok } from '../../../shared/result';
import {
  acceptedSoftwareCase,
  contactIds,
  TEST_CASE_ID,
} from '../../../shared/workflow/testing/test-events';
import type { Platform } from '../../platform';
import { appendCaseEvents } from '../../store/case-writes';
import { freshStore } from '../../store/testing/test-support';
import { keyRecordFrom } from '../keys';
import { sendFinderLetter, type FinderLetterInput } from './finder-letter-seal';

let org: TestKey;
let finder: TestKey;
beforeAll(async () => {
  [org, finder] = await Promise.all([testKey('Coordinator'), testKey('Finder')]);
});

/** The accepted case with its vendor (Alpha Soft) and the finder's report, with or without
 *  the finder's key in the keyring. */
async function caseWithFinder(withKey: boolean) {
  const store = await freshStore();
  const report = sampleReport();
  const written = await appendCaseEvents(
    store,
    [{ caseId: TEST_CASE_ID, events: acceptedSoftwareCase() }],
    (tx) =>
      tx.put('reports', {
        ...report,
        caseId: TEST_CASE_ID,
        reporter: { ...report.reporter, pgpKeyFingerprint: withKey ? finder.fingerprint : null },
      }),
  );
  if (!written.ok) throw new Error(written.error.message);
  const vendor = {
    ...sampleContact(),
    id: contactIds[0] as ContactId,
    name: { en: 'Alpha Soft Inc.', ja: 'アルファソフト株式会社' },
  };
  expect((await store.repos.contacts.put(vendor)).ok).toBe(true);
  if (withKey) {
    const read = await readKeysFrom(finder.armoredPublic);
    if (!read.ok || read.value[0] === undefined) throw new Error('unreadable');
    const record = keyRecordFrom(
      await describeKey(read.value[0]),
      finder.armoredPublic,
      '2026-01-01T00:00:00.000Z',
    );
    expect((await store.repos.keys.put(record)).ok).toBe(true);
  }
  return store;
}

/** A web-shell platform that keeps what it was asked to save. */
function savingPlatform(files: { name: string; text: string }[]): Platform {
  return {
    folders: null,
    saveFile: (args: { suggestedName: string; bytes: Uint8Array }) => {
      files.push({ name: args.suggestedName, text: new TextDecoder().decode(args.bytes) });
      return Promise.resolve(ok({ saved: true }));
    },
  } as unknown as Platform;
}

const letter = (over: Partial<FinderLetterInput> = {}): FinderLetterInput => ({
  caseId: TEST_CASE_ID,
  subject: '[AL-2026-0042] Progress of your report',
  body: 'Dear Hanako Yamada,\n\n- Stage: coordinating with the developer\n',
  language: 'en',
  purpose: 'other',
  signingKey: null,
  ...over,
});

const sentToFinder = (store: Awaited<ReturnType<typeof caseWithFinder>>) =>
  store.repos.caseEvents
    .byCase(TEST_CASE_ID)
    .filter((e) => e.type === 'message.sent' && e.payload.to === 'finder');

describe('letters to the finder', () => {
  it('without a finder key: a plaintext letter file, recorded as sent with the letter', async () => {
    const store = await caseWithFinder(false);
    const files: { name: string; text: string }[] = [];
    const sent = await sendFinderLetter(store, savingPlatform(files), letter());
    expect(sent.ok).toBe(true);
    expect(files.map((f) => f.name)).toEqual([expect.stringMatching(/-finder-01\.txt$/)]);
    expect(files[0]?.text).toContain('- Stage: coordinating with the developer');
    expect(sentToFinder(store)).toHaveLength(1);
    const note = store.repos.caseEvents.byCase(TEST_CASE_ID).at(-1);
    expect(note?.type === 'note.added' && note.payload.text).toContain(
      'as plaintext (the finder has no key)',
    );
  });

  it('refuses a letter naming the vendor before publication, writing nothing', async () => {
    const store = await caseWithFinder(false);
    const files: { name: string; text: string }[] = [];
    const before = await store.storeDigest();
    const refused = await sendFinderLetter(
      store,
      savingPlatform(files),
      letter({ body: 'Alpha Soft is fixing it.' }),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'confidentiality.leak' } });
    expect(!refused.ok && refused.error.hits?.map((h) => h.text)).toEqual(['Alpha Soft']);
    const placeholder = await sendFinderLetter(
      store,
      savingPlatform(files),
      letter({ body: 'Dear {{finderName}}' }),
    );
    expect(placeholder).toMatchObject({ ok: false, error: { placeholder: 'finderName' } });
    expect(files).toEqual([]);
    expect(await store.storeDigest()).toBe(before);
  });

  it('with the finder’s key: sealed to it and signed by ours; the key must be unlocked', async () => {
    const store = await caseWithFinder(true);
    const files: { name: string; text: string }[] = [];
    const locked = await sendFinderLetter(store, savingPlatform(files), letter());
    expect(locked).toMatchObject({ ok: false, error: { code: 'org-key-locked' } });
    const sent = await sendFinderLetter(
      store,
      savingPlatform(files),
      letter({ signingKey: org.secret }),
    );
    expect(sent.ok).toBe(true);
    const [file] = files;
    expect(file?.name).toMatch(/-finder-01\.asc$/);
    const opened = await openpgp.decrypt({
      message: await openpgp.readMessage({ armoredMessage: file?.text ?? '' }),
      decryptionKeys: finder.secret,
      verificationKeys: org.public,
      expectSigned: true,
    });
    expect(opened.data).toContain('- Stage: coordinating with the developer');
    expect(sentToFinder(store)).toHaveLength(1);
  });
});
