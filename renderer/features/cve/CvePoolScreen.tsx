import { Alert, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cvePoolRows } from '../../../shared/workflow/cve-pool';
import { formatInstant } from '../../app/ui/format-date';
import { usePlatform } from '../../platform';
import { useStore } from '../../store/hooks';
import { useRepoVersion } from '../../store/port';
import { importCveReservation, type CveActionError, type CveStore } from './cve-actions';
import { useCveError } from './use-cve-error';

/** A reservation file is a few KB of JSON; a much larger one is not what cvelib prints. */
const MAX_RESERVATION = 1024 * 1024;

/** The vault's CVE ID pool: import a reservation, see what is reserved, assigned, published. */
export function CvePoolScreen() {
  const { t } = useTranslation();
  const store: CveStore = useStore();
  useRepoVersion(store.repos.cveIds);
  useRepoVersion(store.repos.cases);
  const platform = usePlatform();
  const describe = useCveError();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const isPublished = (caseId: string) => store.repos.cases.get(caseId)?.dates.published != null;
  const { rows, counts } = cvePoolRows(store.repos.cveIds.all(), isPublished);
  const pick = async () => {
    const picked = await platform.openFiles({
      filters: [{ name: 'CVE Services reservation', extensions: ['json'] }],
      multiple: false,
      maxBytes: MAX_RESERVATION,
    });
    const file = picked.ok ? picked.value[0] : undefined;
    if (!picked.ok) return setMessage({ ok: false, text: picked.error.message });
    if (file === undefined) return undefined;
    const text = new TextDecoder().decode(file.bytes);
    const r = await importCveReservation(store, text, new Date().toISOString());
    setMessage(
      r.ok
        ? { ok: true, text: t('cve.imported', { count: r.value.length }) }
        : { ok: false, text: describe(r.error satisfies CveActionError) },
    );
    return undefined;
  };
  const caseRef = (caseId: string) => store.repos.cases.get(caseId)?.ref ?? caseId;
  return (
    <Stack>
      <Title order={2}>{t('cve.title')}</Title>
      <Text size="sm">{t('cve.intro')}</Text>
      <Group>
        <Button onClick={() => void pick()}>{t('cve.import')}</Button>
      </Group>
      {message !== null && (
        <Alert color={message.ok ? 'teal' : 'red'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
      <Card withBorder>
        <Text size="sm" fw={600} data-testid="cve-pool-counts">
          {t('cve.counts', counts)}
        </Text>
        {rows.length === 0 ? (
          <Text size="sm">{t('cve.empty')}</Text>
        ) : (
          <Table aria-label={t('cve.table.caption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cve.table.id')}</Table.Th>
                <Table.Th scope="col">{t('cve.table.status')}</Table.Th>
                <Table.Th scope="col">{t('cve.table.case')}</Table.Th>
                <Table.Th scope="col">{t('cve.table.owner')}</Table.Th>
                <Table.Th scope="col">{t('cve.table.reserved')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ record, status }) => (
                <Table.Tr key={record.id}>
                  <Table.Th scope="row">{record.id}</Table.Th>
                  <Table.Td>{t(`cve.status.${status}`)}</Table.Td>
                  <Table.Td>
                    {record.assignedTo === null ? '—' : caseRef(record.assignedTo.caseId)}
                  </Table.Td>
                  <Table.Td>{record.owningCna}</Table.Td>
                  <Table.Td>{formatInstant(record.reservedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
