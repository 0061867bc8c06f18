import { Group, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** One period's pair of values: the first series drawn solid, the second hatched. */
export type PairedBar = {
  key: string;
  /** The short label under the pair (a month, a quarter). */
  label: string;
  first: number;
  second: number;
  /** A tooltip for the pair. */
  title?: string;
};

const PAD = { top: 12, bottom: 26, left: 30, right: 8 };
const FIRST = '#1864ab';
const SECOND = '#2b8a3e';

/**
 * Paired bars per period, the one bar chart of the app (dashboard months, statistics
 * quarters). The second series is hatched so colour is not the only signal; the SVG is one
 * image whose name is `label`, a spoken summary of what it shows. Strings come translated.
 */
export function PairedBarChart({
  bars,
  label,
  legend,
  caption,
  width = 520,
  height = 170,
  children,
}: {
  bars: readonly PairedBar[];
  label: string;
  legend: readonly [string, string];
  /** The figure's caption, above the chart. */
  caption?: ReactNode;
  width?: number;
  height?: number;
  /** Inside the figure after the legend (e.g. the values as a table for screen readers). */
  children?: ReactNode;
}) {
  // One pattern id per chart: several charts share a page.
  const hatch = `${useId()}-hatch`.replace(/:/g, '');
  const max = Math.max(1, ...bars.map((b) => Math.max(b.first, b.second)));
  const slot = (width - PAD.left - PAD.right) / Math.max(1, bars.length);
  const barWidth = Math.max(3, Math.min(28, slot / 2 - 4));
  const plot = height - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plot - (v / max) * plot;
  return (
    <figure style={{ margin: 0, breakInside: 'avoid' }}>
      {caption !== undefined && (
        <Text component="figcaption" fw={600} size="sm">
          {caption}
        </Text>
      )}
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width }}
      >
        <defs>
          <pattern id={hatch} width="5" height="5" patternUnits="userSpaceOnUse">
            <rect width="5" height="5" fill={SECOND} />
            <path d="M0,5 L5,0" stroke="#fff" strokeWidth="1.2" />
          </pattern>
        </defs>
        <line x1={PAD.left} x2={width - PAD.right} y1={y(0)} y2={y(0)} stroke="#868e96" />
        <text x={2} y={PAD.top + 8} fontSize="10" fill="#495057">
          {max}
        </text>
        {bars.map((b, i) => {
          const x = PAD.left + i * slot + slot / 2 - barWidth - 1;
          return (
            <g key={b.key}>
              {b.title !== undefined && <title>{b.title}</title>}
              <rect x={x} y={y(b.first)} width={barWidth} height={y(0) - y(b.first)} fill={FIRST} />
              <rect
                x={x + barWidth + 2}
                y={y(b.second)}
                width={barWidth}
                height={y(0) - y(b.second)}
                fill={`url(#${hatch})`}
              />
              <text
                x={x + barWidth}
                y={height - 8}
                fontSize="10"
                textAnchor="middle"
                fill="#495057"
              >
                {b.label}
              </text>
            </g>
          );
        })}
      </svg>
      <Group gap="md" aria-hidden>
        <Text size="xs">
          <span style={{ color: FIRST }}>■</span> {legend[0]}
        </Text>
        <Text size="xs">
          <span style={{ color: SECOND }}>▨</span> {legend[1]}
        </Text>
      </Group>
      {children}
    </figure>
  );
}
