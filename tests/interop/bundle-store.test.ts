// Around the real encrypted store: a failed import leaves the store byte-for-byte unchanged
// (digest before = digest after), and a good one is applied in one transaction.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { sealBinary } from '../../shared/crypto/pgp';
import {
  importBundle,
  sealBundle,
  selectForExport,
  type ImportPlan,
} from '../../shared/exchange/bundle';
import { IDS, sampleCase } from '../../shared/exchange/bundle/testing/sample-case';
import { testKey, type TestKey } from '../../shared/exchange/bundle/testing/keys';
import type { BundleId } from '../../shared/model';
import type { AirlockStore } from '../../renderer/store/open-store';
import { freshStore } from '../../renderer/store/testing/test-support';

let sender: TestKey;
let us: TestKey;
let stranger: TestKey;
let bundle: Uint8Array;

beforeAll(async () => {
  [sender, us, stranger] = await Promise.all([
    testKey('Partner'),
    testKey('Us'),
    testKey('Stranger'),
  ]);
  const selection = selectForExport([await sampleCase()], { kind: 'full' });
  if (!selection.ok) throw new Error(selection.error.message);
  const sealed = await sealBundle({
    selection: selection.value,
    signingKey: sender.secret,
    recipientKeys: [us.public],
  });
  if (!sealed.ok) throw new Error(sealed.error.message);
  bundle = sealed.value.bytes;
});

function importInto(store: AirlockStore, data: Uint8Array) {
  return importBundle(data, {
    decryptionKeys: [us.secret],
    knownKeys: [sender.public],
    lookup: {
      isBundleImported: (id) => store.repos.bundleLedger.get(id) !== undefined,
      existingEvents: (caseId) =>
        store.repos.cases.get(caseId) === undefined
          ? undefined
          : store.repos.caseEvents.all().filter((e) => e.caseId === caseId),
    },
  });
}

/** What the UI's import step does with a plan: everything in one transaction. */
async function apply(store: AirlockStore, plan: ImportPlan) {
  return store.transact((tx) => {
    for (const c of plan.cases) {
      tx.put('cases', c.document.case);
      if (c.document.report) tx.put('reports', c.document.report);
      for (const v of c.document.vulnerabilities ?? []) tx.put('vulnerabilities', v);
      for (const i of c.document.involvements ?? []) tx.put('involvements', i);
      for (const contact of c.document.contacts) tx.put('contacts', contact);
      for (const e of c.eventsAdded) tx.appendEvent(e);
    }
    tx.put('bundleLedger', {
      schemaVersion: 1,
      bundleId: plan.bundleId as BundleId,
      senderFingerprint: plan.signer.fingerprint,
      importedAt: '2026-05-06T00:00:00Z',
      outcome: 'imported',
      caseRefs: plan.cases.map((c) => c.ref),
      detail: '',
    });
  });
}

describe('bundle import against the encrypted store', () => {
  it('a good bundle is applied; the same bundle again is refused and changes nothing', async () => {
    const store = await freshStore();
    const plan = await importInto(store, bundle);
    if (!plan.ok) throw new Error(plan.error.message);
    const empty = await store.storeDigest();
    expect((await apply(store, plan.value)).ok).toBe(true);
    const after = await store.storeDigest();
    expect(after).not.toBe(empty);
    expect(store.repos.caseEvents.all().filter((e) => e.caseId === IDS.case)).toHaveLength(10);

    const replay = await importInto(store, bundle);
    expect(replay.ok ? 'accepted' : replay.error.code).toBe('replayed');
    expect(await store.storeDigest()).toBe(after);
  });

  it('hostile bundles leave the store digest unchanged', async () => {
    const store = await freshStore();
    const before = await store.storeDigest();
    const flipped = bundle.slice();
    flipped[flipped.length - 5] = (flipped[flipped.length - 5] ?? 0) ^ 1;
    const zipOnly = await sealBinary({
      data: new Uint8Array([1, 2, 3]),
      recipientKeys: [us.public],
      signingKey: sender.secret,
      format: 'binary',
    });
    const byStranger = await sealBinary({
      data: bundle,
      recipientKeys: [us.public],
      signingKey: stranger.secret,
      format: 'binary',
    });
    if (!zipOnly.ok || !byStranger.ok) throw new Error('seal failed');
    const cases: [Uint8Array, string][] = [
      [bundle.slice(0, bundle.length / 2), 'truncated'],
      [flipped, 'corrupt'],
      [zipOnly.value, 'zip-invalid'],
      [byStranger.value, 'signer-unknown'],
    ];
    for (const [data, code] of cases) {
      const result = await importInto(store, data);
      expect(result.ok ? 'accepted' : result.error.code).toBe(code);
      if (result.ok) await apply(store, result.value);
      expect(await store.storeDigest()).toBe(before);
    }
  });
});
