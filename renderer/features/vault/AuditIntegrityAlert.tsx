import { Alert, CloseButton, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditIntegrity } from '../../store/hooks';
import { integrityLines } from './integrity-text';

/** Shown above the app after an unlock that found the audit log truncated or rolled back.
 *  A large vault opens before its audit rows are all checked: the verdict comes later. */
export function AuditIntegrityAlert() {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  const lines = integrityLines(useAuditIntegrity());
  if (dismissed || lines.length === 0) return null;
  return (
    <Alert color="red" role="alert" m="md" title={t('vault.integrity.title')}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <List size="sm">
            {lines.map((line) => (
              <List.Item key={line.key}>{t(`vault.integrity.${line.key}`, line.values)}</List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            {t('vault.integrity.hint')}
          </Text>
        </div>
        <CloseButton aria-label={t('vault.integrity.dismiss')} onClick={() => setDismissed(true)} />
      </Group>
    </Alert>
  );
}
