import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DEFAULT_BACKUP_REMINDER_DAYS, type Settings } from '../../../shared/model';
import { backupReminder } from '../../../shared/workflow/backup-reminder';
import { formatInstant } from '../../app/ui/format-date';

/** The dashboard's reminder to make and verify a backup (the rule: backup-reminder.ts). */
export function BackupReminderAlert({
  settings,
  now,
}: {
  settings: Settings | undefined;
  now: string;
}) {
  const { t } = useTranslation();
  const reminder = backupReminder(
    settings?.lastVerifiedBackup ?? null,
    settings?.backupReminderDays ?? DEFAULT_BACKUP_REMINDER_DAYS,
    new Date(now),
  );
  if (!reminder.due) return null;
  return (
    <Alert color="yellow" role="status" title={t('vault.reminder.title')}>
      <Text size="sm">
        {reminder.reason === 'never-verified'
          ? t('vault.reminder.never')
          : t('vault.reminder.old', {
              days: reminder.days,
              made: formatInstant(reminder.madeAt),
            })}{' '}
        <Anchor component={Link} to="/export" c="indigo.9">
          {t('vault.reminder.link')}
        </Anchor>
      </Text>
    </Alert>
  );
}
