import { Card, Group, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CASE_FLAGS, type Case } from '../../../shared/model';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import { EngineButton } from './EngineButton';
import type { CaseDetail } from './use-case-detail';

type Action = { label: string; command: CaseCommand };

const reportActions = (kase: Case, t: TFunction): Action[] => {
  const triage = (decision: 'accept' | 'defer' | 'decline'): CaseCommand => ({
    type: 'triage.decided',
    payload: { decision, reasons: [], priority: kase.priority, note: '' },
  });
  return [
    { label: t('cases.actions.accept'), command: triage('accept') },
    { label: t('cases.actions.defer'), command: triage('defer') },
    { label: t('cases.actions.decline'), command: triage('decline') },
    {
      label: t('casePolicy.acknowledge'),
      command: { type: 'report.acknowledged', payload: { messageId: null } },
    },
    {
      label: t('cases.actions.close'),
      command: { type: 'case.closed', payload: { reason: 'resolved', note: '' } },
    },
  ];
};

/** Report-management moves and case-status flags, each enabled only if the engine allows it. */
export function ActionsPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const kase = detail.projection.case;
  const { plan, commit } = detail;
  // Asking the engine about every button folds each command onto the projection: done when
  // the case changes (plan's identity follows it), not on every render of the case screen.
  const [report, flags] = useMemo(() => {
    if (kase === null) return [[], []];
    const planned = (a: Action) => ({ ...a, planned: plan([a.command]) });
    const flagActions = CASE_FLAGS.map((flag): Action => ({
      label: t('cases.actions.flag', { flag: t(`cases.flag.${flag}`) }),
      command: { type: 'flag.set', payload: { flag } },
    }));
    return [reportActions(kase, t).map(planned), flagActions.map(planned)];
  }, [kase, plan, t]);
  if (kase === null) return null;
  const buttons = (actions: typeof report) =>
    actions.map((a) => (
      <EngineButton key={a.label} planned={a.planned} onRun={(p) => commit(p)} size="xs">
        {a.label}
      </EngineButton>
    ));
  return (
    <Card withBorder component="section" aria-labelledby="actions-title">
      <Title order={3} size="h4" id="actions-title" mb="xs">
        {t('cases.actions.title')}
      </Title>
      <Group gap="xs" align="start">
        {buttons(report)}
      </Group>
      <Group gap="xs" align="start" mt="xs">
        {buttons(flags)}
      </Group>
    </Card>
  );
}
