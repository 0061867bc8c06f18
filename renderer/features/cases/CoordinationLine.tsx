import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCAL_ORG, type Coordination } from '../../../shared/workflow/coordination';
import { formatInstant } from '../../app/ui/format-date';
import { useOrgLabel } from './use-org-label';

/** Issue 27 item 4: who owns the case, its co-coordinators, and a hand-over either way, from
 *  the case view's coordination fold. Nothing for a case only this vault ever worked on. */
export function CoordinationLine({ coordination: c }: { coordination: Coordination }) {
  const { t } = useTranslation();
  const label = useOrgLabel(c.names);
  if (c.creator === LOCAL_ORG && c.transfers.length === 0 && c.coCoordinators.length === 0)
    return null;
  const last = c.transfers.at(-1);
  return (
    <Group gap="xs" role="list" aria-label={t('cases.coordination.label')}>
      <Text size="sm" fw={600} role="listitem" data-testid="case-owner">
        {t('cases.coordination.owner', { name: label(c.owner) })}
      </Text>
      {c.coCoordinators.length > 0 && (
        <Text size="sm" role="listitem">
          {t('cases.coordination.coCoordinators', {
            names: c.coCoordinators.map((x) => label(x.org)).join(', '),
          })}
        </Text>
      )}
      {c.localRole === 'co-coordinator' && (
        <Badge role="listitem" color="indigo.8" variant="light" tt="none">
          {t('cases.coordination.coCoordinator')}
        </Badge>
      )}
      {last !== undefined && c.localRole === 'former-owner' && (
        <Badge
          role="listitem"
          color="orange.9"
          variant="filled"
          tt="none"
          data-testid="case-transferred"
        >
          {t('cases.coordination.transferred', {
            name: label(c.owner),
            date: formatInstant(last.at),
          })}
        </Badge>
      )}
      {last !== undefined && c.localRole === 'owner' && last.to === LOCAL_ORG && (
        <Text size="sm" role="listitem" data-testid="case-handed-over">
          {t('cases.coordination.handedOverBy', {
            name: label(last.from),
            date: formatInstant(last.at),
          })}
        </Text>
      )}
    </Group>
  );
}
