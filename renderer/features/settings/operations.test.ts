// The settings operations as the settings screen and the first-run setup call them.
import { describe, expect, it } from 'vitest';
import { defaultSettings, type SavedCaseFilter } from '../../../shared/model';
import { bindOperations } from '../../app/operations';
import { depsOf } from '../../app/testing/operation-deps';
import { freshStore } from '../../store/testing/test-support';
import { settingsOperations } from './operations';

const FILTER: SavedCaseFilter = {
  name: 'Vendor X open',
  query: 'router',
  filters: {
    report: null,
    embargo: null,
    tlp: null,
    priority: 'high',
    vendor: null,
    deadline: null,
    profile: null,
  },
};

describe('settings operations', () => {
  it('saving the settings form keeps the case list’s saved filters', async () => {
    const store = await freshStore();
    const ops = bindOperations(settingsOperations, depsOf(store));
    await store.repos.settings.put({ ...defaultSettings('en'), savedCaseFilters: [FILTER] });
    const form = { ...defaultSettings('en'), language: 'ja' as const, autoLockMinutes: 5 };
    expect(await ops.saveSettings({ settings: form })).toEqual({ ok: true, value: undefined });
    const [stored] = store.repos.settings.all();
    expect(stored?.language).toBe('ja');
    expect(stored?.autoLockMinutes).toBe(5);
    expect(stored?.savedCaseFilters).toEqual([FILTER]);
  });

  it('refuses settings the schema refuses, with nothing written', async () => {
    const store = await freshStore();
    const ops = bindOperations(settingsOperations, depsOf(store));
    const digest = await store.storeDigest();
    const bad = { ...defaultSettings('en'), autoLockMinutes: -3 };
    const r = await ops.saveSettings({ settings: bad });
    expect(r.ok).toBe(false);
    expect(await store.storeDigest()).toBe(digest);
  });

  it('the first-run setup names the organisation (trimmed) and is offered once', async () => {
    const store = await freshStore();
    const ops = bindOperations(settingsOperations, depsOf(store));
    await ops.markSetupOffered({ language: 'ja' });
    const r = await ops.saveOrganisationName({
      language: 'en',
      name: { ja: ' 調整機関 ', en: 'Coordination Centre ' },
    });
    expect(r.ok).toBe(true);
    const [stored] = store.repos.settings.all();
    expect(stored?.organisation.name).toEqual({ ja: '調整機関', en: 'Coordination Centre' });
    expect(stored?.setupOffered).toBe(true);
    // The language the setup was first shown in stays: the name step kept the record.
    expect(stored?.language).toBe('ja');
  });
});

describe('settings writes never undo each other', () => {
  it('the setup mark and a settings form filled before it both land, started together', async () => {
    const store = await freshStore();
    const ops = bindOperations(settingsOperations, depsOf(store));
    const loaded = defaultSettings('en');
    await store.repos.settings.put(loaded);
    // The analyst left the setup (its mark is written) and saves the settings form at once.
    const form = { ...loaded, autoLockMinutes: 7 };
    const [marked, saved] = await Promise.all([
      ops.markSetupOffered({ language: 'en' }),
      ops.saveSettings({ settings: form, loaded }),
    ]);
    expect(marked.ok && saved.ok).toBe(true);
    const [stored] = store.repos.settings.all();
    expect(stored?.setupOffered).toBe(true);
    expect(stored?.autoLockMinutes).toBe(7);
  });

  it('a form filled before the organisation key was made keeps the key it did not touch', async () => {
    const store = await freshStore();
    const ops = bindOperations(settingsOperations, depsOf(store));
    const loaded = defaultSettings('en');
    await store.repos.settings.put(loaded);
    // Meanwhile the key step wrote the own key and the name step the name.
    const fpr = 'A'.repeat(40);
    await store.repos.settings.put({
      ...loaded,
      organisation: { ...loaded.organisation, ownKeyFingerprint: fpr },
    });
    await ops.saveOrganisationName({ language: 'en', name: { ja: '調整機関', en: 'CC' } });
    const form = {
      ...loaded,
      organisation: { ...loaded.organisation, cnaOrgId: 'b3476cb9-2e3d-41a6-98d0-0f47421a65b6' },
    };
    expect((await ops.saveSettings({ settings: form, loaded })).ok).toBe(true);
    const [stored] = store.repos.settings.all();
    expect(stored?.organisation).toMatchObject({
      ownKeyFingerprint: fpr,
      name: { ja: '調整機関', en: 'CC' },
      cnaOrgId: 'b3476cb9-2e3d-41a6-98d0-0f47421a65b6',
    });
    expect(stored?.setupOffered).toBe(true);
  });
});
