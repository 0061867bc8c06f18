import type { TFunction } from 'i18next';
import type { StatisticsCsvLabels } from '../../../shared/workflow/statistics-csv';

/** The CSV header words in the analyst's language (the CSV builder itself is language-free). */
export const csvLabels = (t: TFunction): StatisticsCsvLabels => ({
  period: t('statistics.table.period'),
  from: t('statistics.table.from'),
  to: t('statistics.table.to'),
  total: t('statistics.table.total'),
  figure: {
    received: t('statistics.figure.received'),
    accepted: t('statistics.figure.accepted'),
    declined: t('statistics.figure.declined'),
    published: t('statistics.figure.published'),
    closed: t('statistics.figure.closed'),
    disputed: t('statistics.figure.disputed'),
  },
  column: {
    software: t('statistics.column.software'),
    website: t('statistics.column.website'),
    total: t('statistics.column.total'),
  },
  median: t('statistics.days.median'),
  p90: t('statistics.days.p90'),
});
