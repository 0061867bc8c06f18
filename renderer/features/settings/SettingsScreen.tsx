import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultSettings, type Settings } from '../../../shared/model';
import { changeLanguage, useLang } from '../../i18n';
import { useRepoVersion, type StorePort } from '../../store/port';
import { SettingsForm } from './SettingsForm';
import { failWith, ok } from '../../../shared/result';

/** The settings record of the vault (one per vault). */
export type SettingsStore = StorePort<'settings'>;

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
  const save = async (next: Settings) => {
    const stored = store.repos.settings.all()[0];
    const result = await store.repos.settings.put({
      ...next,
      savedCaseFilters: stored?.savedCaseFilters ?? [],
    });
    if (!result.ok) return failWith(result.error.code, result.error.message);
    await changeLanguage(next.language);
    return ok(undefined);
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
