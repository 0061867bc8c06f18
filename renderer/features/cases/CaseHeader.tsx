import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CASE_FLAGS, type Case } from '../../../shared/model';
import { formatInstant } from '../../app/ui/format-date';
import type { ShownEmbargoState } from '../../../shared/workflow/case-view';
import type { CaseLink } from '../../../shared/workflow/projection';
import type { Coordination } from '../../../shared/workflow/coordination';
import { CoordinationLine } from './CoordinationLine';
import { EmbargoBadge, KindBadge, PriorityBadge, ReportBadge, TlpBadge } from './badges';

/** `unread`: incoming replies not yet opened (issue 13). `embargo`: the case view's state
 *  (`due` once the agreed instant has passed); null while the view loads. */
export function CaseHeader({
  kase,
  unread = 0,
  embargo,
  scheduled = false,
  links = [],
  coordination = null,
}: {
  kase: Case;
  unread?: number;
  embargo: ShownEmbargoState | null;
  /** The analyst scheduled the publication at the agreed instant. */
  scheduled?: boolean;
  /** Issue 27 item 3: duplicates and related cases, each side naming the other. */
  links?: readonly CaseLink[];
  /** Issue 27 item 4: the owner, co-coordinators and hand-overs (the case view's fold). */
  coordination?: Coordination | null;
}) {
  const { t } = useTranslation();
  const flags = CASE_FLAGS.filter((f) => kase.states.flags[f] !== null);
  return (
    <Stack gap={6}>
      <Anchor component={Link} to="/cases" size="sm" c="blue.9">
        ← {t('cases.detail.back')}
      </Anchor>
      <Group gap="sm" align="baseline">
        <Title order={2}>
          <span data-testid="case-ref">{kase.ref}</span> {kase.title}
        </Title>
      </Group>
      <Group gap="xs">
        <KindBadge kind={kase.kind} />
        <TlpBadge tlp={kase.tlp} />
        <PriorityBadge level={kase.priority.level} />
        <ReportBadge state={kase.states.report} />
        {/* A technical alert has no embargo: its publication moment is on the overview. */}
        {kase.technicalAlert === null && embargo !== null && (
          <EmbargoBadge state={embargo} scheduled={scheduled} />
        )}
        {unread > 0 && (
          <Badge color="indigo.8" variant="filled" tt="none" data-testid="case-unread">
            {t('threads.unread', { count: unread })}
          </Badge>
        )}
        <Text size="sm">
          {t('cases.detail.advisoryId')}: {kase.advisoryId ?? t('cases.detail.noAdvisoryId')}
        </Text>
        {kase.dates.received !== null && (
          <Text size="sm">
            {t('cases.detail.received')}: {formatInstant(kase.dates.received)}
          </Text>
        )}
      </Group>
      {coordination !== null && <CoordinationLine coordination={coordination} />}
      {links.length > 0 && (
        <Group gap="xs" aria-label={t('caseFinder.links.label')} role="list">
          {links.map((l) => (
            <Text key={`${l.relation}-${l.otherCaseId}`} size="sm" role="listitem">
              <Anchor component={Link} to={`/cases/${l.otherCaseId}`} c="indigo.9">
                {t(`caseFinder.links.${l.relation}`, { ref: l.otherRef })}
              </Anchor>
              {l.second !== null &&
                ` (${
                  l.second.creditName === null
                    ? t('caseFinder.links.noCredit')
                    : t('caseFinder.links.credit', { name: l.second.creditName })
                })`}
            </Text>
          ))}
        </Group>
      )}
      {flags.length > 0 && (
        <Group gap={4} aria-label={t('cases.detail.flags')} role="list">
          {flags.map((f) => (
            <Badge key={f} role="listitem" variant="dot" color="dark.6" c="dark.9">
              {t(`cases.flag.${f}`)}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
