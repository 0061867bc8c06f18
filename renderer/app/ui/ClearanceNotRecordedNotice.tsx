import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClearanceNotRecorded } from '../../../shared/workflow/clearance';

/** Recipients of AMBER-or-above data whose clearance was never recorded (rule:
 *  `clearanceNotRecorded` in shared/workflow/clearance.ts): a warning, never a refusal. The
 *  composer and the bundle export show the same one. */
export function ClearanceNotRecordedNotice({
  warnings,
}: {
  warnings: readonly ClearanceNotRecorded[];
}) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" title={t('common.clearance.notRecordedTitle')}>
      <List size="sm">
        {warnings.map((w) => (
          <List.Item key={w.recipient}>
            {t('common.clearance.notRecorded', { name: w.recipient, tlp: w.tlp })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
