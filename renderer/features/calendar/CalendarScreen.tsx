import { Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { addDays, addMonths } from '../../../shared/workflow/calendar';
import { entriesByDate } from '../../../shared/workflow/calendar-entries';
import { monthGrid, weekGrid } from '../../../shared/workflow/calendar-grid';
import {
  DEFAULT_POLICY_PROFILE_ID,
  getPolicyProfile,
} from '../../../shared/workflow/policy-profiles';
import { dayInZone } from '../../app/ui/format-date';
import { useViewNow } from '../../store/case-views';
import { CalendarGrid } from './CalendarGrid';
import { DayAgenda } from './DayAgenda';
import { useCalendarEntries } from './use-calendar-entries';

type View = 'month' | 'week';

/** Japanese wall calendars start on Sunday. */
const WEEK_START = 0;

/** Month and week views of every open case's deadlines and publication instants. */
export function CalendarScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The default profile's calendar marks the days (JP holidays, Dec 29 – Jan 3 closure).
  const cal = getPolicyProfile(DEFAULT_POLICY_PROFILE_ID).calendar;
  const now = useViewNow();
  const today = dayInZone(now, cal.timeZone);
  const [view, setView] = useState<View>('month');
  const [focused, setFocused] = useState(today);
  const entries = useCalendarEntries(now, cal.timeZone);
  const byDate = useMemo(() => entriesByDate(entries), [entries]);
  const weeks =
    view === 'month' ? monthGrid(focused, cal, WEEK_START) : [weekGrid(focused, cal, WEEK_START)];
  const step = (n: number) =>
    setFocused(view === 'month' ? addMonths(focused, n) : addDays(focused, 7 * n));
  const heading =
    view === 'month'
      ? focused.slice(0, 7)
      : t('calendar.weekOf', { date: weeks[0]?.[0]?.date ?? focused });
  return (
    <Stack>
      <Group justify="space-between" align="baseline">
        <Title order={2}>{t('calendar.title')}</Title>
        <Text size="sm" c="gray.7">
          {t('calendar.zone')}
        </Text>
      </Group>
      <Group gap="xs">
        <SegmentedControl
          aria-label={t('calendar.view')}
          value={view}
          onChange={(v) => setView(v === 'week' ? 'week' : 'month')}
          data={[
            { value: 'month', label: t('calendar.month') },
            { value: 'week', label: t('calendar.week') },
          ]}
        />
        <Button variant="default" size="xs" onClick={() => step(-1)}>
          {t('calendar.previous')}
        </Button>
        <Button variant="default" size="xs" onClick={() => setFocused(today)}>
          {t('calendar.today')}
        </Button>
        <Button variant="default" size="xs" onClick={() => step(1)}>
          {t('calendar.next')}
        </Button>
        <Title order={3} size="h4" aria-live="polite" data-testid="calendar-period">
          {heading}
        </Title>
      </Group>
      <CalendarGrid
        weeks={weeks}
        byDate={byDate}
        focused={focused}
        onFocus={setFocused}
        onOpen={(e) => void navigate(`/cases/${e.caseId}`)}
        weekStart={WEEK_START}
        perCell={view === 'month' ? 2 : 8}
      />
      <DayAgenda date={focused} entries={byDate.get(focused) ?? []} />
    </Stack>
  );
}
