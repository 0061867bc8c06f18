import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store/hooks';
import { useRepoVersion } from '../../store/port';
import { AuditEntriesPanel } from './AuditEntriesPanel';
import { AuditLogPanel, BackupPanel, RestoreBackupForm, VerifyBackupPanel } from '../vault';

/** Export & backup: the whole-vault operations (case exports live on each case). */
export function ExportScreen() {
  const { t } = useTranslation();
  const store = useStore();
  useRepoVersion(store.repos.cases);
  const caseCount = store.repos.cases.all().length;
  return (
    <Stack>
      <Title order={2}>{t('common.nav.export')}</Title>
      <Text c="dimmed">{t('exportScreen.intro')}</Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <BackupPanel />
        <AuditLogPanel />
      </SimpleGrid>
      <AuditEntriesPanel />
      <VerifyBackupPanel />
      <Paper p="md" withBorder>
        <Stack>
          <Title order={3}>{t('vault.restore.title')}</Title>
          <RestoreBackupForm storeHasData={caseCount > 0} />
        </Stack>
      </Paper>
    </Stack>
  );
}
