import { Alert, Checkbox, List, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KeyHealth } from '../../../shared/crypto/pgp';
import { healthLine } from './key-health-model';

type Props = {
  healths: readonly KeyHealth[];
  accepted: boolean;
  onAccept: (accepted: boolean) => void;
};

/**
 * What the recipient keys' health means for this seal (issue 27 item 5): refused keys named
 * with why (nothing can be sealed), then warnings the analyst must tick before sealing.
 */
export function KeyHealthNotice({ healths, accepted, onAccept }: Props) {
  const { t } = useTranslation();
  const refused = healths.filter((h) => h.level === 'refused');
  const warned = healths.filter((h) => h.warnings.length > 0);
  if (refused.length === 0 && warned.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="key-health">
      {refused.length > 0 && (
        <Alert color="red" role="alert" title={t('keys.health.refused')}>
          <List size="sm">
            {refused.map((h) => (
              <List.Item key={h.fingerprint}>{healthLine(t, h, h.refusals)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {refused.length === 0 && warned.length > 0 && (
        <Alert color="yellow" title={t('keys.health.warned')}>
          <List size="sm" mb="xs">
            {warned.map((h) => (
              <List.Item key={h.fingerprint}>{healthLine(t, h, h.warnings)}</List.Item>
            ))}
          </List>
          <Checkbox
            label={t('keys.health.accept')}
            checked={accepted}
            onChange={(e) => onAccept(e.currentTarget.checked)}
          />
        </Alert>
      )}
    </Stack>
  );
}
