import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PairedBarChart } from '../../app/ui/PairedBarChart';
import type { MonthBar } from './dashboard-view';

/** Opened (solid) and closed (hatched) cases per month; the numbers are also in a table
 *  for screen readers. */
export function MonthChart({ months }: { months: readonly MonthBar[] }) {
  const { t } = useTranslation();
  const opened = months.reduce((n, m) => n + m.opened, 0);
  const closed = months.reduce((n, m) => n + m.closed, 0);
  return (
    <PairedBarChart
      width={560}
      height={180}
      label={t('dashboard.chart.summary', { months: months.length, opened, closed })}
      legend={[t('dashboard.chart.opened'), t('dashboard.chart.closed')]}
      bars={months.map((m) => ({
        key: m.month,
        label: m.month.slice(5),
        first: m.opened,
        second: m.closed,
        title: t('dashboard.chart.bar', m),
      }))}
    >
      <VisuallyHidden>
        <Table>
          <Table.Caption>{t('dashboard.chart.title')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboard.chart.month')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.chart.opened')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.chart.closed')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {months.map((m) => (
              <Table.Tr key={m.month}>
                <Table.Th scope="row">{m.month}</Table.Th>
                <Table.Td>{m.opened}</Table.Td>
                <Table.Td>{m.closed}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </PairedBarChart>
  );
}
