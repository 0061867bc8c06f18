import {
  Blockquote,
  Button,
  Card,
  Group,
  List,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameOf } from '../../../shared/model';
import type { ExtensionRequest } from '../../../shared/workflow/projection';
import {
  formatMoment,
  publicationMoment,
  wallClock,
  type MomentInput,
} from '../../../shared/workflow/publication-moment';
import { formatInstant } from '../../app/ui/format-date';
import { useLang } from '../../i18n';
import { useCaseView, useViewNow } from '../../store/case-views';
import { EngineButton } from './EngineButton';
import { emptyExtensionDraft } from './extension-form';
import { ExtensionRequestForm } from './ExtensionRequestForm';
import { MomentInputs } from './MomentInputs';
import { planPolicy, required } from './policy-plan';
import type { CaseDetail } from './use-case-detail';
import { useOwnZone } from './use-own-zone';
import { sourceSection } from '../../app/ui/policy-source';

type VendorName = (involvementId: string) => string;

/** Grant one pending request (at the instant asked for unless the analyst changes it) or
 *  refuse it with a reason. The engine and the profile's cap decide which apply. */
function PendingDecision({
  detail,
  request,
  vendorOf,
}: {
  detail: CaseDetail;
  request: ExtensionRequest;
  vendorOf: VendorName;
}) {
  const { t } = useTranslation();
  const ownZone = useOwnZone();
  const labelId = useId();
  const [moment, setMoment] = useState((): MomentInput => {
    const asked = wallClock(request.date, request.zone);
    return { day: asked.date, time: asked.time, zone: request.zone };
  });
  const [reason, setReason] = useState('');
  const chosen = publicationMoment(moment);
  const grant = chosen.ok
    ? planPolicy(detail, [
        {
          type: 'embargo.extension-granted',
          payload: {
            requestId: request.requestId,
            date: chosen.value.instant,
            zone: chosen.value.zone,
          },
        },
      ])
    : required;
  const refuse =
    reason.trim() === ''
      ? required
      : planPolicy(detail, [
          {
            type: 'embargo.extension-refused',
            payload: { requestId: request.requestId, reason: reason.trim() },
          },
        ]);
  const run = (p: typeof grant) => detail.commit(p);
  return (
    <Stack gap={4} role="group" aria-labelledby={labelId} data-testid="extension-pending">
      <Text id={labelId} size="sm" fw={600}>
        {t('caseExtensions.pending', {
          vendor: vendorOf(request.involvementId),
          moment: formatMoment(request.date, request.zone),
          reason: request.reason,
        })}
      </Text>
      <Text size="xs" c="dark.4">
        {t('caseExtensions.asked', { date: formatInstant(request.at) })}
      </Text>
      <Text size="sm">{t('caseExtensions.grantHint')}</Text>
      <Group align="end" gap="xs">
        <MomentInputs
          value={moment}
          ownZone={ownZone}
          onChange={setMoment}
          error={chosen.ok ? null : t(`cases.embargoPanel.errors.${chosen.error.code}`)}
        />
        <EngineButton variant="filled" planned={grant} onRun={run}>
          {t('caseExtensions.grant')}
        </EngineButton>
      </Group>
      <Group align="end" gap="xs">
        <TextInput
          size="sm"
          label={t('caseExtensions.refuseReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <EngineButton planned={refuse} onRun={run}>
          {t('caseExtensions.refuse')}
        </EngineButton>
      </Group>
    </Stack>
  );
}

/**
 * The case's embargo extensions (issue 27 item 1): how many were granted against the
 * profile's cap (its policy text quoted), how far beyond the profile's target publication
 * now lies, the requests to decide, and the vendors still owed the "publication moved"
 * letter. Every figure is the case view's (shared/workflow/extensions.ts).
 */
export function ExtensionsPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const kase = detail.projection.case;
  const facts = useCaseView(kase?.id ?? '', useViewNow())?.extensions;
  const [recording, setRecording] = useState(false);
  if (kase === null || facts === undefined) return null;
  const vendorOf: VendorName = (involvementId) => {
    const inv = detail.projection.involvements.find((i) => i.id === involvementId);
    const contact = inv === undefined ? undefined : detail.contacts.get(inv.contactId);
    return contact === undefined ? (inv?.contactId ?? involvementId) : nameOf(contact, lang);
  };
  const decided = facts.requests.filter((r) => r.decision !== null);
  const { moved, source } = facts;
  return (
    <Card withBorder component="section" aria-labelledby="extensions-title">
      <Title order={3} size="h4" id="extensions-title" mb="xs">
        {t('caseExtensions.title')}
      </Title>
      <Stack gap={4} data-testid="extension-facts">
        <Text size="sm">
          {t('caseExtensions.granted', { count: facts.granted })}{' '}
          {facts.cap === null
            ? t('caseExtensions.noCap')
            : t('caseExtensions.cap', { cap: facts.cap })}
        </Text>
        {facts.revisedBeyondTarget > 0 && (
          <Text size="sm">
            {t('caseExtensions.revisedBeyond', { count: facts.revisedBeyondTarget })}
          </Text>
        )}
        {facts.capReached && (
          <Text size="sm" fw={600}>
            {t('caseExtensions.capReached')}
          </Text>
        )}
        {facts.target !== null && facts.beyondTargetDays !== null && (
          <Text size="sm">
            {facts.beyondTargetDays > 0
              ? t('caseExtensions.beyond', { count: facts.beyondTargetDays, target: facts.target })
              : t('caseExtensions.withinTarget', { target: facts.target })}
          </Text>
        )}
        {source !== null && (
          <Blockquote
            p="xs"
            fz="xs"
            cite={t('caseExtensions.source', { ...source, section: sourceSection(source, lang) })}
          >
            {source.sentence}
          </Blockquote>
        )}
      </Stack>
      <Stack gap="sm" mt="sm">
        {facts.requests.length === 0 && <Text size="sm">{t('caseExtensions.none')}</Text>}
        {facts.pending.map((r) => (
          <PendingDecision key={r.requestId} detail={detail} request={r} vendorOf={vendorOf} />
        ))}
        {decided.length > 0 && (
          <List size="sm" data-testid="extension-decisions">
            {decided.map((r) => (
              <List.Item key={r.requestId}>
                {r.decision?.kind === 'granted'
                  ? t('caseExtensions.decidedGranted', {
                      vendor: vendorOf(r.involvementId),
                      moment: formatMoment(r.decision.date, r.decision.zone),
                      previous: formatMoment(r.decision.previous, r.decision.previousZone),
                    })
                  : t('caseExtensions.decidedRefused', {
                      vendor: vendorOf(r.involvementId),
                      reason: r.decision?.kind === 'refused' ? r.decision.reason : '',
                    })}
              </List.Item>
            ))}
          </List>
        )}
        {moved !== null && moved.recipients.length > 0 && (
          <Text size="sm" role="status" data-testid="extension-owed">
            {moved.owed.length > 0
              ? t('caseExtensions.owed', {
                  vendors: moved.owed.map(vendorOf).join(lang === 'ja' ? '、' : ', '),
                })
              : t('caseExtensions.notified')}
          </Text>
        )}
        {recording ? (
          <ExtensionRequestForm
            detail={detail}
            initial={emptyExtensionDraft()}
            onDone={() => setRecording(false)}
          />
        ) : (
          <Group>
            <Button variant="default" c="dark.9" onClick={() => setRecording(true)}>
              {t('caseExtensions.request.open')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
