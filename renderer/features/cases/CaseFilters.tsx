import { Button, Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { reportStateSchema, tlpSchema, type Contact, nameOf } from '../../../shared/model';
import { SHOWN_EMBARGO_STATES } from '../../../shared/workflow/case-view';
import { POLICY_PROFILES } from '../../../shared/workflow/policy-profiles';
import type { CaseFilters as Filters } from './case-list-model';

type Props = {
  filters: Filters;
  vendors: readonly Contact[];
  onChange: (next: Filters) => void;
};

const DEADLINE_STATES = ['overdue', 'due-soon', 'ok', 'none'] as const;

/** Native selects: labelled, keyboard-operable and fast with hundreds of vendors. */
export function CaseFilters({ filters, vendors, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const any = { value: '', label: t('cases.filter.any') };
  const set = <K extends keyof Filters>(key: K, value: string) =>
    onChange({ ...filters, [key]: value === '' ? null : value });
  const select = (key: keyof Filters, data: { value: string; label: string }[]) => (
    <NativeSelect
      key={key}
      size="xs"
      label={t(`cases.filter.${key}`)}
      value={filters[key] ?? ''}
      onChange={(e) => set(key, e.currentTarget.value)}
      data={[any, ...data]}
      w={key === 'vendor' ? 200 : 150}
    />
  );
  return (
    <Group align="end" gap="xs" wrap="wrap">
      {select(
        'report',
        reportStateSchema.options.map((s) => ({ value: s, label: t(`cases.report.${s}`) })),
      )}
      {select(
        'embargo',
        SHOWN_EMBARGO_STATES.map((s) => ({ value: s, label: t(`cases.embargo.${s}`) })),
      )}
      {select(
        'tlp',
        tlpSchema.options.map((s) => ({ value: s, label: `TLP:${s}` })),
      )}
      {select(
        'priority',
        (['high', 'normal'] as const).map((s) => ({ value: s, label: t(`cases.priority.${s}`) })),
      )}
      {select(
        'vendor',
        vendors.map((c) => ({ value: c.id, label: nameOf(c, lang) })),
      )}
      {select(
        'deadline',
        DEADLINE_STATES.map((s) => ({ value: s, label: t(`cases.deadlineState.${s}`) })),
      )}
      {select(
        'profile',
        POLICY_PROFILES.map((p) => ({ value: p.id, label: p.name[lang] })),
      )}
      <Button
        size="xs"
        // The default variant's dark text keeps AA contrast, also while hovered after a click.
        variant="default"
        onClick={() =>
          onChange({
            report: null,
            embargo: null,
            tlp: null,
            priority: null,
            vendor: null,
            deadline: null,
            profile: null,
          })
        }
      >
        {t('cases.list.clear')}
      </Button>
    </Group>
  );
}
