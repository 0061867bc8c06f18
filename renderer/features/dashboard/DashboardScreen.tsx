import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Case, CaseEvent } from '../../../shared/model';
import { computeDeadlines } from '../../../shared/workflow/deadlines';
import { getPolicyProfile } from '../../../shared/workflow/policy-profiles';
import { foldEvents } from '../../../shared/workflow/timeline';
import { formatInstant } from '../../app/ui/format-date';
import type { Repository } from '../../store/repository';
import { DashboardPanels } from './DashboardPanels';
import { UnreadPanel } from './UnreadPanel';
import { buildDashboard } from './dashboard-view';

type Readable<T> = Pick<Repository<T>, 'all' | 'byCase' | 'subscribe' | 'version'>;

/** What the dashboard reads: the cases and their events (the engine folds and dates them). */
export type DashboardStore = { cases: Readable<Case>; caseEvents: Readable<CaseEvent> };

const MINUTE = 60_000;

/** "Now" ticks every minute so a deadline turns overdue without a reload. */
const useNow = (): string => {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date().toISOString()), MINUTE);
    return () => clearInterval(timer);
  }, []);
  return now;
};

export function DashboardScreen({ store }: { store: DashboardStore }) {
  const { t } = useTranslation();
  const now = useNow();
  const casesVersion = useSyncExternalStore(store.cases.subscribe, store.cases.version);
  const eventsVersion = useSyncExternalStore(store.caseEvents.subscribe, store.caseEvents.version);
  const view = useMemo(() => {
    const inputs = store.cases.all().map((c) => {
      const projection = foldEvents(store.caseEvents.byCase(c.id));
      return {
        projection,
        deadlines: computeDeadlines(projection, getPolicyProfile(c.policyProfile), now),
      };
    });
    return buildDashboard(inputs, now);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, now, casesVersion, eventsVersion]);
  const empty = store.cases.all().length === 0;
  return (
    <Stack>
      <Group justify="space-between" align="baseline">
        <Title order={2}>{t('dashboard.title')}</Title>
        <Text size="sm" c="gray.7">
          {t('dashboard.asOf', { now: formatInstant(now) })}
        </Text>
      </Group>
      {empty && (
        <Text>
          {t('dashboard.empty')}{' '}
          <Anchor c="indigo.9" component={Link} to="/intake">
            {t('dashboard.newReport')}
          </Anchor>
        </Text>
      )}
      <UnreadPanel cases={store.cases.all()} />
      <DashboardPanels view={view} />
    </Stack>
  );
}
