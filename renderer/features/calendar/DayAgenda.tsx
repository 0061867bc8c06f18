import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { Link } from 'react-router';
import type { IsoDate } from '../../../shared/model';
import type { CalendarEntry } from '../../../shared/workflow/calendar-entries';
import { entryText } from './entry-text';

/** The focused day's entries, each a link to its case (the grid's keyboard companion). */
export function DayAgenda({ date, entries }: { date: IsoDate; entries: readonly CalendarEntry[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Stack gap="xs" component="section" aria-labelledby="calendar-day-title">
      <Title order={3} size="h4" id="calendar-day-title">
        {t('calendar.dayTitle', { date })}
      </Title>
      {entries.length === 0 ? (
        <Text size="sm">{t('calendar.dayEmpty')}</Text>
      ) : (
        <List size="sm" data-testid="calendar-day-entries">
          {entries.map((e) => (
            <List.Item key={`${e.caseId}-${e.kind}-${e.ruleId ?? ''}`}>
              <Anchor component={Link} to={`/cases/${e.caseId}`} c="indigo.9">
                {entryText(t, e, lang)}
              </Anchor>{' '}
              ({t(`calendar.state.${e.state}`)})
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
