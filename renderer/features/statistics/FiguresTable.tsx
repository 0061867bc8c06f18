import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  STAT_FIGURES,
  type DayStats,
  type PeriodFigures,
  type StatColumn,
  type Statistics,
} from '../../../shared/workflow/statistics';

const COLUMNS: readonly StatColumn[] = ['software', 'website', 'total'];

/** Every number of the screen in one table (rows: quarters and the whole period). */
export function FiguresTable({ stats }: { stats: Statistics }) {
  const { t } = useTranslation();
  const days = (d: DayStats, key: 'median' | 'p90') => {
    const v = d[key];
    return v === null ? t('statistics.days.none') : String(v);
  };
  const row = (p: PeriodFigures) => (
    <Table.Tr key={p.period}>
      <Table.Th scope="row">
        {p.period === 'total' ? t('statistics.table.total') : p.period}
        <br />
        {p.from} – {p.to}
      </Table.Th>
      {STAT_FIGURES.flatMap((f) =>
        COLUMNS.map((c) => <Table.Td key={`${f}-${c}`}>{p.counts[f][c]}</Table.Td>),
      )}
      {(['median', 'p90'] as const).flatMap((key) =>
        COLUMNS.map((c) => (
          <Table.Td key={`${key}-${c}`}>{days(p.daysToPublication[c], key)}</Table.Td>
        )),
      )}
    </Table.Tr>
  );
  return (
    // A wide table scrolls in its own region, which must be reachable by keyboard (axe
    // scrollable-region-focusable) and named for screen readers.
    <div
      role="region"
      aria-label={t('statistics.table.caption')}
      tabIndex={0}
      style={{ overflowX: 'auto' }}
    >
      <Table withTableBorder withColumnBorders striped miw={900}>
        <Table.Caption style={{ color: 'var(--mantine-color-text)' }}>
          {t('statistics.table.caption')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={2} scope="col">
              {t('statistics.table.period')}
            </Table.Th>
            {STAT_FIGURES.map((f) => (
              <Table.Th key={f} colSpan={3} scope="colgroup">
                {t(`statistics.figure.${f}`)}
              </Table.Th>
            ))}
            <Table.Th colSpan={3} scope="colgroup">
              {t('statistics.days.median')}
            </Table.Th>
            <Table.Th colSpan={3} scope="colgroup">
              {t('statistics.days.p90')}
            </Table.Th>
          </Table.Tr>
          <Table.Tr>
            {[...STAT_FIGURES, 'median', 'p90'].flatMap((f) =>
              COLUMNS.map((c) => (
                <Table.Th key={`${f}-${c}`} scope="col">
                  {t(`statistics.column.${c}`)}
                </Table.Th>
              )),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stats.quarters.map(row)}
          {row(stats.total)}
        </Table.Tbody>
      </Table>
    </div>
  );
}
