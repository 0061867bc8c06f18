import { Badge, Button, Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatFingerprint, type KeyHealth } from '../../../shared/crypto/pgp';
import type { KeyRecord } from '../../../shared/model/key';
import { keyLabel } from './keyring-model';
import { KeyWarnings } from './KeyWarnings';
import { healthLine } from './key-health-model';

const HEALTH_COLOUR = { ok: 'green', warned: 'yellow', refused: 'red' } as const;

/** The key's health for sealing, with each issue in words (the colour repeats the text). */
function HealthCell({ health }: { health: KeyHealth | undefined }) {
  const { t } = useTranslation();
  if (health === undefined) return <Text size="xs">{t('keys.health.checking')}</Text>;
  const issues = [...health.refusals, ...health.warnings];
  return (
    <Stack gap={2} data-testid="key-health-cell">
      <Badge color={HEALTH_COLOUR[health.level]} variant="light" c="dark.9">
        {t(`keys.health.badge.${health.level}`)}
      </Badge>
      {issues.length > 0 && <Text size="xs">{healthLine(t, health, issues)}</Text>}
    </Stack>
  );
}

export function KeyTable({
  keys,
  healths,
  onSelect,
}: {
  keys: readonly KeyRecord[];
  healths: ReadonlyMap<string, KeyHealth> | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (keys.length === 0) return <Text c="gray.7">{t('keys.list.empty')}</Text>;
  return (
    <Table striped aria-label={t('keys.list.heading')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('keys.list.userId')}</Table.Th>
          <Table.Th>{t('keys.list.fingerprint')}</Table.Th>
          <Table.Th>{t('keys.list.kind')}</Table.Th>
          <Table.Th>{t('keys.list.status')}</Table.Th>
          <Table.Th>{t('keys.health.heading')}</Table.Th>
          <Table.Th>{t('keys.list.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {keys.map((k) => (
          <Table.Tr key={k.id}>
            <Table.Td>{keyLabel(k)}</Table.Td>
            <Table.Td>
              <Code>{formatFingerprint(k.fingerprint)}</Code>
            </Table.Td>
            <Table.Td>{t(`keys.list.kinds.${k.kind}`)}</Table.Td>
            <Table.Td>
              <KeyWarnings record={k} />
            </Table.Td>
            <Table.Td>
              <HealthCell health={healths?.get(k.id)} />
            </Table.Td>
            <Table.Td>
              <Button size="xs" variant="light" c="dark.9" onClick={() => onSelect(k.id)}>
                {t('keys.list.details', { name: keyLabel(k) })}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
