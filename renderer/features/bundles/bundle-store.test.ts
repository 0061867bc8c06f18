// The bundle screens against a real encrypted store (fake-indexeddb): a bundle sealed by a
// sender is opened, planned and applied; a case is read back for export; an export is
// recorded on the case's timeline.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  importBundle,
  sealBundle,
  selectForExport,
  type BundleCase,
  type SealedBundle,
} from '../../../shared/exchange/bundle';
import { testKey, type TestKey } from '../../../shared/exchange/bundle/testing/keys';
import {
  IDS,
  sampleCase,
  sampleEvent,
  sampleReply,
} from '../../../shared/exchange/bundle/testing/sample-case';
import type { CaseEvent, Contact } from '../../../shared/model';
import { projectionOfEvents } from '../../../shared/workflow/testing/test-events';
import type { AirlockStore } from '../../store/open-store';
import { freshStore, makeCase } from '../../store/testing/test-support';
import {
  applyImport,
  planWrites,
  readCaseForExport,
  recordExport,
  storeLookup,
} from './bundle-store';

let sender: TestKey;
let recipient: TestKey;

beforeAll(async () => {
  [sender, recipient] = await Promise.all([testKey('Sender'), testKey('Recipient')]);
});

async function seal(bundleCase: BundleCase): Promise<SealedBundle> {
  const selection = selectForExport([bundleCase], { kind: 'full' });
  if (!selection.ok) throw new Error(selection.error.message);
  const sealed = await sealBundle({
    selection: selection.value,
    signingKey: sender.secret,
    recipientKeys: [recipient.public],
  });
  if (!sealed.ok) throw new Error(sealed.error.message);
  return sealed.value;
}

const open = (store: AirlockStore, bytes: Uint8Array) =>
  importBundle(bytes, {
    decryptionKeys: [recipient.secret],
    knownKeys: [sender.public],
    lookup: storeLookup(store),
  });

/** What the import screen does once the analyst confirms the plan. */
async function importInto(store: AirlockStore, bytes: Uint8Array) {
  const opened = await open(store, bytes);
  if (!opened.ok) throw new Error(opened.error.message);
  return applyImport(store, opened.value, planWrites(store, opened.value, recipient.fingerprint));
}

const timeline = (store: AirlockStore) => store.repos.caseEvents.byCase(IDS.case);

