import { Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MonthBar } from './dashboard-view';

const WIDTH = 560;
const HEIGHT = 180;
const PAD = { top: 10, bottom: 24, left: 24, right: 8 };
const OPENED = '#1864ab';
const CLOSED = '#2b8a3e';

/** Opened/closed bars per month; the numbers are also in a table for screen readers, and
 *  the closed bars are hatched so colour is not the only signal. */
export function MonthChart({ months }: { months: readonly MonthBar[] }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...months.map((m) => Math.max(m.opened, m.closed)));
  const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, months.length);
  const barWidth = Math.max(2, slot / 2 - 3);
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  const opened = months.reduce((n, m) => n + m.opened, 0);
  const closed = months.reduce((n, m) => n + m.closed, 0);
  const summary = t('dashboard.chart.summary', { months: months.length, opened, closed });
  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: WIDTH }}
      >
        <defs>
          <pattern id="closed-hatch" width="4" height="4" patternUnits="userSpaceOnUse">
            <rect width="4" height="4" fill={CLOSED} />
            <path d="M0,4 L4,0" stroke="#fff" strokeWidth="1" />
          </pattern>
        </defs>
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#868e96" />
        <text x={2} y={PAD.top + 8} fontSize="10" fill="#495057">
          {max}
        </text>
        {months.map((m, i) => {
          const x = PAD.left + i * slot + 2;
          return (
            <g key={m.month}>
              <title>{t('dashboard.chart.bar', m)}</title>
              <rect
                x={x}
                y={y(m.opened)}
                width={barWidth}
                height={y(0) - y(m.opened)}
                fill={OPENED}
              />
              <rect
                x={x + barWidth + 2}
                y={y(m.closed)}
                width={barWidth}
                height={y(0) - y(m.closed)}
                fill="url(#closed-hatch)"
              />
              <text x={x + barWidth} y={HEIGHT - 8} fontSize="9" textAnchor="middle" fill="#495057">
                {m.month.slice(5)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <Group gap="md" aria-hidden>
          <Text size="xs">
            <span style={{ color: OPENED }}>■</span> {t('dashboard.chart.opened')}
          </Text>
          <Text size="xs">
            <span style={{ color: CLOSED }}>▨</span> {t('dashboard.chart.closed')}
          </Text>
        </Group>
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
      </figcaption>
    </figure>
  );
}
