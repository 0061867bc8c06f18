import { Alert, List, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClearanceBreach } from '../../../shared/workflow/clearance';

/**
 * Lists the recipients cleared below the case's TLP (the rule is in
 * shared/workflow/clearance.ts) and takes the analyst's override reason.
 */
export function ClearanceGuard({
  breaches,
  reason,
  onReason,
}: {
  breaches: readonly ClearanceBreach[];
  reason: string;
  onReason: (reason: string) => void;
}) {
  const { t } = useTranslation();
  if (breaches.length === 0) return null;
  return (
    <Alert color="red" title={t('bundles.clearance.title')}>
      <Stack gap="xs">
        <List size="sm">
          {breaches.map((b) => (
            <List.Item key={b.recipient}>
              {t('bundles.clearance.breach', {
                name: b.recipient,
                clearance: b.clearance,
                tlp: b.tlp,
              })}
            </List.Item>
          ))}
        </List>
        <TextInput
          label={t('bundles.clearance.reason')}
          description={t('bundles.clearance.reasonHint')}
          value={reason}
          onChange={(e) => onReason(e.currentTarget.value)}
        />
      </Stack>
    </Alert>
  );
}