describe('applyImport', () => {
  it('writes an accepted bundle whole: case, timeline, records, attachment and ledger', async () => {
    const store = await freshStore();
    const bundle = await sampleCase();
    const sealed = await seal(bundle);
    expect((await importInto(store, sealed.bytes)).ok).toBe(true);

    const events = timeline(store);
    expect(events).toHaveLength(bundle.document.events.length + 1);
    expect(events.at(-1)).toMatchObject({
      type: 'bundle.imported',
      payload: { bundleId: sealed.manifest.bundleId, sender: sender.fingerprint },
    });
    expect(store.repos.cases.get(IDS.case)).toEqual(projectionOfEvents(events).case);
    expect(store.repos.cases.get(IDS.case)?.ref).toBe('AL-2026-0042');
    expect(
      store.repos.involvements
        .byCase(IDS.case)
        .map((i) => i.id)
        .sort(),
    ).toEqual([IDS.invA, IDS.invB].sort());
    expect(store.repos.reports.get(IDS.report)?.product.name).toBe('Example CMS');
    expect(store.repos.vulnerabilities.get(IDS.vuln)?.cwe).toBe('CWE-79');
    expect(store.repos.contacts.all()).toHaveLength(bundle.document.contacts.length);
    const attachment = await store.attachments.read(IDS.attachment);
    expect(attachment).toEqual({ ok: true, value: bundle.attachments[0]?.data });
    expect(store.repos.bundleLedger.get(sealed.manifest.bundleId)).toMatchObject({
      senderFingerprint: sender.fingerprint,
      outcome: 'imported',
      caseRefs: ['AL-2026-0042'],
    });
    expect(await store.verifyAuditLog()).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('the same bundle again is refused as a replay', async () => {
    const store = await freshStore();
    const sealed = await seal(await sampleCase());
    expect(storeLookup(store).isBundleImported(sealed.manifest.bundleId)).toBe(false);
    await importInto(store, sealed.bytes);
    expect(storeLookup(store).isBundleImported(sealed.manifest.bundleId)).toBe(true);
    const again = await open(store, sealed.bytes);
    expect(again.ok ? 'accepted' : again.error.code).toBe('replayed');
  });

  it('a later bundle of a known case adds only its new events and keeps local contacts', async () => {
    const store = await freshStore();
    await importInto(store, (await seal(await sampleCase())).bytes);
    const vendorA = store.repos.contacts.get(IDS.vendorA) as Contact;
    const renamed = { ...vendorA, name: { ja: 'ベンダーA（社内名）', en: 'Vendor A (our name)' } };
    expect((await store.repos.contacts.put(renamed)).ok).toBe(true);
    const before = timeline(store).length;

    const update = await sampleCase();
    const note = sampleEvent(50, '2026-05-05T00:00:00.000Z', 'note');
    update.document.events.push(note);
    const sealed = await seal(update);
    expect((await importInto(store, sealed.bytes)).ok).toBe(true);

    const events = timeline(store);
    expect(events).toHaveLength(before + 2);
    expect(events.map((e) => e.id)).toContain(note.id);
    expect(events.filter((e) => e.type === 'bundle.imported')).toHaveLength(2);
    expect(store.repos.cases.get(IDS.case)).toEqual(projectionOfEvents(events).case);
    expect(store.repos.contacts.get(IDS.vendorA)).toEqual(renamed);
  });

  it("keeps this analyst's read state: replies new here arrive unread, known ones keep theirs", async () => {
    const known = sampleReply('2026-05-03T00:00:00.000Z');
    const fresh = sampleReply('2026-05-03T00:00:00.000Z', '9d0ebfc0-d1e2-4f34-85a6-b7c8d9eafb0c');
    const store = await freshStore();
    await importInto(store, (await seal(await sampleCase())).bytes);
    expect((await store.repos.messages.put(known)).ok).toBe(true);

    // The partner read neither; its bundle carries both (read state stripped on export).
    const update = await sampleCase();
    update.document.messages = [{ ...known, readAt: null }, fresh];
    expect((await importInto(store, (await seal(update)).bytes)).ok).toBe(true);

    expect(store.repos.messages.get(known.id)?.readAt).toBe('2026-05-03T00:00:00.000Z');
    expect(store.repos.messages.get(fresh.id)?.readAt).toBeNull();
  });

  it('a plan that cannot be written leaves the store as it was, and may be tried again', async () => {
    const store = await freshStore();
    const sealed = await seal(await sampleCase());
    const opened = await open(store, sealed.bytes);
    if (!opened.ok) throw new Error(opened.error.message);
    const writes = planWrites(store, opened.value, recipient.fingerprint).map((w) => ({
      ...w,
      messages: [{}],
    }));
    const digest = await store.storeDigest();
    const result = await applyImport(store, opened.value, writes);
    expect(result).toMatchObject({ ok: false, error: { source: 'store', code: 'store.aborted' } });
    expect(await store.storeDigest()).toBe(digest);
    expect(storeLookup(store).isBundleImported(sealed.manifest.bundleId)).toBe(false);
    expect((await importInto(store, sealed.bytes)).ok).toBe(true);
  });
});

describe('a partner timeline that breaks an embargo (issue 23)', () => {
  const event = (n: number, at: string, type: string, payload: unknown) =>
    ({ ...sampleEvent(n, at), type, payload }) as CaseEvent;
  const agreed = event(60, '2026-05-05T00:00:00.000Z', 'embargo.agreed', {
    date: '2026-06-15T00:00:00Z',
    zone: 'Asia/Tokyo',
  });

  it.each([
    [
      'publishes before the agreed instant without an early end',
      event(61, '2026-05-20T00:00:00.000Z', 'published', { advisoryId: null, url: '' }),
      'embargo-active',
    ],
    [
      'revises the embargo to an instant already past',
      event(61, '2026-05-20T00:00:00.000Z', 'embargo.revised', {
        date: '2026-05-19T00:00:00Z',
        zone: 'Asia/Tokyo',
        reason: 'backdated',
      }),
      'embargo-instant-not-future',
    ],
  ])('is refused when it %s, naming the event; the store is unchanged', async (_, breach, code) => {
    const store = await freshStore();
    expect((await importInto(store, (await seal(await sampleCase())).bytes)).ok).toBe(true);
    const digest = await store.storeDigest();
    const update = await sampleCase();
    update.document.events.push(agreed, breach);
    const opened = await open(store, (await seal(update)).bytes);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.code).toBe('case-events-refused');
    expect(opened.error.message).toContain(breach.id);
    expect(opened.error.message).toContain(breach.type);
    expect(opened.error.message).toContain(code);
    expect(await store.storeDigest()).toBe(digest);
  });

  it('the store refuses it too if a plan made before the rule gets that far', async () => {
    const store = await freshStore();
    const sealed = await seal(await sampleCase());
    const opened = await open(store, sealed.bytes);
    if (!opened.ok) throw new Error(opened.error.message);
    const writes = planWrites(store, opened.value, recipient.fingerprint);
    const early = event(61, '2026-05-20T00:00:00.000Z', 'published', { advisoryId: null, url: '' });
    const forged = writes.map((w) => ({
      ...w,
      events: [...w.events.slice(0, -1), agreed, early, ...w.events.slice(-1)],
    }));
    const digest = await store.storeDigest();
    const result = await applyImport(store, opened.value, forged);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/embargo/);
    expect(await store.storeDigest()).toBe(digest);
  });

  it('an embargo agreed and published in its time imports whole', async () => {
    const store = await freshStore();
    const update = await sampleCase();
    const onTime = event(61, '2026-06-15T00:00:00.000Z', 'published', {
      advisoryId: null,
      url: '',
    });
    update.document.events.push(agreed, onTime);
    expect((await importInto(store, (await seal(update)).bytes)).ok).toBe(true);
    expect(store.repos.cases.get(IDS.case)?.dates.published).toBe(onTime.at);
  });
});

