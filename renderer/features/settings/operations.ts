// The settings record's writes as one map of named operations (ARCHITECTURE.md §7b).
import type { Settings } from '../../../shared/model';
import { failWith, ok, type CodedError, type Result } from '../../../shared/result';
import type { OperationMap } from '../../app/operations';
import { updateSettings } from '../../store/settings-update';
import { markSetupOffered, saveOrganisationName } from './first-run';
import { settingsEdit } from './settings-form';
import type { SettingsStore } from './SettingsScreen';

export type SettingsDeps = { readonly store: SettingsStore };
type Language = Settings['language'];

/** Saves the settings form: the fields the analyst changed (against `loaded`, what the form
 *  was filled from) over the record as stored now, in one transaction; the saved case
 *  filters and the first-run mark are never the form's. */
async function saveSettings(
  { store }: SettingsDeps,
  input: { settings: Settings; loaded?: Settings },
): Promise<Result<void, CodedError>> {
  const result = await updateSettings(store, input.settings.language, (stored) =>
    settingsEdit(stored, input.loaded ?? stored, input.settings),
  );
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
