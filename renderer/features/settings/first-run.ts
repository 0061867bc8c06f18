// The settings writes of the first-run setup. Each is a field-level update of the record as
// stored when it runs (`updateSettings`: read, change, write in one transaction), so the
// key step, the settings form or another screen writing the same record in between is kept.
import type { Settings } from '../../../shared/model';
import { failWith, ok, type CodedError, type Result } from '../../../shared/result';
import { updateSettings } from '../../store/settings-update';
import type { SettingsStore } from './SettingsScreen';

type Language = Settings['language'];

async function update(
  store: SettingsStore,
  language: Language,
  change: (settings: Settings) => Settings,
): Promise<Result<void, CodedError>> {
  const result = await updateSettings(store, language, change);
  return result.ok ? ok(undefined) : failWith(result.error.code, result.error.message);
}

/** Whether this vault has yet to be shown the first-run setup. */
export const setupPending = (store: SettingsStore): boolean =>
  store.repos.settings.all()[0]?.setupOffered !== true;

/**
 * Records that the setup was offered: once the analyst acts on it (a step saved) or leaves
 * it (finished, or another screen chosen). Never when it is drawn: a write then raced what
 * the analyst typed next. Offered once, whatever was done or skipped in it.
 */
export const markSetupOffered = (store: SettingsStore, language: Language) =>
  setupPending(store)
    ? update(store, language, (s) => ({ ...s, setupOffered: true }))
    : Promise.resolve(ok(undefined));

/** The organisation's name as letters and advisories print it (also edited in Settings);
 *  saving it is acting on the setup. */
export const saveOrganisationName = (
  store: SettingsStore,
  language: Language,
  name: Settings['organisation']['name'],
) =>
  update(store, language, (s) => ({
    ...s,
    setupOffered: true,
    organisation: { ...s.organisation, name: { ja: name.ja.trim(), en: name.en.trim() } },
  }));
