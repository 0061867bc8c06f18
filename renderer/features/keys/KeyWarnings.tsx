import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KeyRecord } from '../../../shared/model/key';
import { recordUsability } from './keyring-model';

/** A key's state as text badges (the colour only repeats what the text says). */
export function KeyWarnings({ record }: { record: KeyRecord }) {
  const { t } = useTranslation();
  const { warnings } = recordUsability(record);
  if (warnings.length === 0) {
    return (
      <Badge color="green" variant="light" c="dark.9">
        {t('keys.warnings.ok')}
      </Badge>
    );
  }
  return (
    <Group gap={4}>
      {warnings.map((w) => (
        <Badge
          c="dark.9"
          key={w}
          color={w === 'unverified' || w === 'expires-soon' ? 'yellow' : 'red'}
          variant="light"
        >
          {t(`keys.warnings.${w}`)}
        </Badge>
      ))}
    </Group>
  );
}
