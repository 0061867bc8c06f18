import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BundleImportPanel } from '../bundles';
import { MessagesImportPanel } from './MessagesImportPanel';

/** `/import`: vendor replies (messages) and case bundles, each previewed before writing. */
export function ImportScreen() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('import.title')}</Title>
      <Tabs defaultValue="messages" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="messages">{t('import.tabs.messages')}</Tabs.Tab>
          <Tabs.Tab value="bundles">{t('import.tabs.bundles')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="messages" pt="md">
          <MessagesImportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="bundles" pt="md">
          <BundleImportPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
