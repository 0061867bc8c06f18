import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store/hooks';
import { usePlatform } from '../../platform';
import { StoreProgressText } from './StoreProgressText';
import { useVaultTask } from './use-passphrase-form';

const backupName = (now: Date) =>
  `airlock-backup-${now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.airlock-backup`;

/** `onSaved`: told once a backup file was written (the first-run setup marks its step done). */
export function BackupPanel({ onSaved }: { onSaved?: () => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const platform = usePlatform();
  const [saved, setSaved] = useState<string | null>(null);
  const task = useVaultTask();

  const save = () =>
    task.run(async (onProgress) => {
      setSaved(null);
      const backup = await store.backup(onProgress);
      if (!backup.ok) return t('vault.error.generic', { message: backup.error.message });
      const name = backupName(new Date());
      const result = await platform.saveFile({
        suggestedName: name,
        bytes: backup.value,
        filters: [{ name: 'Airlock backup', extensions: ['airlock-backup'] }],
      });
      if (!result.ok) return result.error.message;
      if (result.value.saved) {
        setSaved(name);
        onSaved?.();
      }
      return null;
    });

  return (
    <Paper p="md" withBorder>
      <Stack>
        <Title order={3}>{t('vault.backup.title')}</Title>
        <Text size="sm">{t('vault.backup.intro')}</Text>
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
