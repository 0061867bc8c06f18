import { Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import type { Deadline, DeadlineReport } from '../../../shared/workflow/deadlines';
import { formatMoment } from '../../../shared/workflow/publication-moment';
import { formatInstant } from '../../app/ui/format-date';
import { DeadlineStateBadge } from './badges';
import { sourceSection } from '../../app/ui/policy-source';

/** The engine's deadlines for the case, each with the policy sentence it comes from. */
export function DeadlinesPanel({ report }: { report: DeadlineReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const zone = report.timeZone;
  // A target replaced by the agreed date says so, and how far beyond the target it lies.
  const dueText = (d: Deadline): string => {
    if (d.metAt !== null)
      return t('cases.deadlines.metAt', { date: formatInstant(d.metAt, { zone }) });
    const by = d.supersededBy;
    if (by === null) return t('cases.deadlines.due', { date: formatInstant(d.dueAt, { zone }) });
    const replaced = t('cases.deadlines.superseded', {
      date: d.dueDate,
      moment: formatMoment(by.instant, by.zone),
    });
    return by.daysBeyond === 0
      ? replaced
      : `${replaced} (${t('cases.deadlines.supersededBeyond', { count: by.daysBeyond })})`;
  };
  return (
    <Card withBorder component="section" aria-labelledby="deadlines-title">
      <Title order={3} size="h4" id="deadlines-title" mb="xs">
        {t('cases.deadlines.title')}
      </Title>
      {report.deadlines.length === 0 && <Text size="sm">{t('cases.deadlines.none')}</Text>}
      <Stack gap="xs">
        {report.deadlines.map((d) => (
          <div key={d.ruleId} data-testid={`deadline-${d.ruleId}`}>
            <Group gap="xs">
              <Text fw={600} size="sm">
                {d.title[lang]}
              </Text>
              <DeadlineStateBadge state={d.state} />
              <Text size="sm">{dueText(d)}</Text>
            </Group>
            <details>
              <summary>
                <Text span size="sm" c="blue.9">
                  {t('cases.deadlines.why')}
                </Text>
              </summary>
              <Stack gap={2} pl="md" py={4}>
                <Text size="sm">
                  {t('cases.deadlines.started', { date: formatInstant(d.start, { zone }) })}
                </Text>
                <Text size="sm" fs="italic">
                  “{d.source.sentence}”
                </Text>
                <Text size="xs" c="dark.4">
                  {t('cases.deadlines.source', {
                    document: d.source.document,
                    section: sourceSection(d.source, lang),
                  })}
                </Text>
                {d.override !== null && (
                  <Text size="sm">
                    {t('cases.deadlines.overridden', { reason: d.override.reason })}
                  </Text>
                )}
              </Stack>
            </details>
          </div>
        ))}
      </Stack>
      {report.actions.length > 0 && (
        <>
          <Title order={4} size="h5" mt="sm">
            {t('cases.deadlines.actionsTitle')}
          </Title>
          <List size="sm">
            {report.actions.map((a) => (
              <List.Item key={a.id}>
                {a.title[lang]} — <i>{a.source.sentence}</i>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Card>
  );
}
