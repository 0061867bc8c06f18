import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultSettings, type Settings } from '../../../shared/model';
import { changeLanguage, useLang } from '../../i18n';
import { useRepoVersion, type StorePort } from '../../store/port';
import { SettingsForm } from './SettingsForm';
import { useOperations } from '../../app/operations';
import { settingsOperations } from './operations';

/** The settings record of the vault (one per vault). */
export type SettingsStore = StorePort<'settings', 'transact'>;

export function SettingsScreen({
  store,
  security,
}: {
  store: SettingsStore;
  security?: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  useRepoVersion(store.repos.settings);
  // Before the first save, the form starts from the language the user already chose.
  const settings = store.repos.settings.all()[0] ?? defaultSettings(lang);
  const ops = useOperations(settingsOperations);
  const save = async (next: Settings, loaded: Settings) => {
    const result = await ops.saveSettings({ settings: next, loaded });
    if (result.ok) await changeLanguage(next.language);
    return result;
  };
  return (
    <Stack>
      <Title order={2}>{t('settings.title')}</Title>
      <SettingsForm settings={settings} onSave={save} />
      {security !== undefined && (
        <section aria-labelledby="settings-security">
          <Title order={3} id="settings-security" mb="sm">
            {t('settings.security')}
          </Title>
          {security}
        </section>
      )}
    </Stack>
  );
}
