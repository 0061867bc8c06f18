import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseKind, ReportState, Tlp } from '../../../shared/model';
import type { ShownEmbargoState } from '../../../shared/workflow/case-view';
import type { DeadlineState } from '../../../shared/workflow/deadlines';
import type { RowDeadlineState } from './case-list-model';

/** TLP colours follow FIRST's TLP 2.0; the label always carries the level, so colour is
 *  never the only signal. Dark text keeps the contrast axe asks for. */
const TLP_COLOR: Record<Tlp, string> = {
  CLEAR: 'gray',
  GREEN: 'green',
  AMBER: 'yellow',
  'AMBER+STRICT': 'orange',
  RED: 'red',
};

export function TlpBadge({ tlp }: { tlp: Tlp }) {
  return (
    <Badge color={TLP_COLOR[tlp]} variant="light" c="dark.9" radius="sm">
      TLP:{tlp}
    </Badge>
  );
}

export function ReportBadge({ state }: { state: ReportState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="blue.9" c="dark.9" radius="sm">
      {t(`cases.report.${state}`)}
    </Badge>
  );
}

/** `state` is the case view's: `due` once the agreed instant has passed; `scheduled`: the
 *  analyst scheduled the publication at the agreed instant. */
export function EmbargoBadge({
  state,
  scheduled = false,
}: {
  state: ShownEmbargoState;
  scheduled?: boolean;
}) {
  const { t } = useTranslation();
  const label = t(`cases.embargo.${state}`);
  return (
    <Badge variant="outline" color="grape.9" c="dark.9" radius="sm" data-testid="embargo-badge">
      {scheduled ? t('cases.list.embargoScheduled', { state: label }) : label}
    </Badge>
  );
}

/** What the case is about: a product, a website, or a technical alert (a class of
 *  vulnerability across products, with its own workflow). */
export function KindBadge({ kind, size = 'md' }: { kind: CaseKind; size?: 'xs' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      color="teal.9"
      c="dark.9"
      radius="sm"
      tt="none"
      size={size}
      data-testid="case-kind"
    >
      {t(`cases.kind.${kind}`)}
    </Badge>
  );
}

export function PriorityBadge({ level }: { level: 'high' | 'normal' }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant={level === 'high' ? 'filled' : 'outline'}
      color={level === 'high' ? 'red.9' : 'gray.8'}
      radius="sm"
    >
      {t(`cases.priority.${level}`)}
    </Badge>
  );
}

const DEADLINE_COLOR: Record<RowDeadlineState | DeadlineState, string> = {
  overdue: 'red.9',
  'due-soon': 'orange.9',
  ok: 'teal.9',
  met: 'gray.8',
  superseded: 'gray.8',
  none: 'gray.8',
};

export function DeadlineStateBadge({ state }: { state: RowDeadlineState | DeadlineState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={DEADLINE_COLOR[state]} c="dark.9" radius="sm">
      {t(`cases.deadlineState.${state}`)}
    </Badge>
  );
}
