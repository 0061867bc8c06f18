// The settings writes of the first-run setup. Each reads the record as stored at the moment
// it writes (the key step writes the same record in between) and keeps everything else.
import { defaultSettings, type Settings } from '../../../shared/model';
import { failWith, ok, type CodedError, type Result } from '../../../shared/result';
import type { SettingsStore } from './SettingsScreen';

type Language = Settings['language'];

async function update(
  store: SettingsStore,
  language: Language,
  change: (settings: Settings) => Settings,
): Promise<Result<void, CodedError>> {
  const stored = store.repos.settings.all()[0] ?? defaultSettings(language);
  const result = await store.repos.settings.put(change(stored));
  return result.ok ? ok(undefined) : failWith(result.error.code, result.error.message);
}

/** Whether this vault has yet to be shown the first-run setup. */
export const setupPending = (store: SettingsStore): boolean =>
  store.repos.settings.all()[0]?.setupOffered !== true;

/** Records that the setup was shown: it is offered once, whatever is done or skipped in it. */
export const markSetupOffered = (store: SettingsStore, language: Language) =>
  setupPending(store)
    ? update(store, language, (s) => ({ ...s, setupOffered: true }))
    : Promise.resolve(ok(undefined));

/** The organisation's name as letters and advisories print it (also edited in Settings). */
export const saveOrganisationName = (
  store: SettingsStore,
  language: Language,
  name: Settings['organisation']['name'],
) =>
  update(store, language, (s) => ({
    ...s,
    organisation: { ...s.organisation, name: { ja: name.ja.trim(), en: name.en.trim() } },
  }));
