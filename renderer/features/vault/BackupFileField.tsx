import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PickedFile } from '../../../shared/ipc/contract';

/** The "choose backup file" button with the file chosen (restore and "Verify backup"). */
export function BackupFileField({ file, onPick }: { file: PickedFile | null; onPick: () => void }) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button variant="default" onClick={onPick}>
        {t('vault.restore.pick')}
      </Button>
      <Text size="sm" aria-live="polite">
        {file === null
          ? t('vault.restore.noFile')
          : t('vault.restore.file', { name: file.name, size: file.size })}
      </Text>
    </Group>
  );
}
