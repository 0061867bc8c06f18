import { describe, expect, it } from 'vitest';
import { defaultSettings, type SavedCaseFilter } from '../../../shared/model';
import { emptyFilters } from './case-list-model';
import { removeSavedFilter, upsertSavedFilter, withSavedFilters } from './saved-filters';

const entry = (name: string, query = ''): SavedCaseFilter => ({
  name,
  query,
  filters: emptyFilters(),
});

describe('saved case-list filters', () => {
  it('saving under an existing name replaces it, and the list reads in name order', () => {
    const list = upsertSavedFilter(upsertSavedFilter([], entry('Overdue')), entry('Alpha'));
    const updated = upsertSavedFilter(list, entry('Overdue', 'NAS'));
    expect(updated.map((s) => [s.name, s.query])).toEqual([
      ['Alpha', ''],
      ['Overdue', 'NAS'],
    ]);
    expect(removeSavedFilter(updated, 'Alpha').map((s) => s.name)).toEqual(['Overdue']);
  });

  it('goes into the settings record, starting from defaults in the chosen language', () => {
    const first = withSavedFilters(undefined, [entry('Mine')], 'en');
    expect(first.ok && first.value.language).toBe('en');
    expect(first.ok && first.value.savedCaseFilters.map((s) => s.name)).toEqual(['Mine']);
    const kept = withSavedFilters({ ...defaultSettings(), autoLockMinutes: 3 }, [], 'ja');
    expect(kept.ok && kept.value.autoLockMinutes).toBe(3);
  });

  it('a filter the schema refuses is not written', () => {
    const r = withSavedFilters(undefined, [entry('x'.repeat(61))], 'en');
    expect(r.ok).toBe(false);
  });
});
