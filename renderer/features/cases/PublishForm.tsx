import { Card, Divider, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publishDraft } from '../../../shared/advisory/lifecycle';
import { JAPAN_ZONE, type IsoInstant } from '../../../shared/model';
import { embargoStatus, timeLeft } from '../../../shared/workflow/embargo-status';
import { earlyPublicationCommands } from '../../../shared/workflow/policy-commands';
import { formatMoment } from '../../../shared/workflow/publication-moment';
import { scheduledPublication } from '../../../shared/workflow/publication-schedule';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import { formatInstant } from '../../app/ui/format-date';
import type { Planned } from './case-commands';
import {
  EarlyEndFields,
  earlyEndReady,
  NO_EARLY_END,
  type EarlyEnd,
} from './EmbargoTerminationForm';
import { EngineButton } from './EngineButton';
import { planPolicy, required } from './policy-plan';
import { PublicationScheduleFields } from './PublicationScheduleFields';
import type { CaseDetail } from './use-case-detail';
import { useOwnZone } from './use-own-zone';
import { useStore } from '../../store/hooks';
import { useRepoVersion } from '../../store/port';
import type { CasesStore } from './store-port';

const MINUTE = 60_000;

/** "Now", refreshed each minute while `until` is ahead and at `until` itself, so the time
 *  left stays true and the form unlocks at the agreed instant without a reload. */
const useNowUntil = (until: IsoInstant | null): IsoInstant => {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    if (until === null) return undefined;
    const wait = Date.parse(until) - Date.parse(now);
    if (wait <= 0) return undefined;
    const id = setTimeout(() => setNow(new Date().toISOString()), Math.min(wait, MINUTE));
    return () => clearTimeout(id);
  }, [until, now]);
  return now;
};

/**
 * Publishing the advisory: the case moves to published, stamped with this instant, and its
 * advisory draft (which must be final) is published with it in the same transaction. While
 * an embargo holds, the engine refuses it: the form says until when and how long (JST and
 * the analyst's zone), offers to schedule the publication at the agreed instant (a recorded
 * intent, never an automatic publication), and the early end (cause, reason, case ref
 * typed) in the same write as the publication. Once the instant has passed, "Publish now"
 * says so and the analyst confirms it.
 */
export function PublishForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const store: CasesStore = useStore();
  useRepoVersion(store.repos.advisoryDrafts);
  const ownZone = useOwnZone();
  const [url, setUrl] = useState('');
  const [early, setEarly] = useState<EarlyEnd>(NO_EARLY_END);
  const agreed = detail.projection.case?.dates.agreedPublication ?? null;
  const now = useNowUntil(agreed);
  const kase = detail.projection.case;
  if (kase === null) return null;
  const draft = store.repos.advisoryDrafts.byCase(kase.id)[0];
  const published = kase.dates.published;
  const publication: Extract<CaseCommand, { type: 'published' }> = {
    type: 'published',
    payload: { advisoryId: kase.advisoryId, url: url.trim() },
  };
  const status = embargoStatus(detail.projection, now);
  const scheduled = scheduledPublication(detail.projection, now);
  const notFinal = draft !== undefined && draft.status !== 'final';
  const gate = (p: Planned): Planned =>
    notFinal ? { ok: false, error: { code: 'required', message: 'advisory not final' } } : p;
  const planned = gate(planPolicy(detail, [publication]));
  const earlyPlanned =
    status.kind === 'active' && earlyEndReady(kase, early)
      ? gate(
          planPolicy(
            detail,
            earlyPublicationCommands(kase, early.cause, early.reason, publication),
          ),
        )
      : required;
  const publish = (p: Planned) => {
    const at = p.ok ? p.events.find((e) => e.type === 'published')?.at : undefined;
    if (draft === undefined || at === undefined) return detail.commit(p);
    const stamped = publishDraft(draft, at);
    return stamped.ok
      ? detail.commit(p, { advisoryDraft: stamped.value })
      : Promise.resolve(stamped.error.message);
  };
  const moment = (instant: IsoInstant) =>
    [...new Set([JAPAN_ZONE, ownZone])].map((zone) => formatMoment(instant, zone)).join(' / ');
  return (
    <Card withBorder component="section" aria-labelledby="publish-title">
      <Title order={3} size="h4" id="publish-title" mb="xs">
        {t('casePolicy.publish.title')}
      </Title>
      {published !== null ? (
        <Text size="sm" fw={600} data-testid="published-at">
          {t('casePolicy.publish.done', { date: formatInstant(published) })}
        </Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm">
            {t('casePolicy.publish.advisory', {
              id: kase.advisoryId ?? t('casePolicy.publish.noAdvisoryId'),
            })}
          </Text>
          <TextInput
            label={t('casePolicy.publish.url')}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
          />
          {notFinal ? (
            <Text size="sm" c="red.8" role="note">
              {t('casePolicy.publish.draftNotFinal')}
            </Text>
          ) : draft !== undefined ? (
            <Text size="sm">{t('casePolicy.publish.draftStamped')}</Text>
          ) : null}
          {status.kind === 'active' && (
            <Stack gap={2} data-testid="embargo-hold">
              <Text size="sm" fw={600}>
                {t('casePolicy.publish.held', { moment: moment(status.until.instant) })}
              </Text>
              <Text size="sm" data-testid="embargo-time-left">
                {t('casePolicy.publish.timeLeft', timeLeft(status.remainingMs))}
              </Text>
            </Stack>
          )}
          {status.kind === 'due' && (
            <Text size="sm" fw={600} data-testid="embargo-due">
              {t(
                scheduled === null ? 'casePolicy.embargo.due' : 'casePolicy.publish.dueScheduled',
                {
                  moment: moment(status.until.instant),
                },
              )}
            </Text>
          )}
          <EngineButton planned={planned} onRun={publish} variant="filled">
            {t(status.kind === 'due' ? 'casePolicy.publish.runDue' : 'casePolicy.publish.run')}
          </EngineButton>
          {status.kind === 'active' && (
            <>
              <PublicationScheduleFields detail={detail} scheduled={scheduled} moment={moment} />
              <Divider />
              <Title order={4} size="h5">
                {t('casePolicy.publish.earlyTitle')}
              </Title>
              <EarlyEndFields kase={kase} value={early} onChange={setEarly} />
              <EngineButton planned={earlyPlanned} onRun={publish}>
                {t('casePolicy.publish.earlyRun')}
              </EngineButton>
            </>
          )}
        </Stack>
      )}
    </Card>
  );
}
