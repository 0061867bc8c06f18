import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../shared/workflow/calendar';
import {
  STAT_FIGURES,
  computeStatistics,
  defaultStatisticsRange,
} from '../../../shared/workflow/statistics';
import { statisticsCsv } from '../../../shared/workflow/statistics-csv';
import { usePlatform } from '../../platform';
import { useCaseViews, useViewNow } from '../../store/case-views';
import { useRepoVersion, type StorePort } from '../../store/port';
import { FigureChart } from './FigureChart';
import { FiguresTable } from './FiguresTable';
import { csvLabels } from './csv-labels';
import './statistics-print.css';

/** What the screen reads besides the case views: every case event (triage decisions). */
export type StatisticsStore = StorePort<'caseEvents'>;

const ZONE = 'Asia/Tokyo';

export function StatisticsScreen({ store }: { store: StatisticsStore }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [range, setRange] = useState(() =>
    defaultStatisticsRange(localDate(new Date().toISOString(), ZONE)),
  );
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  // The cases as every other screen shows them (an older export's case included).
  const views = useCaseViews(useViewNow());
  const eventsVersion = useRepoVersion(store.repos.caseEvents);
  const stats = useMemo(() => {
    void eventsVersion;
    return computeStatistics(
      views.map((v) => v.kase),
      store.repos.caseEvents.all(),
      { ...range, timeZone: ZONE },
    );
  }, [store, range, views, eventsVersion]);

  const exportCsv = async () => {
    if (!stats.ok) return;
    const name = `${t('statistics.export.fileName')}-${range.from}-${range.to}.csv`;
    const r = await platform.saveFile({
      suggestedName: name,
      bytes: new TextEncoder().encode(statisticsCsv(stats.value, csvLabels(t))),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    if (!r.ok)
      setNotice({ ok: false, text: t('statistics.export.failed', { reason: r.error.message }) });
    else if (r.value.saved) setNotice({ ok: true, text: t('statistics.export.saved', { name }) });
  };
  const print = async () => {
    const r = await platform.printToPdf({
      suggestedName: `statistics-${range.from}-${range.to}.pdf`,
    });
    if (!r.ok)
      setNotice({ ok: false, text: t('statistics.export.failed', { reason: r.error.message }) });
  };

  return (
    <Stack className="airlock-statistics-print">
      <Title order={2}>{t('statistics.title')}</Title>
      <Text>{t('statistics.intro')}</Text>
      <Group align="flex-end" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Text component="legend" fw={600} mb="xs">
          {t('statistics.range.legend')}
        </Text>
        <TextInput
          type="date"
          label={t('statistics.range.from')}
          value={range.from}
          onChange={(e) => setRange({ ...range, from: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('statistics.range.to')}
          value={range.to}
          onChange={(e) => setRange({ ...range, to: e.currentTarget.value })}
        />
        <Group className="airlock-no-print">
          <Button color="indigo.9" disabled={!stats.ok} onClick={() => void exportCsv()}>
            {t('statistics.export.csv')}
          </Button>
          <Button
            color="indigo.9"
            variant="outline"
            disabled={!stats.ok}
            onClick={() => void print()}
          >
            {t('statistics.export.print')}
          </Button>
        </Group>
      </Group>
      {notice && (
        <Text role={notice.ok ? 'status' : 'alert'} className="airlock-no-print">
          {notice.text}
        </Text>
      )}
      {!stats.ok ? (
        <Alert
          color="red"
          role="alert"
          styles={{ message: { color: 'var(--mantine-color-text)' } }}
        >
          {t('statistics.range.invalid')}
        </Alert>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            {STAT_FIGURES.map((figure) => (
              <FigureChart
                key={figure}
                title={t(`statistics.figure.${figure}`)}
                bars={stats.value.quarters.map((q) => ({
                  period: q.period,
                  software: q.counts[figure].software,
                  website: q.counts[figure].website,
                }))}
              />
            ))}
            {(['median', 'p90'] as const).map((key) => (
              <FigureChart
                key={key}
                title={t(`statistics.days.${key}`)}
                bars={stats.value.quarters.map((q) => ({
                  period: q.period,
                  software: q.daysToPublication.software[key] ?? 0,
                  website: q.daysToPublication.website[key] ?? 0,
                }))}
              />
            ))}
          </SimpleGrid>
          <FiguresTable stats={stats.value} />
        </>
      )}
    </Stack>
  );
}
