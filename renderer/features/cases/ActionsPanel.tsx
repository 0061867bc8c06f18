import { Card, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CASE_FLAGS } from '../../../shared/model';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import { EngineButton } from './EngineButton';
import type { CaseDetail } from './use-case-detail';

/** Report-management moves and case-status flags, each enabled only if the engine allows it. */
export function ActionsPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const kase = detail.projection.case;
  if (kase === null) return null;
  const triage = (decision: 'accept' | 'defer' | 'decline'): CaseCommand => ({
    type: 'triage.decided',
    payload: { decision, reasons: [], priority: kase.priority, note: '' },
  });
  const run = (cmd: CaseCommand, label: string) => {
    const planned = detail.plan([cmd]);
    return (
      <EngineButton key={label} planned={planned} onRun={(p) => detail.commit(p)} size="xs">
        {label}
      </EngineButton>
    );
  };
  return (
    <Card withBorder component="section" aria-labelledby="actions-title">
      <Title order={3} size="h4" id="actions-title" mb="xs">
        {t('cases.actions.title')}
      </Title>
      <Group gap="xs" align="start">
        {run(triage('accept'), t('cases.actions.accept'))}
        {run(triage('defer'), t('cases.actions.defer'))}
        {run(triage('decline'), t('cases.actions.decline'))}
        {run(
          { type: 'report.acknowledged', payload: { messageId: null } },
          t('casePolicy.acknowledge'),
        )}
        {run(
          { type: 'case.closed', payload: { reason: 'resolved', note: '' } },
          t('cases.actions.close'),
        )}
      </Group>
      <Group gap="xs" align="start" mt="xs">
        {CASE_FLAGS.map((flag) =>
          run(
            { type: 'flag.set', payload: { flag } },
            t('cases.actions.flag', { flag: t(`cases.flag.${flag}`) }),
          ),
        )}
      </Group>
    </Card>
  );
}
