// The settings record's writes as one map of named operations (ARCHITECTURE.md §7b).
import type { Settings } from '../../../shared/model';
import { failWith, ok, type CodedError, type Result } from '../../../shared/result';
import type { OperationMap } from '../../app/operations';
import { markSetupOffered, saveOrganisationName } from './first-run';
import type { SettingsStore } from './SettingsScreen';

export type SettingsDeps = { readonly store: SettingsStore };
type Language = Settings['language'];

/** Saves the form's settings; the saved case filters (kept on the case list) stay. */
async function saveSettings(
  { store }: SettingsDeps,
  input: { settings: Settings },
): Promise<Result<void, CodedError>> {
  const stored = store.repos.settings.all()[0];
  const result = await store.repos.settings.put({
    ...input.settings,
    savedCaseFilters: stored?.savedCaseFilters ?? [],
  });
  return result.ok ? ok(undefined) : failWith(result.error.code, result.error.message);
}

export const settingsOperations = {
  saveSettings,
  /** Records that the first-run setup was shown (once, whatever is done in it). */
  markSetupOffered: ({ store }: SettingsDeps, input: { language: Language }) =>
    markSetupOffered(store, input.language),
  saveOrganisationName: (
    { store }: SettingsDeps,
    input: { language: Language; name: Settings['organisation']['name'] },
  ) => saveOrganisationName(store, input.language, input.name),
} satisfies OperationMap<SettingsDeps>;
