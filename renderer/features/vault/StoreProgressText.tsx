import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StoreProgress } from '../../store/types';

/** Long vault work (KDF, decrypting, backup) says what it is doing while it runs. */
export function StoreProgressText({ progress }: { progress: StoreProgress | null }) {
  const { t } = useTranslation();
  if (progress === null) return null;
  return (
    <Group gap="xs" role="status" aria-live="polite">
      <Loader size="xs" />
      <Text size="sm">
        {t(`vault.progress.${progress.phase}`, {
          done: progress.done ?? 0,
          total: progress.total ?? 0,
        })}
      </Text>
    </Group>
  );
}
