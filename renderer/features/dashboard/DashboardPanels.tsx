import {
  Anchor,
  Badge,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { Link } from 'react-router';
import type { Case } from '../../../shared/model';
import { reportStateSchema } from '../../../shared/model';
import { formatInstant } from '../../app/ui/format-date';
import { MonthChart } from './MonthChart';
import type { DashboardView } from './dashboard-view';

type Item = { key: string; case: Case; detail: string };

function Section({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count: number;
  children: ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        <Badge variant="outline" color="dark.6" aria-hidden>
          {count}
        </Badge>
      </Group>
      {children}
    </Card>
  );
}

function CaseItems({ items, none }: { items: readonly Item[]; none: string }) {
  if (items.length === 0)
    return (
      <Text c="gray.7" size="sm">
        {none}
      </Text>
    );
  return (
    <List spacing={4} size="sm">
      {items.map((item) => (
        <List.Item key={item.key}>
          <Anchor c="indigo.9" component={Link} to={`/cases/${item.case.id}`} ff="monospace">
            {item.case.ref}
          </Anchor>{' '}
          {item.case.title} —{' '}
          <Text span c="gray.7" size="sm">
            {item.detail}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** The dashboard's panels for a computed view; every item links to its case. */
export function DashboardPanels({
  view,
  vendorName,
}: {
  view: DashboardView;
  vendorName: (contactId: string) => string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const when = (iso: string) => formatInstant(iso, { withTime: false });
  const deadlineItems = (items: DashboardView['overdue']): Item[] =>
    items.map(({ case: c, deadline }) => ({
      key: `${c.id}:${deadline.ruleId}`,
      case: c,
      detail: `${deadline.title[lang]}, ${t('dashboard.due', { date: when(deadline.dueAt) })}`,
    }));
  // Two vendors of one case are two rows: each names its vendor.
  const vendorItems = (
    items: DashboardView['waiting'],
    key: 'dashboard.waiting.since' | 'dashboard.earlyEnd.since',
  ): Item[] =>
    items.map((w) => ({
      key: w.involvement.id,
      case: w.case,
      detail: t(key, { vendor: vendorName(w.involvement.contactId), date: when(w.since) }),
    }));
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section id="dash-overdue" title={t('dashboard.overdue.title')} count={view.overdue.length}>
          <CaseItems items={deadlineItems(view.overdue)} none={t('dashboard.overdue.none')} />
        </Section>
        <Section
          id="dash-due-soon"
          title={t('dashboard.dueSoon.title')}
          count={view.dueSoon.length}
        >
          <CaseItems items={deadlineItems(view.dueSoon)} none={t('dashboard.dueSoon.none')} />
        </Section>
        <Section
          id="dash-unacknowledged"
          title={t('dashboard.unacknowledged.title')}
          count={view.unacknowledged.length}
        >
          <CaseItems
            items={view.unacknowledged.map((c) => ({
              key: c.id,
              case: c,
              detail: t('dashboard.unacknowledged.received', {
                date: c.dates.received === null ? '—' : when(c.dates.received),
              }),
            }))}
            none={t('dashboard.unacknowledged.none')}
          />
        </Section>
        <Section id="dash-waiting" title={t('dashboard.waiting.title')} count={view.waiting.length}>
          <CaseItems
            items={vendorItems(view.waiting, 'dashboard.waiting.since')}
            none={t('dashboard.waiting.none')}
          />
        </Section>
        <Section
          id="dash-early-end"
          title={t('dashboard.earlyEnd.title')}
          count={view.earlyEndUntold.length}
        >
          <CaseItems
            items={vendorItems(view.earlyEndUntold, 'dashboard.earlyEnd.since')}
            none={t('dashboard.earlyEnd.none')}
          />
        </Section>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        <Section
          id="dash-counts"
          title={t('dashboard.counts.title')}
          count={Object.values(view.counts).reduce((a, b) => a + b, 0)}
        >
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dashboard.counts.state')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.counts.count')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reportStateSchema.options
                .filter((state) => state !== 'start')
                .map((state) => (
                  <Table.Tr key={state}>
                    <Table.Th scope="row">{t(`dashboard.states.${state}`)}</Table.Th>
                    <Table.Td data-testid={`count-${state}`}>{view.counts[state]}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Section>
        <Card
          withBorder
          component="section"
          aria-labelledby="dash-chart"
          style={{ gridColumn: 'span 2' }}
        >
          <Title order={3} size="h4" id="dash-chart" mb="xs">
            {t('dashboard.chart.title')}
          </Title>
          <MonthChart months={view.months} />
          <Title order={3} size="h4" mt="md">
            {t('dashboard.median.title')}
          </Title>
          <Text size="xl" fw={600}>
            {view.medianDaysToPublication === null
              ? t('dashboard.median.none')
              : t('dashboard.median.value', { days: view.medianDaysToPublication })}
          </Text>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
