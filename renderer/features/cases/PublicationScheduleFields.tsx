import { Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoInstant } from '../../../shared/model';
import {
  schedulePublicationCommand,
  type ScheduledPublication,
} from '../../../shared/workflow/publication-schedule';
import { formatInstant } from '../../app/ui/format-date';
import type { Planned } from './case-commands';
import { EngineButton } from './EngineButton';
import { planPolicy, required } from './policy-plan';
import type { CaseDetail } from './use-case-detail';

/**
 * While the embargo holds: schedule the publication at the agreed instant (a recorded
 * intent the case list, dashboard and calendar state), or cancel it with a reason. The
 * publication itself stays the analyst's "Publish now" once the instant has passed.
 */
export function PublicationScheduleFields({
  detail,
  scheduled,
  moment,
}: {
  detail: CaseDetail;
  scheduled: ScheduledPublication | null;
  /** The instant in JST and the analyst's zone. */
  moment: (instant: IsoInstant) => string;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const run = async (p: Planned) => {
    const failed = await detail.commit(p);
    if (failed === null) setReason('');
    return failed;
  };
  if (scheduled === null) {
    const cmd = schedulePublicationCommand(detail.projection);
    const planned = cmd === null ? required : planPolicy(detail, [cmd]);
    const agreed = detail.projection.case?.dates.agreedPublication ?? null;
    return (
      <Stack gap={2}>
        <EngineButton planned={planned} onRun={run}>
          {t('casePolicy.publish.schedule', { moment: agreed === null ? '' : moment(agreed) })}
        </EngineButton>
        <Text size="xs" c="dark.4">
          {t('casePolicy.publish.scheduleHint')}
        </Text>
      </Stack>
    );
  }
  const cancel =
    reason.trim() === ''
      ? required
      : planPolicy(detail, [
          { type: 'publication.unscheduled', payload: { reason: reason.trim() } },
        ]);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} data-testid="publication-scheduled">
        {t('casePolicy.publish.scheduled', {
          moment: moment(scheduled.moment.instant),
          date: formatInstant(scheduled.recordedAt),
          actor: scheduled.actor,
        })}
      </Text>
      <Text size="xs" c="dark.4">
        {t('casePolicy.publish.scheduledHint')}
      </Text>
      <TextInput
        label={t('casePolicy.publish.unscheduleReason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <EngineButton planned={cancel} onRun={run}>
        {t('casePolicy.publish.unschedule')}
      </EngineButton>
    </Stack>
  );
}
