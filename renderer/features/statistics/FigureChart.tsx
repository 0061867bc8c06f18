import { Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type ChartBar = { period: string; software: number; website: number };

const WIDTH = 520;
const HEIGHT = 170;
const PAD = { top: 12, bottom: 26, left: 30, right: 8 };
const SOFTWARE = '#1864ab';
const WEBSITE = '#2b8a3e';

/**
 * One figure as grouped bars per quarter (software solid, website hatched, so colour is
 * not the only signal). The SVG is one image with a spoken summary of every value; the
 * same numbers are in the screen's table.
 */
export function FigureChart({ title, bars }: { title: string; bars: readonly ChartBar[] }) {
  const { t } = useTranslation();
  const id = useId();
  const hatch = `${id}-hatch`.replace(/:/g, '');
  const max = Math.max(1, ...bars.map((b) => Math.max(b.software, b.website)));
  const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, bars.length);
  const barWidth = Math.max(3, Math.min(28, slot / 2 - 4));
  const plot = HEIGHT - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plot - (v / max) * plot;
  const values = bars.map((b) => t('statistics.chart.item', b)).join('; ');
  return (
    <figure style={{ margin: 0, breakInside: 'avoid' }}>
      <Text component="figcaption" fw={600} size="sm">
        {title}
      </Text>
      <svg
        role="img"
        aria-label={t('statistics.chart.summary', { figure: title, values })}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: WIDTH }}
      >
        <defs>
          <pattern id={hatch} width="5" height="5" patternUnits="userSpaceOnUse">
            <rect width="5" height="5" fill={WEBSITE} />
            <path d="M0,5 L5,0" stroke="#fff" strokeWidth="1.2" />
          </pattern>
        </defs>
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#868e96" />
        <text x={2} y={PAD.top + 8} fontSize="10" fill="#495057">
          {max}
        </text>
        {bars.map((b, i) => {
          const x = PAD.left + i * slot + slot / 2 - barWidth - 1;
          return (
            <g key={b.period}>
              <rect
                x={x}
                y={y(b.software)}
                width={barWidth}
                height={y(0) - y(b.software)}
                fill={SOFTWARE}
              />
              <rect
                x={x + barWidth + 2}
                y={y(b.website)}
                width={barWidth}
                height={y(0) - y(b.website)}
                fill={`url(#${hatch})`}
              />
              <text
                x={x + barWidth}
                y={HEIGHT - 8}
                fontSize="10"
                textAnchor="middle"
                fill="#495057"
              >
                {b.period}
              </text>
            </g>
          );
        })}
      </svg>
      <Group gap="md" aria-hidden>
        <Text size="xs">
          <span style={{ color: SOFTWARE }}>■</span> {t('statistics.chart.legendSoftware')}
        </Text>
        <Text size="xs">
          <span style={{ color: WEBSITE }}>▨</span> {t('statistics.chart.legendWebsite')}
        </Text>
      </Group>
    </figure>
  );
}
