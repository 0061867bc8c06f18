import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DEFAULT_VENDOR_NO_REPLY_BUSINESS_DAYS } from '../../../shared/model';
import { computeDeadlines } from '../../../shared/workflow/deadlines';
import { getPolicyProfile } from '../../../shared/workflow/policy-profiles';
import { foldEvents } from '../../../shared/workflow/timeline';
import { silentVendors } from '../../../shared/workflow/vendor-status';
import { formatInstant } from '../../app/ui/format-date';
import { useRepoVersion, type StorePort } from '../../store/port';
import { DashboardPanels } from './DashboardPanels';
import { SilentVendorsPanel, type SilentVendorItem } from './SilentVendorsPanel';
import { UnreadPanel } from './UnreadPanel';
import { buildDashboard } from './dashboard-view';

/** What the dashboard reads: the cases and their events (the engine folds and dates them),
 *  contacts for vendor names and the no-reply threshold from Settings. */
export type DashboardStore = StorePort<'cases' | 'caseEvents' | 'contacts' | 'settings'>;

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
  const casesVersion = useRepoVersion(store.repos.cases);
  const eventsVersion = useRepoVersion(store.repos.caseEvents);
  const threshold =
    store.repos.settings.all()[0]?.vendorNoReplyBusinessDays ??
    DEFAULT_VENDOR_NO_REPLY_BUSINESS_DAYS;
  const { view, silent } = useMemo(() => {
    const inputs = store.repos.cases.all().map((c) => {
      const projection = foldEvents(store.repos.caseEvents.byCase(c.id));
      return {
        projection,
        deadlines: computeDeadlines(projection, getPolicyProfile(c.policyProfile), now),
      };
    });
    const silentItems: SilentVendorItem[] = inputs.flatMap(({ projection }) => {
      const c = projection.case;
      if (c === null || c.states.report === 'closed') return [];
      return silentVendors(projection, now, threshold).map((s) => ({ case: c, ...s }));
    });
    silentItems.sort((a, b) => b.businessDays - a.businessDays);
    return { view: buildDashboard(inputs, now), silent: silentItems };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, now, casesVersion, eventsVersion, threshold]);
  const contacts = new Map(store.repos.contacts.all().map((c) => [c.id as string, c]));
  const empty = store.repos.cases.all().length === 0;
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
      <UnreadPanel cases={store.repos.cases.all()} />
      <SilentVendorsPanel items={silent} threshold={threshold} contacts={contacts} />
      <DashboardPanels view={view} />
    </Stack>
  );
}
