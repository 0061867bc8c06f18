import { Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import { dayInZone, formatInstant, startOfDayInZone } from '../../app/ui/format-date';
import { EngineButton } from './EngineButton';
import type { CaseDetail } from './use-case-detail';

/** Propose, agree, revise or reject the publication date; the engine decides which apply. */
export function EmbargoPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { projection } = detail;
  const kase = projection.case;
  const pending = projection.embargo.proposedDate;
  const agreed = kase?.dates.agreedPublication ?? null;
  const [day, setDay] = useState(() =>
    dayInZone(pending ?? agreed ?? new Date(Date.now() + 45 * 86_400_000).toISOString()),
  );
  const [reason, setReason] = useState('');
  if (kase === null) return null;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day);
  const date = valid ? startOfDayInZone(day) : null;
  const plan = (cmd: CaseCommand | null) =>
    cmd === null
      ? ({ ok: false, error: { code: 'illegal-embargo-transition', message: 'No date' } } as const)
      : detail.plan([cmd]);
  const run = (p: Parameters<typeof detail.commit>[0]) => detail.commit(p);
  return (
    <Card withBorder component="section" aria-labelledby="embargo-title">
      <Title order={3} size="h4" id="embargo-title" mb="xs">
        {t('cases.embargoPanel.title')}
      </Title>
      <Stack gap={4} mb="xs">
        <Text size="sm">
          {t('cases.embargoPanel.state', { state: t(`cases.embargo.${kase.states.embargo}`) })}
        </Text>
        {agreed !== null && (
          <Text size="sm" fw={600} data-testid="agreed-publication">
            {t('cases.embargoPanel.agreed', { date: formatInstant(agreed) })}
          </Text>
        )}
        {pending !== null && (
          <Text size="sm">
            {t('cases.embargoPanel.proposed', { date: formatInstant(pending) })}
          </Text>
        )}
        <Text size="xs" c="dark.4">
          {t('cases.embargoPanel.zone')}
        </Text>
      </Stack>
      <Group align="end" gap="xs">
        <TextInput
          type="date"
          size="sm"
          label={t('cases.embargoPanel.date')}
          value={day}
          onChange={(e) => setDay(e.currentTarget.value)}
        />
        <TextInput
          size="sm"
          label={t('cases.embargoPanel.reason')}
          value={reason}
          placeholder={t('cases.embargoPanel.defaultReason')}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      </Group>
      <Group gap="xs" align="start" mt="xs">
        <EngineButton
          planned={plan(
            date === null
              ? null
              : { type: 'embargo.proposed', payload: { date, proposedBy: 'coordinator' } },
          )}
          onRun={run}
        >
          {t('cases.embargoPanel.propose')}
        </EngineButton>
        <EngineButton
          variant="filled"
          planned={plan(date === null ? null : { type: 'embargo.agreed', payload: { date } })}
          onRun={run}
        >
          {t('cases.embargoPanel.agree')}
        </EngineButton>
        <EngineButton
          planned={plan(
            date === null
              ? null
              : {
                  type: 'embargo.revised',
                  payload: { date, reason: reason.trim() || t('cases.embargoPanel.defaultReason') },
                },
          )}
          onRun={run}
        >
          {t('cases.embargoPanel.revise')}
        </EngineButton>
        <EngineButton
          planned={plan({ type: 'embargo.rejected', payload: { reason: reason.trim() || '-' } })}
          onRun={run}
        >
          {t('cases.embargoPanel.reject')}
        </EngineButton>
      </Group>
    </Card>
  );
}
