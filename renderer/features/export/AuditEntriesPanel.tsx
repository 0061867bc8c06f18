import { Group, Pagination, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../app/ui/format-date';
import { useStore } from '../../store/hooks';
import { useRepoVersion } from '../../store/port';
import type { WritableTable } from '../../store/store';
import { eventTypeKey } from '../cases';
import { auditPage, type AuditLookup, type AuditRow } from './audit-entries';
import { exportScreenMessages } from './messages';

/** The record kinds the catalog names (the same in both languages, a parity test checks). */
const KNOWN_TABLES: ReadonlySet<string> = new Set(
  Object.keys(exportScreenMessages.en.audit.tables),
);

/**
 * The audit log's entries, newest first, a page at a time: what each change was (a case
 * event by its timeline label, e.g. the hand-over) and which case it belongs to. Verify
 * (the panel beside it) says whether the chain holds; this says what it records.
 */
export function AuditEntriesPanel() {
  const { t } = useTranslation();
  const store = useStore();
  const { repos } = store;
  const { audit, cases } = repos;
  useRepoVersion(audit);
  useRepoVersion(cases);
  const [page, setPage] = useState(0);
  const [caseRef, setCaseRef] = useState('');
  const lookup = useMemo<AuditLookup>(
    () => ({
      // Attachments are not kept in memory: their entries keep only table and id.
      record: (table, id) =>
        table !== 'audit' && Object.hasOwn(repos, table)
          ? repos[table as WritableTable].get(id)
          : undefined,
    }),
    [repos],
  );
  const shown = auditPage(audit.all(), lookup, { page, caseRef });
  const what = (row: AuditRow) =>
    row.eventType !== null
      ? t(eventTypeKey(row.eventType))
      : KNOWN_TABLES.has(row.table)
        ? t(`exportScreen.audit.tables.${row.table}` as 'exportScreen.audit.tables.cases')
        : row.table;
  return (
    <Paper p="md" withBorder>
      <Stack>
        <Title order={3}>{t('exportScreen.audit.title')}</Title>
        <Text size="sm">{t('exportScreen.audit.intro')}</Text>
        <TextInput
          label={t('exportScreen.audit.filter')}
          value={caseRef}
          onChange={(e) => {
            setCaseRef(e.currentTarget.value);
            setPage(0);
          }}
          w="fit-content"
        />
        {shown.rows.length === 0 ? (
          <Text size="sm">{t('exportScreen.audit.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table striped>
              <Table.Caption>
                {t('exportScreen.audit.caption', { page: shown.page + 1, pages: shown.pages })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('exportScreen.audit.columns.seq')}</Table.Th>
                  <Table.Th>{t('exportScreen.audit.columns.at')}</Table.Th>
                  <Table.Th>{t('exportScreen.audit.columns.case')}</Table.Th>
                  <Table.Th>{t('exportScreen.audit.columns.what')}</Table.Th>
                  <Table.Th>{t('exportScreen.audit.columns.op')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.rows.map((row) => (
                  <Table.Tr key={row.seq}>
                    <Table.Td>{row.seq}</Table.Td>
                    <Table.Td>{formatInstant(row.at)}</Table.Td>
                    <Table.Td>{row.caseRef ?? ''}</Table.Td>
                    <Table.Td title={`${row.table} ${row.recordId}`}>{what(row)}</Table.Td>
                    <Table.Td>{t(`exportScreen.audit.ops.${row.op}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {shown.pages > 1 && (
          <Group>
            <Pagination
              total={shown.pages}
              value={shown.page + 1}
              onChange={(p) => setPage(p - 1)}
              getControlProps={(control) => ({
                'aria-label': t(`exportScreen.audit.pages.${control}`),
              })}
              getItemProps={(p) => ({
                'aria-label': t('exportScreen.audit.pages.page', { page: p }),
              })}
            />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
