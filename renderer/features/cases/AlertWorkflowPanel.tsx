import { Badge, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../app/ui/format-date';
import {
  requestAlertReviewCommand,
  reviewAlertCommand,
} from '../../../shared/workflow/technical-alert';
import { EngineButton } from './EngineButton';
import type { Planned } from './case-commands';
import { planPolicy, required } from './policy-plan';
import type { CaseDetail } from './use-case-detail';

/**
 * A technical alert's review round trip and its end: submit for review, approve or send
 * back with a reason, close. Each button is enabled only when the engine accepts its
 * command now, and says why not otherwise (shared/workflow/reducer-technical-alert.ts).
 */
export function AlertWorkflowPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const kase = detail.projection.case;
  const alert = kase?.technicalAlert ?? null;
  if (kase === null || alert === null) return null;
  const review = detail.projection.alertReview;
  const run = detail.commit;
  const submit = planPolicy(detail, [requestAlertReviewCommand(note)]);
  const verdict = (v: 'approved' | 'changes-requested', why: string): Planned => {
    // Sending back needs its reason: without one the form refuses before the engine is asked.
    const cmd = reviewAlertCommand(v, why);
    return cmd.ok ? planPolicy(detail, [cmd.value]) : required;
  };
  const approve = verdict('approved', '');
  const sendBack = verdict('changes-requested', reason);
  const close = planPolicy(detail, [
    { type: 'case.closed', payload: { reason: 'resolved', note: '' } },
  ]);
  const clear = async (p: Planned, reset: () => void) => {
    const error = await run(p);
    if (error === null) reset();
    return error;
  };
  return (
    <Card withBorder component="section" aria-labelledby="alert-workflow-title">
      <Title order={3} size="h4" id="alert-workflow-title" mb="xs">
        {t('caseAlert.workflow.title')}
      </Title>
      <Stack gap="sm">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t('caseAlert.stageLabel')}:
          </Text>
          <Badge
            variant="outline"
            color="indigo.9"
            c="dark.9"
            radius="sm"
            data-testid="alert-stage"
          >
            {t(`caseAlert.stage.${alert.stage}`)}
          </Badge>
        </Group>
        {review !== null && (
          <Text size="sm" data-testid="alert-review">
            {t('caseAlert.workflow.lastReview', {
              verdict: t(`caseAlert.workflow.verdict.${review.verdict}`),
              date: formatInstant(review.at),
            })}
            {review.reason.trim() !== '' && ` — ${review.reason}`}
          </Text>
        )}
        <Textarea
          label={t('caseAlert.workflow.note')}
          autosize
          minRows={1}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group>
          <EngineButton
            planned={submit}
            onRun={(p) => clear(p, () => setNote(''))}
            variant="filled"
          >
            {t('caseAlert.workflow.submit')}
          </EngineButton>
          <EngineButton planned={approve} onRun={run}>
            {t('caseAlert.workflow.approve')}
          </EngineButton>
        </Group>
        <Textarea
          label={t('caseAlert.workflow.reason')}
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group>
          <EngineButton planned={sendBack} onRun={(p) => clear(p, () => setReason(''))}>
            {t('caseAlert.workflow.requestChanges')}
          </EngineButton>
          <EngineButton planned={close} onRun={run}>
            {t('caseAlert.workflow.close')}
          </EngineButton>
        </Group>
      </Stack>
    </Card>
  );
}
