import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../app/ui/format-date';
import { useSafetyCopyStatus } from './use-safety-copies';

/** Whether the app is keeping its safety copies, so a silent failure is never mistaken for
 *  protection: the analyst is told to make backups themselves when none can be kept. */
export function SafetyCopyStatusText() {
  const { t } = useTranslation();
  const status = useSafetyCopyStatus();
  switch (status.state) {
    case 'pending':
      return <Text size="sm">{t('vault.backup.safety.pending')}</Text>;
    case 'kept':
      return (
        <Text size="sm">
          {t('vault.backup.safety.kept', { at: formatInstant(status.madeAt.toISOString()) })}
        </Text>
      );
    case 'unavailable':
      return (
        <Text size="sm" c="red.8">
          {t('vault.backup.safety.unavailable')}
        </Text>
      );
    case 'failed':
      return (
        <Text size="sm" c="red.8">
          {t('vault.backup.safety.failed', { reason: status.reason })}
        </Text>
      );
  }
}
