import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JAPAN_ZONE } from '../../../shared/model';
import { getPolicyProfile } from '../../../shared/workflow/policy-profiles';
import { wallClock, type MomentInput } from '../../../shared/workflow/publication-moment';
import { publicationWarnings } from '../../../shared/workflow/publication-warnings';
import { scheduleAlertPublicationCommand } from '../../../shared/workflow/technical-alert';
import type { Planned } from './case-commands';
import { EmbargoMoment } from './EmbargoMoment';
import { EngineButton } from './EngineButton';
import { MomentInputs } from './MomentInputs';
import { planPolicy } from './policy-plan';
import { PublicationWarningList } from './PublicationWarningList';
import { viewNow } from '../../store/case-views';
import type { CaseDetail } from './use-case-detail';
import { useOwnZone } from './use-own-zone';

/**
 * A technical alert's publication moment: no embargo to agree with vendors, the coordinator
 * states a date, an hour and its zone (a date alone is refused, as for an embargo end), and
 * the advisory carries it as its planned release.
 */
export function AlertPublicationPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const ownZone = useOwnZone();
  const kase = detail.projection.case;
  const scheduled = kase?.dates.agreedPublication ?? null;
  const [draft, setDraft] = useState((): MomentInput => {
    const initial = scheduled === null ? null : wallClock(scheduled, JAPAN_ZONE);
    return { day: initial?.date ?? '', time: initial?.time ?? '', zone: JAPAN_ZONE };
  });
  if (kase === null || kase.technicalAlert === null) return null;
  const command = scheduleAlertPublicationCommand(draft);
  const planned: Planned = command.ok
    ? planPolicy(detail, [command.value])
    : { ok: false, error: { code: 'required', message: command.error.message } };
  const refusal = command.ok ? null : t(`cases.embargoPanel.errors.${command.error.code}`);
  // JVN publishes a technical alert on business days too: a weekend, a holiday or the
  // year-end closure is said before the click (no vendor and no target apply to an alert).
  const warnings =
    command.ok && command.value.type === 'technical-alert.publication-scheduled'
      ? publicationWarnings({
          projection: detail.projection,
          profile: getPolicyProfile(kase.policyProfile),
          instant: command.value.payload.date,
          now: viewNow(),
          intent: 'propose',
        })
      : [];
  return (
    <Card withBorder component="section" aria-labelledby="alert-publication-title">
      <Title order={3} size="h4" id="alert-publication-title" mb="xs">
        {t('caseAlert.publication.title')}
      </Title>
      <Stack gap="xs">
        <Text size="sm">{t('caseAlert.publication.intro')}</Text>
        {scheduled === null ? (
          <Text size="sm">{t('caseAlert.publication.none')}</Text>
        ) : (
          <>
            <Text size="sm" fw={600}>
              {t('caseAlert.publication.scheduled')}
            </Text>
            <EmbargoMoment
              instant={scheduled}
              statedZone={detail.projection.embargo.agreedZone ?? JAPAN_ZONE}
              ownZone={ownZone}
              testId="alert-publication-moment"
            />
          </>
        )}
        <Group align="end" gap="xs">
          <MomentInputs value={draft} ownZone={ownZone} onChange={setDraft} />
        </Group>
        <PublicationWarningList warnings={warnings} detail={detail} />
        {refusal !== null && (draft.day !== '' || draft.time !== '') && (
          <Text size="sm" c="red.9" role="status">
            {refusal}
          </Text>
        )}
        <Group>
          <EngineButton planned={planned} onRun={(p) => detail.commit(p)}>
            {t('caseAlert.publication.schedule')}
          </EngineButton>
        </Group>
      </Stack>
    </Card>
  );
}
