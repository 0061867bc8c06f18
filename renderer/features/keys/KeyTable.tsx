import { Button, Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatFingerprint } from '../../../shared/crypto/pgp';
import type { KeyRecord } from '../../../shared/model/key';
import { keyLabel } from './keyring-model';
import { KeyWarnings } from './KeyWarnings';

export function KeyTable({
  keys,
  onSelect,
}: {
  keys: readonly KeyRecord[];
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
