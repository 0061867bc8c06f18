import { Card, Checkbox, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { overrideCommand } from '../../../shared/workflow/policy-commands';
import { EngineButton } from './EngineButton';
import { planPolicy, required } from './policy-plan';
import { ACTOR, type CaseDetail } from './use-case-detail';

/** Moving (or waiving) one deadline of this case, with the reason and who decided it. */
export function DeadlineOverrideForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { deadlines, timeZone } = detail.report;
  const [ruleId, setRuleId] = useState('');
  const [day, setDay] = useState('');
  const [waive, setWaive] = useState(false);
  const [reason, setReason] = useState('');
  const [who, setWho] = useState(ACTOR);
  const chosen = deadlines.find((d) => d.ruleId === ruleId) ?? deadlines[0];
  const validDay = /^\d{4}-\d{2}-\d{2}$/.test(day);
  const planned =
    chosen === undefined || reason.trim() === '' || who.trim() === '' || (!waive && !validDay)
      ? required
      : planPolicy(detail, [overrideCommand(chosen.ruleId, waive ? null : day, timeZone, reason)], {
          actor: who,
        });
  return (
    <Card withBorder component="section" aria-labelledby="override-title">
      <Title order={3} size="h4" id="override-title" mb="xs">
        {t('casePolicy.override.title')}
      </Title>
      <Stack gap="xs">
        <NativeSelect
          label={t('casePolicy.override.deadline')}
          value={chosen?.ruleId ?? ''}
          data={deadlines.map((d) => ({
            value: d.ruleId,
            label: t('casePolicy.override.option', { title: d.title[lang], date: d.dueDate }),
          }))}
          onChange={(e) => setRuleId(e.currentTarget.value)}
        />
        <Group grow align="end">
          <TextInput
            type="date"
            label={t('casePolicy.override.date', { zone: timeZone })}
            value={day}
            disabled={waive}
            onChange={(e) => setDay(e.currentTarget.value)}
          />
          <Checkbox
            label={t('casePolicy.override.waive')}
            checked={waive}
            onChange={(e) => setWaive(e.currentTarget.checked)}
          />
        </Group>
        <TextInput
          label={t('casePolicy.override.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <TextInput
          label={t('casePolicy.override.who')}
          value={who}
          onChange={(e) => setWho(e.currentTarget.value)}
        />
        <EngineButton planned={planned} onRun={(p) => detail.commit(p)}>
          {t('casePolicy.override.run')}
        </EngineButton>
      </Stack>
    </Card>
  );
}
