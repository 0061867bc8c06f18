import {
  defaultSettings,
  parseSettings,
  type SavedCaseFilter,
  type Settings,
} from '../../../shared/model';
import type { ParseResult } from '../../../shared/model/versioned';

/**
 * Saved case-list filters live in the vault's settings record. Saving under an existing
 * name replaces that entry (the analyst updates a filter by saving it again); the list is
 * kept in name order so it reads the same on every screen.
 */
export const upsertSavedFilter = (
  list: readonly SavedCaseFilter[],
  entry: SavedCaseFilter,
): SavedCaseFilter[] =>
  [...list.filter((s) => s.name !== entry.name), entry].sort((a, b) =>
    a.name.localeCompare(b.name),
  );

export const removeSavedFilter = (
  list: readonly SavedCaseFilter[],
  name: string,
): SavedCaseFilter[] => list.filter((s) => s.name !== name);

/** The settings record with a new list of saved filters, validated like any settings write. */
export const withSavedFilters = (
  current: Settings | undefined,
  savedCaseFilters: readonly SavedCaseFilter[],
  language: Settings['language'],
): ParseResult<Settings> => {
  const base = current ?? defaultSettings(language);
  return parseSettings({ ...base, savedCaseFilters: [...savedCaseFilters] });
};
