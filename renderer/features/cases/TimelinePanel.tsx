import { Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { type CaseEvent, type Contact, nameOf } from '../../../shared/model';
import type { CaseProjection } from '../../../shared/workflow/projection';
import { formatMoment } from '../../../shared/workflow/publication-moment';
import { ssvcOutcomeText } from '../../../shared/workflow/ssvc';
import { formatInstant } from '../../app/ui/format-date';
import { LOCAL_ORG } from '../../../shared/workflow/coordination';
import { eventTypeKey } from './event-type-key';
import { useOrgLabel } from './use-org-label';

/** One line of what an event says, with names and dates resolved for the reader. */
const useSummary = (
  contacts: ReadonlyMap<string, Contact>,
  p: CaseProjection,
  events: readonly CaseEvent[],
) => {
  const { t } = useTranslation();
  const lang = useLang();
  const vendor = (involvementId: string): string => {
    const inv = p.involvements.find((i) => i.id === involvementId);
    const c = inv === undefined ? undefined : contacts.get(inv.contactId);
    return c === undefined ? '' : nameOf(c, lang);
  };
  // A grant or refusal names its request; the request names the vendor.
  const requester = (requestId: string): string => {
    const request = events.find((e) => e.id === requestId);
    return request?.type === 'embargo.extension-requested'
      ? vendor(request.payload.involvementId)
      : '';
  };
  const party = (
    involvementId: string | null,
    counterpart: 'finder' | 'vendor' | 'partner',
  ): string =>
    (involvementId === null ? '' : vendor(involvementId)) || t(`caseTimeline.party.${counterpart}`);
  return (e: CaseEvent): string => {
    switch (e.type) {
      case 'message.sent':
        return `${t(`caseTimeline.letter.${e.payload.purpose}`)} · ${t('caseTimeline.to', { party: party(e.payload.involvementId, e.payload.to) })}`;
      case 'message.received':
        return t('caseTimeline.from', { party: party(e.payload.involvementId, e.payload.from) });
      case 'embargo.extension-requested':
        return t('caseTimeline.asksFor', {
          vendor: vendor(e.payload.involvementId),
          date: formatMoment(e.payload.date, e.payload.zone),
          reason: e.payload.reason.slice(0, 120),
        });
      case 'embargo.extension-granted':
        return t('caseTimeline.granted', {
          date: formatMoment(e.payload.date, e.payload.zone),
          vendor: requester(e.payload.requestId),
        });
      case 'embargo.extension-refused':
        return t('caseTimeline.refused', {
          vendor: requester(e.payload.requestId),
          reason: e.payload.reason.slice(0, 120),
        });
      case 'vendor.disputed':
        return t('caseTimeline.disputed', {
          vendor: vendor(e.payload.involvementId),
          category: t(`caseDispute.categories.${e.payload.category}`),
          reason: e.payload.reason.slice(0, 120),
        });
      case 'involvement.added':
        return `${contacts.get(e.payload.contactId)?.name[lang] ?? ''} (${t(`cases.role.${e.payload.role}`)})`;
      case 'involvement.changed':
        return `${vendor(e.payload.involvementId)}${e.payload.status === undefined ? '' : ` → ${t(`cases.involvement.${e.payload.status}`)}`}`;
      case 'vendor.contact-attempted':
        return `${vendor(e.payload.involvementId)} (${t(`cases.channel.${e.payload.channel}`)})`;
      case 'vendor.replied':
      case 'vendor.name-published':
        return vendor(e.payload.involvementId);
      case 'vendor.unreachable':
        return `${vendor(e.payload.involvementId)}: ${e.payload.reason}`;
      case 'embargo.proposed':
      case 'embargo.agreed':
      case 'publication.scheduled':
        return formatMoment(e.payload.date, e.payload.zone);
      case 'embargo.revised':
        return `${formatMoment(e.payload.date, e.payload.zone)}: ${e.payload.reason}`;
      case 'triage.decided':
        return `${t(`cases.actions.${e.payload.decision}`)} · ${t(`cases.priority.${e.payload.priority.level}`)}`;
      case 'flag.set':
        return t(`cases.flag.${e.payload.flag}`);
      case 'case.created':
        return `${e.payload.ref} ${e.payload.title}`;
      case 'note.added':
        return e.payload.text.slice(0, 120);
      case 'release.decided':
        return [
          t(`casePolicy.release.decision.${e.payload.decision}`),
          (e.payload.members ?? []).join(', '),
          e.payload.reason.slice(0, 120),
        ]
          .filter((s) => s !== '')
          .join(' · ');
      case 'deadline.overridden':
        return `${e.payload.ruleId} → ${e.payload.due === null ? '—' : formatInstant(e.payload.due)}: ${e.payload.reason} (${e.actor})`;
      case 'case.updated':
        return [
          e.payload.tlp === undefined ? '' : `TLP:${e.payload.tlp}`,
          e.payload.policyProfile ?? '',
        ]
          .filter((s) => s !== '')
          .join(' · ');
      case 'embargo.terminated':
      case 'publication.unscheduled':
        return e.payload.reason;
      case 'ssvc.decided':
        return ssvcOutcomeText(e.payload.model, e.payload.selections, lang);
      case 'published':
        return [e.payload.advisoryId ?? '', e.payload.url].filter((s) => s !== '').join(' ');
      case 'coordination.transferred':
        return [e.payload.toName, e.payload.note].filter((s) => s !== '').join(': ');
      case 'coordination.co-coordinator-added':
        return [e.payload.name, e.payload.note].filter((s) => s !== '').join(': ');
      case 'coordination.accepted':
        return t(`caseTimeline.acceptedAs.${e.payload.role}`);
      case 'cve.assigned':
        return e.payload.cveId;
      case 'cve.released':
        return e.payload.toPool
          ? `${e.payload.cveId} (${t('cve.timeline.toPool')})`
          : e.payload.cveId;
      case 'cve.other-cna-recorded':
        return `${e.payload.cveId} (${t('cve.vuln.byCna', { cna: e.payload.cna })})`;
      case 'cve.no-id-reason-recorded':
        return e.payload.reason.slice(0, 120);
      default:
        return '';
    }
  };
};

const NO_ORGS: ReadonlyMap<string, string> = new Map();

/** The case timeline, newest first, filterable by event type. */
export function TimelinePanel({
  events,
  contacts,
  projection,
  orgs = NO_ORGS,
  names = NO_ORGS,
}: {
  events: readonly CaseEvent[];
  contacts: ReadonlyMap<string, Contact>;
  projection: CaseProjection;
  /** Each event's organisation (the case view's coordination fold), and their names. */
  orgs?: ReadonlyMap<string, string> | undefined;
  names?: ReadonlyMap<string, string> | undefined;
}) {
  const { t } = useTranslation();
  const orgLabel = useOrgLabel(names);
  // Issue 27 item 4: a case worked on by more than one organisation names each entry's.
  const manyOrgs = new Set(orgs.values()).size > 1;
  const [type, setType] = useState('');
  const summary = useSummary(contacts, projection, events);
  const types = [...new Set(events.map((e) => e.type))].sort();
  const shown = events
    .filter((e) => type === '' || e.type === type)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1));
  const rejected = new Map(projection.rejected.map((r) => [r.eventId as string, r.error.code]));
  return (
    <Card withBorder component="section" aria-labelledby="timeline-title">
      <Group justify="space-between" align="end" mb="xs">
        <Title order={3} size="h4" id="timeline-title">
          {t('cases.timeline.title')}
        </Title>
        <NativeSelect
          size="xs"
          label={t('cases.timeline.filter')}
          value={type}
          onChange={(e) => setType(e.currentTarget.value)}
          data={[
            { value: '', label: t('cases.timeline.all') },
            ...types.map((x) => ({ value: x, label: t(eventTypeKey(x)) })),
          ]}
        />
      </Group>
      {shown.length === 0 && <Text size="sm">{t('cases.timeline.none')}</Text>}
      <Stack gap={6} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {shown.map((e) => {
          const refused = rejected.get(e.id);
          return (
            <li key={e.id}>
              <Group gap="xs" wrap="nowrap" align="baseline">
                <Text size="xs" c="dark.4" style={{ whiteSpace: 'nowrap' }}>
                  {formatInstant(e.at)}
                </Text>
                <Text size="sm" fw={600}>
                  {t(eventTypeKey(e.type))}
                </Text>
                <Text size="sm">{summary(e)}</Text>
                <Text size="xs" c="dark.4">
                  {e.actor}
                </Text>
                {manyOrgs && (
                  <Text size="xs" c="indigo.9" data-testid="event-org">
                    {t('cases.coordination.by', { name: orgLabel(orgs.get(e.id) ?? LOCAL_ORG) })}
                  </Text>
                )}
              </Group>
              {refused !== undefined && (
                <Text size="xs" c="red.9">
                  {t('cases.timeline.rejected', { reason: t(`cases.errors.${refused}`) })}
                </Text>
              )}
            </li>
          );
        })}
      </Stack>
    </Card>
  );
}
