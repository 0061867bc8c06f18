// The bundle export operation (issue 24 item 2) and confidentiality between vendors (issue
// 23): a vendor view whose case record names another vendor is refused before anything is
// sealed or saved; with a reason it is sealed, saved and recorded with the override note.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  importBundle,
  sealBundle,
  selectForExport,
  type BundleCase,
} from '../../../shared/exchange/bundle';
import { testKey, type TestKey } from '../../../shared/exchange/bundle/testing/keys';
import { IDS, sampleCase } from '../../../shared/exchange/bundle/testing/sample-case';
import type { KeyRecord } from '../../../shared/model/key';
import { ok } from '../../../shared/result';
import type { Platform } from '../../platform';
import type { AirlockStore } from '../../store/open-store';
import { freshStore } from '../../store/testing/test-support';
import { applyImport, planWrites, storeLookup } from './bundle-store';
import { exportBundle, type ExportInput } from './export-bundle';

let coordinator: TestKey;
let vendorA: TestKey;
beforeAll(async () => {
  [coordinator, vendorA] = await Promise.all([testKey('Coordinator'), testKey('Vendor A')]);
});

/** The sample case in a store (imported as a partner's bundle), its title naming Vendor B. */
async function storeWithCase(): Promise<{ store: AirlockStore; source: BundleCase }> {
  const store = await freshStore();
  const source = await sampleCase();
  const title = 'XSS in Example CMS and Vendor B plugin';
  source.document.case.title = title;
  source.document.events = source.document.events.map((e) =>
    e.type === 'case.created' ? { ...e, payload: { ...e.payload, title } } : e,
  );
  const selection = selectForExport([source], { kind: 'full' });
  if (!selection.ok) throw new Error(selection.error.message);
  const sealed = await sealBundle({
    selection: selection.value,
    signingKey: vendorA.secret,
    recipientKeys: [coordinator.public],
  });
  if (!sealed.ok) throw new Error(sealed.error.message);
  const opened = await importBundle(sealed.value.bytes, {
    decryptionKeys: [coordinator.secret],
    knownKeys: [vendorA.public],
    lookup: storeLookup(store),
  });
  if (!opened.ok) throw new Error(opened.error.message);
  const applied = await applyImport(
    store,
    opened.value,
    planWrites(store, opened.value, coordinator.fingerprint),
  );
  if (!applied.ok) throw new Error(applied.error.message);
  return { store, source };
}

function savingPlatform(names: string[]): Platform {
  return {
    saveFile: (args: { suggestedName: string }) => {
      names.push(args.suggestedName);
      return Promise.resolve(ok({ saved: true }));
    },
  } as unknown as Platform;
}

function vendorInput(source: BundleCase, over: Partial<ExportInput> = {}): ExportInput {
  const selection = selectForExport([source], { kind: 'vendor', vendorContactId: IDS.vendorA });
  if (!selection.ok) throw new Error(selection.error.message);
  return {
    caseId: IDS.case,
    selection: selection.value,
    keys: [{ fingerprint: vendorA.fingerprint, armored: vendorA.armoredPublic } as KeyRecord],
    recipients: [{ name: 'Vendor A' }],
    signingKey: coordinator.secret,
    redConfirmations: [],
    ...over,
  };
}

describe('exportBundle', () => {
  it('refuses a vendor view naming another vendor, with the record and text, saving nothing', async () => {
    const { store, source } = await storeWithCase();
    const names: string[] = [];
    const digest = await store.storeDigest();
    const refused = await exportBundle(store, savingPlatform(names), vendorInput(source));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('confidentiality.leak');
    expect(refused.error.hits?.[0]).toMatchObject({
      text: 'Vendor B',
      field: { kind: 'record', label: `${source.document.case.ref} case` },
    });
    const short = await exportBundle(
      store,
      savingPlatform(names),
      vendorInput(source, { confidentialityOverride: 'ok' }),
    );
    expect(short).toMatchObject({ ok: false, error: { code: 'confidentiality.reason-too-short' } });
    expect(names).toEqual([]);
    expect(await store.storeDigest()).toBe(digest);
  });

  it('with a reason: sealed, saved, and the override recorded with bundle.exported', async () => {
    const { store, source } = await storeWithCase();
    const names: string[] = [];
    const reason = 'Vendor A ships Vendor B plugin and already knows';
    const done = await exportBundle(
      store,
      savingPlatform(names),
      vendorInput(source, { confidentialityOverride: reason }),
    );
    expect(done).toMatchObject({ ok: true, value: { kind: 'saved', count: 1 } });
    expect(names).toHaveLength(1);
    const events = [...store.repos.caseEvents.byCase(IDS.case)].sort((a, b) =>
      a.at < b.at ? -1 : 1,
    );
    const [last, beforeLast] = [events.at(-1), events.at(-2)];
    expect(last?.type).toBe('bundle.exported');
    expect(beforeLast?.type).toBe('note.added');
    const text = beforeLast?.type === 'note.added' ? beforeLast.payload.text : '';
    expect(text).toContain('Confidentiality override (vendor-view bundle');
    expect(text).toContain(`Reason: ${reason}`);
  });

  it('refuses above a recipient’s clearance before the confidentiality check', async () => {
    const { store, source } = await storeWithCase();
    const r = await exportBundle(
      store,
      savingPlatform([]),
      vendorInput(source, { recipients: [{ name: 'Vendor A', clearance: 'CLEAR' }] }),
    );
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'clearance.exceeded', breaches: [{ recipient: 'Vendor A' }] },
    });
  });

  it('a cancelled save records nothing', async () => {
    const { store, source } = await storeWithCase();
    const cancelled = {
      saveFile: () => Promise.resolve(ok({ saved: false })),
    } as unknown as Platform;
    const digest = await store.storeDigest();
    const r = await exportBundle(
      store,
      cancelled,
      vendorInput(source, { confidentialityOverride: 'a reason given here' }),
    );
    expect(r).toEqual({ ok: true, value: { kind: 'not-saved' } });
    expect(await store.storeDigest()).toBe(digest);
  });
});
