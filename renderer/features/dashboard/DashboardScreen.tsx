import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DEFAULT_VENDOR_NO_REPLY_BUSINESS_DAYS, nameOf } from '../../../shared/model';
import { useLang } from '../../i18n';
import { formatInstant } from '../../app/ui/format-date';
import { useCaseViews, useViewNow } from '../../store/case-views';
import { useRepoVersion } from '../../store/port';
import { BackupReminderAlert } from '../vault';
import { DashboardPanels } from './DashboardPanels';
import { SilentVendorsPanel } from './SilentVendorsPanel';
import { UnreadPanel } from './UnreadPanel';
import { dashboardOf, type DashboardStore } from './dashboard-data';

export type { DashboardStore } from './dashboard-data';

export function DashboardScreen({ store }: { store: DashboardStore }) {
  const { t } = useTranslation();
  // "Now" turns with the minute, so a deadline turns overdue without a reload.
  const now = useViewNow();
  const views = useCaseViews(now);
  const settingsVersion = useRepoVersion(store.repos.settings);
  const threshold = useMemo(() => {
    void settingsVersion;
    return (
      store.repos.settings.all()[0]?.vendorNoReplyBusinessDays ??
      DEFAULT_VENDOR_NO_REPLY_BUSINESS_DAYS
    );
  }, [store, settingsVersion]);
  const { view, silent, unread } = useMemo(
    () => dashboardOf(views, now, threshold),
    [views, now, threshold],
  );
  const lang = useLang();
  const contacts = new Map(store.repos.contacts.all().map((c) => [c.id as string, c]));
  // The vendor a row is about, named alike in every panel that lists vendors.
  const vendorName = (id: string) => {
    const c = contacts.get(id);
    return c === undefined ? id : nameOf(c, lang);
  };
  const empty = views.length === 0;
  return (
    <Stack>
      <Group justify="space-between" align="baseline">
        <Title order={2}>{t('dashboard.title')}</Title>
        <Text size="sm" c="gray.7">
          {t('dashboard.asOf', { now: formatInstant(now) })}
        </Text>
      </Group>
      <BackupReminderAlert settings={store.repos.settings.all()[0]} now={now} />
      {empty && (
        <Text>
          {t('dashboard.empty')}{' '}
          <Anchor c="indigo.9" component={Link} to="/intake">
            {t('dashboard.newReport')}
          </Anchor>
        </Text>
      )}
      <UnreadPanel views={unread} />
      <SilentVendorsPanel items={silent} threshold={threshold} vendorName={vendorName} />
      <DashboardPanels view={view} vendorName={vendorName} />
    </Stack>
  );
}
