import { Alert, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JAPAN_ZONE } from '../../../shared/model';
import { embargoStatus } from '../../../shared/workflow/embargo-status';
import { localRefusal } from '../../../shared/workflow/coordination';
import { getPolicyProfile } from '../../../shared/workflow/policy-profiles';
import { publicationWarnings } from '../../../shared/workflow/publication-warnings';
import { useCaseView, useViewNow, viewNow } from '../../store/case-views';
import {
  formatMoment,
  publicationMoment,
  wallClock,
  type MomentInput,
  type PublicationMoment,
} from '../../../shared/workflow/publication-moment';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import type { Planned } from './case-commands';
import { EmbargoMoment } from './EmbargoMoment';
import { EngineButton } from './EngineButton';
import { MomentInputs } from './MomentInputs';
import { planPolicy } from './policy-plan';
import { PublicationWarningList } from './PublicationWarningList';
import type { CaseDetail } from './use-case-detail';
import { useOwnZone } from './use-own-zone';

/** Propose, agree, revise or reject the publication moment (date, hour and zone); the
 *  engine decides which apply. A date without an hour is refused, not completed. */
export function EmbargoPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const ownZone = useOwnZone();
  const { projection } = detail;
  const kase = projection.case;
  const view = useCaseView(kase?.id ?? '', useViewNow());
  const pending = projection.embargo.proposedDate;
  const agreed = kase?.dates.agreedPublication ?? null;
  const [draft, setDraft] = useState((): MomentInput => {
    const initial = wallClock(
      pending ?? agreed ?? new Date(Date.now() + 45 * 86_400_000).toISOString(),
      JAPAN_ZONE,
    );
    // A fresh proposal starts without an hour: the analyst states it, we do not pick one.
    const time = pending !== null || agreed !== null ? initial.time : '';
    return { day: initial.date, time, zone: JAPAN_ZONE };
  });
  const [reason, setReason] = useState('');
  if (kase === null) return null;
  const moment = publicationMoment(draft);
  const refusal = moment.ok ? null : t(`cases.embargoPanel.errors.${moment.error.code}`);
  // Through the policy's guards too: a later date beyond the target counts against the
  // profile's extension cap, whichever button moves it (shared/workflow/extensions.ts).
  const plan = (cmd: (m: PublicationMoment) => CaseCommand): Planned =>
    moment.ok
      ? planPolicy(detail, [cmd(moment.value)])
      : { ok: false, error: { code: 'required', message: moment.error.message } };
  const run = (p: Planned) => detail.commit(p);
  const proposed = plan((m) => ({
    type: 'embargo.proposed',
    payload: { date: m.instant, zone: m.zone, proposedBy: 'coordinator' },
  }));
  const agreement = plan((m) => ({
    type: 'embargo.agreed',
    payload: { date: m.instant, zone: m.zone },
  }));
  const revision = plan((m) => ({
    type: 'embargo.revised',
    payload: {
      date: m.instant,
      zone: m.zone,
      // The engine refuses a revision without its reason (`embargo-revision-reason`).
      reason: reason.trim(),
    },
  }));
  // The engine's refusal of an instant already past, shown at the date field itself.
  const past = [proposed, agreement, revision].some(
    (p) => !p.ok && p.error.code === 'embargo-instant-not-future',
  );
  // What is unusual about the date, before any click: silent vendors (once agreeing is the
  // next act), a date before the profile's target, a day nothing is published on.
  const warnings = moment.ok
    ? publicationWarnings({
        projection,
        profile: view?.profile ?? getPolicyProfile(kase.policyProfile),
        instant: moment.value.instant,
        now: viewNow(),
        intent: kase.states.embargo === 'none' ? 'propose' : 'agree',
      })
    : [];
  // The case view's answer (the one the list and the header show), at the view's "now".
  const status = view?.embargo ?? embargoStatus(projection, viewNow());
  // Handed over, or only a co-coordinator: the owner decides the embargo (coordination.ts).
  const notOurs = view === undefined ? null : localRefusal(view.coordination.state, 'embargo');
  return (
    <Card withBorder component="section" aria-labelledby="embargo-title">
      <Title order={3} size="h4" id="embargo-title" mb="xs">
        {t('cases.embargoPanel.title')}
      </Title>
      {notOurs !== null && (
        <Alert color="yellow" mb="xs" data-testid="embargo-not-ours">
          {t(`cases.errors.${notOurs.code}`)}
        </Alert>
      )}
      <Stack gap={4} mb="xs">
        <Text size="sm">
          {t('cases.embargoPanel.state', {
            state: t(`cases.embargo.${status.kind === 'due' ? 'due' : kase.states.embargo}`),
          })}
        </Text>
        {status.kind === 'due' && (
          <Text size="sm" fw={600} data-testid="embargo-due">
            {t('casePolicy.embargo.due', {
              moment: formatMoment(status.until.instant, status.until.zone),
            })}
          </Text>
        )}
        {agreed !== null && (
          <>
            <Text size="sm" fw={600} data-testid="agreed-publication">
              {t('cases.embargoPanel.agreedHeading')}
            </Text>
            <EmbargoMoment
              instant={agreed}
              statedZone={projection.embargo.agreedZone ?? JAPAN_ZONE}
              ownZone={ownZone}
              testId="agreed-moment"
            />
          </>
        )}
        {pending !== null && (
          <>
            <Text size="sm">{t('cases.embargoPanel.proposedHeading')}</Text>
            <EmbargoMoment
              instant={pending}
              statedZone={projection.embargo.proposedZone ?? JAPAN_ZONE}
              ownZone={ownZone}
              testId="proposed-moment"
            />
          </>
        )}
        <Text size="xs" c="dark.4">
          {t('cases.embargoPanel.zone')}
        </Text>
      </Stack>
      <Group align="end" gap="xs">
        <MomentInputs
          value={draft}
          ownZone={ownZone}
          onChange={setDraft}
          error={past ? t('cases.errors.embargo-instant-not-future') : null}
        />
        <TextInput
          size="sm"
          label={t('cases.embargoPanel.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      </Group>
      <PublicationWarningList warnings={warnings} detail={detail} />
      {refusal !== null && (draft.day !== '' || draft.time !== '') && (
        <Text size="sm" c="red.9" mt={4} role="status" data-testid="embargo-refusal">
          {refusal}
        </Text>
      )}
      <Group gap="xs" align="start" mt="xs">
        <EngineButton planned={proposed} onRun={run}>
          {t('cases.embargoPanel.propose')}
        </EngineButton>
        <EngineButton variant="filled" planned={agreement} onRun={run}>
          {t('cases.embargoPanel.agree')}
        </EngineButton>
        <EngineButton planned={revision} onRun={run}>
          {t('cases.embargoPanel.revise')}
        </EngineButton>
        <EngineButton
          planned={detail.plan([
            { type: 'embargo.rejected', payload: { reason: reason.trim() || '-' } },
          ])}
          onRun={run}
        >
          {t('cases.embargoPanel.reject')}
        </EngineButton>
      </Group>
    </Card>
  );
}
