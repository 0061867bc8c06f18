// The composer's seal and the confidentiality rule (issue 23): a message to Vendor A that
// names Vendor B is refused before anything is sealed, naming the field and the text; it is
// sealed only with a reason, which lands in the case timeline in the same write as the send.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseEventOf, ContactId, InvolvementId } from '../../../shared/model';
import type { KeyRecord } from '../../../shared/model/key';
import { sampleContact } from '../../../shared/model/testing/fixtures';
import { testKey, type TestKey } from '../../../shared/exchange/bundle/testing/keys';
import { ok } from '../../../shared/result';
import {
  acceptedSoftwareCase,
  contactIds,
  involvementIds,
  TEST_CASE_ID,
  timeline,
} from '../../../shared/workflow/testing/test-events';
import type { Platform } from '../../platform';
import { appendCaseEvents } from '../../store/case-writes';
import { freshStore } from '../../store/testing/test-support';
import { sealAndSend, type SendInput } from './seal-actions';

const [A, B] = contactIds as [ContactId, ContactId];

let org: TestKey;
let vendorA: TestKey;
beforeAll(async () => {
  [org, vendorA] = await Promise.all([testKey('Coordinator'), testKey('Vendor A')]);
});

/** A store with the accepted case, Vendor A (contacted) and Vendor B both involved. */
async function caseWithTwoVendors() {
  const store = await freshStore();
  const history = acceptedSoftwareCase();
  const addB = timeline(
    TEST_CASE_ID,
    50,
  )({
    type: 'involvement.added',
    at: '2026-04-21T00:00:02.000Z',
    payload: { involvementId: involvementIds[1] as InvolvementId, contactId: B, role: 'developer' },
  });
  const written = await appendCaseEvents(store, [
    { caseId: TEST_CASE_ID, events: [...history, addB] },
  ]);
  if (!written.ok) throw new Error(written.error.message);
  const contact = (id: ContactId, en: string, ja: string, fingerprint: string) => ({
    ...sampleContact(),
    id,
    name: { en, ja },
    people: [],
    addresses: [],
    products: [],
    pgpFingerprints: [fingerprint],
  });
  for (const c of [
    contact(A, 'Alpha Soft Inc.', 'アルファソフト株式会社', vendorA.fingerprint),
    contact(B, 'Beta Systems Corp.', 'ベータ電機株式会社', 'E'.repeat(40)),
  ])
    expect((await store.repos.contacts.put(c)).ok).toBe(true);
  return store;
}

/** A web-shell platform that keeps the names it was asked to save. */
function savingPlatform(names: string[]): Platform {
  return {
    folders: null,
    saveFile: (args: { suggestedName: string }) => {
      names.push(args.suggestedName);
      return Promise.resolve(ok({ saved: true }));
    },
  } as unknown as Platform;
}

function input(store: Awaited<ReturnType<typeof caseWithTwoVendors>>, over: Partial<SendInput>) {
  const kase = store.repos.cases.get(TEST_CASE_ID);
  if (kase === undefined) throw new Error('no case');
  return {
    kase,
    recipients: [
      {
        fingerprint: vendorA.fingerprint,
        armored: vendorA.armoredPublic,
        ownerContactId: A,
      } as KeyRecord,
    ],
    involvementId: involvementIds[0] as string,
    signingKey: org.secret,
    ownFingerprint: org.fingerprint,
    subject: '[AL-2026-0042] Vulnerability report',
    body: 'Dear Alpha Soft security team,\nBeta Systems is affected too.\n',
    language: 'en',
    purpose: 'vendor-first-contact',
    attachments: [],
    attachmentMode: 'separate',
    ...over,
  } satisfies SendInput;
}

describe('sealing a vendor message: confidentiality between vendors', () => {
  it('refuses a message to A naming B, with the field and the text, and seals nothing', async () => {
    const store = await caseWithTwoVendors();
    const names: string[] = [];
    const before = await store.storeDigest();
    const refused = await sealAndSend(store, savingPlatform(names), input(store, {}));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('confidentiality.leak');
    expect(refused.error.hits).toEqual([
      {
        field: { kind: 'body', line: 2 },
        text: 'Beta Systems',
        kind: 'vendor-name',
        party: {
          kind: 'vendor',
          contactId: B,
          name: { en: 'Beta Systems Corp.', ja: 'ベータ電機株式会社' },
        },
      },
    ]);
    const short = await sealAndSend(
      store,
      savingPlatform(names),
      input(store, { confidentialityOverride: 'because' }),
    );
    expect(short).toMatchObject({ ok: false, error: { code: 'confidentiality.reason-too-short' } });
    expect(names).toEqual([]);
    expect(await store.storeDigest()).toBe(before);
  });

  it('seals with a reason, and the timeline records the override with the send', async () => {
    const store = await caseWithTwoVendors();
    const names: string[] = [];
    const reason = 'Vendor B asked us to tell Vendor A (shared component)';
    const sent = await sealAndSend(
      store,
      savingPlatform(names),
      input(store, { confidentialityOverride: reason }),
    );
    expect(sent.ok).toBe(true);
    const events = store.repos.caseEvents.byCase(TEST_CASE_ID);
    const note = events.find(
      (e): e is CaseEventOf<'note.added'> =>
        e.type === 'note.added' && e.payload.text.startsWith('Confidentiality override'),
    );
    expect(note?.payload.internal).toBe(true);
    expect(note?.payload.text).toContain(`Reason: ${reason}`);
    expect(note?.payload.text).toContain(
      'body line 2: "Beta Systems" is the name of Beta Systems Corp.',
    );
    // One write: the note comes right before the send it explains.
    const ordered = [...events].sort((a, b) => (a.at < b.at ? -1 : 1));
    const at = ordered.findIndex((e) => e.id === note?.id);
    expect(ordered[at + 1]?.type).toBe('message.sent');
  });

  it('refuses a letter that still holds a template field, naming it', async () => {
    const store = await caseWithTwoVendors();
    const r = await sealAndSend(
      store,
      savingPlatform([]),
      input(store, { body: 'Summary: {{summary}}\n\n{{organisationName}}' }),
    );
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'letter.placeholder-left', placeholder: 'summary' },
    });
  });

  it('two seals on one day get two file names: ref, day, vendor, sequence', async () => {
    const store = await caseWithTwoVendors();
    const names: string[] = [];
    const clean = { body: 'Dear Alpha Soft security team,\nplease see the report.\n' };
    for (let i = 0; i < 2; i += 1) {
      const r = await sealAndSend(store, savingPlatform(names), input(store, clean));
      expect(r.ok).toBe(true);
    }
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    for (const [i, name] of names.entries())
      expect(name).toMatch(new RegExp(`^AL-\\d{4}-\\d{4}-\\d{8}-alpha-soft-inc-0${i + 1}\\.asc$`));
  });
});
