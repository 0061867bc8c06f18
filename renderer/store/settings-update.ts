// The one way to change the settings record: read-modify-write inside one store
// transaction. Why: the record is one row that several screens write (the first-run setup,
// the key generator, the settings form, the case list's saved filters); a write that read
// the record before another one committed and then put its whole copy undid that other
// write (the setup's "offered" mark and the new organisation key lost each other).
// Inside `transact` the store's memory holds every earlier write and no other interleaves.
import { defaultSettings, type Settings } from '../../shared/model';
import type { Result } from '../../shared/result';
import type { VaultError } from '../../shared/crypto/vault';
import { SETTINGS_ID } from './registry';

/** What a settings update needs: a transaction that reads and writes the settings row. */
export type SettingsTx = {
  get(table: 'settings', id: string): Settings | undefined;
  put(table: 'settings', record: Settings): void;
};
export type SettingsUpdateStore<X extends SettingsTx> = {
  transact(work: (tx: X) => void): Promise<Result<unknown, VaultError>>;
};

/** The settings as stored now, inside a transaction (defaults in `language` if none yet). */
export const settingsIn = (tx: SettingsTx, language: Settings['language']): Settings =>
  tx.get('settings', SETTINGS_ID) ?? defaultSettings(language);

/**
 * Applies `change` to the settings as stored when the write runs, in one transaction.
 * `change` sees the fresh record and returns the whole next one; it changes only its fields.
 */
export async function updateSettings<X extends SettingsTx>(
  store: SettingsUpdateStore<X>,
  language: Settings['language'],
  change: (stored: Settings) => Settings,
): Promise<Result<void, VaultError>> {
  const result = await store.transact((tx) => {
    tx.put('settings', change(settingsIn(tx, language)));
  });
  return result.ok ? { ok: true, value: undefined } : result;
}
