import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOperations } from '../../app/operations';
import { vaultOperations } from './operations';
import { SafetyCopyStatusText } from './SafetyCopyStatusText';
import { StoreProgressText } from './StoreProgressText';
import { useVaultTask } from './use-passphrase-form';

/** `onSaved`: told once a backup file was written (the first-run setup marks its step done). */
export function BackupPanel({ onSaved }: { onSaved?: () => void }) {
  const { t } = useTranslation();
  const ops = useOperations(vaultOperations);
  const [saved, setSaved] = useState<string | null>(null);
  const task = useVaultTask();

  const save = () =>
    task.run(async (onProgress) => {
      setSaved(null);
      const result = await ops.saveBackup({ now: new Date(), onProgress });
      if (!result.ok) {
        const { stage, message } = result.error;
        return stage === 'backup' ? t('vault.error.generic', { message }) : message;
      }
      if (result.value.saved !== null) {
        setSaved(result.value.saved);
        onSaved?.();
      }
      return null;
    });

  return (
    <Paper p="md" withBorder>
      <Stack>
        <Title order={3}>{t('vault.backup.title')}</Title>
        <Text size="sm">{t('vault.backup.intro')}</Text>
        <SafetyCopyStatusText />
        {task.error !== null && <Alert color="red">{task.error}</Alert>}
        {saved !== null && <Alert color="green">{t('vault.backup.saved', { name: saved })}</Alert>}
        <StoreProgressText progress={task.progress} />
        <Button onClick={() => void save()} loading={task.busy} w="fit-content">
          {t('vault.backup.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
