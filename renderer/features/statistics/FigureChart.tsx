import { useTranslation } from 'react-i18next';
import { PairedBarChart } from '../../app/ui/PairedBarChart';

export type ChartBar = { period: string; software: number; website: number };

/**
 * One figure as paired bars per quarter (software solid, website hatched). The image's
 * name speaks every value; the same numbers are in the screen's table.
 */
export function FigureChart({ title, bars }: { title: string; bars: readonly ChartBar[] }) {
  const { t } = useTranslation();
  const values = bars.map((b) => t('statistics.chart.item', b)).join('; ');
  return (
    <PairedBarChart
      caption={title}
      label={t('statistics.chart.summary', { figure: title, values })}
      legend={[t('statistics.chart.legendSoftware'), t('statistics.chart.legendWebsite')]}
      bars={bars.map((b) => ({
        key: b.period,
        label: b.period,
        first: b.software,
        second: b.website,
      }))}
    />
  );
}