describe('readCaseForExport', () => {
  it('reads the stored case with its timeline and decrypted attachments', async () => {
    const store = await freshStore();
    const bundle = await sampleCase();
    await importInto(store, (await seal(bundle)).bytes);
    const read = await readCaseForExport(store, IDS.case);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.document.case).toEqual(store.repos.cases.get(IDS.case));
    expect(read.value.document.events).toEqual(timeline(store));
    expect(read.value.document.report?.id).toBe(IDS.report);
    expect(read.value.attachments.map((a) => [a.meta.id, a.data])).toEqual([
      [IDS.attachment, bundle.attachments[0]?.data],
    ]);
    expect(selectForExport([read.value], { kind: 'full' }).ok).toBe(true);
  });

  it('refuses a case the store does not hold', async () => {
    const store = await freshStore();
    expect(await readCaseForExport(store, IDS.case)).toMatchObject({
      ok: false,
      error: { code: 'case-invalid' },
    });
  });
});

describe('recordExport', () => {
  it('appends bundle.exported after the last event and refreshes the case', async () => {
    const store = await freshStore();
    await importInto(store, (await seal(await sampleCase())).bytes);
    const last = timeline(store).reduce((a, e) => (e.at > a ? e.at : a), '');
    const bundleId = crypto.randomUUID();
    const r = await recordExport(store, IDS.case, bundleId, [recipient.fingerprint]);
    expect(r.ok).toBe(true);
    const events = timeline(store);
    const exported = events.find((e) => e.type === 'bundle.exported');
    expect(exported).toMatchObject({
      caseId: IDS.case,
      actor: 'analyst',
      payload: { bundleId, recipients: [recipient.fingerprint] },
    });
    expect(exported !== undefined && exported.at > last).toBe(true);
    expect(store.repos.cases.get(IDS.case)).toEqual(projectionOfEvents(events).case);
    expect(await store.verifyAuditLog()).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('is recorded even for a case the engine cannot fold (a record without events)', async () => {
    const store = await freshStore();
    const kase = makeCase(1);
    await store.repos.cases.put(kase);
    const r = await recordExport(store, kase.id, crypto.randomUUID(), [recipient.fingerprint]);
    expect(r.ok).toBe(true);
    expect(store.repos.caseEvents.byCase(kase.id).map((e) => e.type)).toEqual(['bundle.exported']);
    expect(store.repos.cases.get(kase.id)).toEqual(kase);
  });
});
