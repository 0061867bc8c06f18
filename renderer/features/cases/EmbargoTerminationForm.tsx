import { Card, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TERMINATION_CAUSES,
  terminationCommands,
  type TerminationCause,
} from '../../../shared/workflow/policy-commands';
import { EngineButton } from './EngineButton';
import { planPolicy, required } from './policy-plan';
import type { CaseDetail } from './use-case-detail';

/** Ending the embargo early: the flaw became public or is being exploited. */
export function EmbargoTerminationForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [cause, setCause] = useState<TerminationCause>('public');
  const [reason, setReason] = useState('');
  const kase = detail.projection.case;
  if (kase === null) return null;
  const planned =
    reason.trim() === '' ? required : planPolicy(detail, terminationCommands(kase, cause, reason));
  return (
    <Card withBorder component="section" aria-labelledby="termination-title">
      <Title order={3} size="h4" id="termination-title" mb="xs">
        {t('casePolicy.terminate.title')}
      </Title>
      <Stack gap="xs">
        <NativeSelect
          label={t('casePolicy.terminate.cause')}
          value={cause}
          data={TERMINATION_CAUSES.map((c) => ({
            value: c,
            label: t(`casePolicy.terminate.causes.${c}`),
          }))}
          onChange={(e) => setCause(e.currentTarget.value as TerminationCause)}
        />
        <TextInput
          label={t('casePolicy.terminate.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <EngineButton planned={planned} onRun={(p) => detail.commit(p)}>
          {t('casePolicy.terminate.run')}
        </EngineButton>
      </Stack>
    </Card>
  );
}
