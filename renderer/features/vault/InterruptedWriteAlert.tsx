import { Alert, CloseButton, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../app/ui/format-date';
import { useStore } from '../../store/hooks';

/** Shown above the app after an unlock that found a write of the last session that never
 *  committed (a crash mid-write): what it was, and that nothing of it was kept. */
export function InterruptedWriteAlert() {
  const { t } = useTranslation();
  const store = useStore();
  const [dismissed, setDismissed] = useState(false);
  const lost = store.interruptedWrite();
  if (dismissed || lost === null) return null;
  const what = t(`interruptedWrite.what.${lost.kind}`, {
    count: lost.records,
    at: formatInstant(lost.startedAt),
  });
  return (
    <Alert color="yellow" role="alert" m="md" title={t('interruptedWrite.title')}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm">{t('interruptedWrite.body', { what })}</Text>
        <CloseButton
          aria-label={t('interruptedWrite.dismiss')}
          onClick={() => setDismissed(true)}
        />
      </Group>
    </Alert>
  );
}
