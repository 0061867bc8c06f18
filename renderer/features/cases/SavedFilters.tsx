import { ActionIcon, Button, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import type { SavedCaseFilter } from '../../../shared/model';
import type { CaseFilters } from './case-list-model';
import { removeSavedFilter, upsertSavedFilter } from './saved-filters';
import { useOperations } from '../../app/operations';
import { caseOperations } from './operations';
import { useStore } from '../../store/hooks';
import { useRepoVersion } from '../../store/port';
import type { CasesStore } from './store-port';

type Props = {
  current: { query: string; filters: CaseFilters };
  onApply: (saved: SavedCaseFilter) => void;
};

/**
 * Named filter sets, kept in the vault's settings record: a saved filter can hold search
 * text (a product or vendor name), so it is encrypted with the rest of the case data and
 * survives lock and restart.
 */
export function SavedFilters({ current, onApply }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const store: CasesStore = useStore();
  const ops = useOperations(caseOperations);
  useRepoVersion(store.repos.settings);
  const settings = store.repos.settings.all()[0];
  const saved = settings?.savedCaseFilters ?? [];
  const [name, setName] = useState('');
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const write = async (next: readonly SavedCaseFilter[]): Promise<boolean> => {
    const stored = await ops.saveFilters({ filters: next, language: lang });
    const reason = stored.ok ? null : stored.error.message;
    setError(reason === null ? null : t('cases.saved.failed', { reason }));
    return reason === null;
  };
  const save = async () => {
    const trimmed = name.trim();
    if (trimmed === '') return;
    if (await write(upsertSavedFilter(saved, { name: trimmed, ...current }))) {
      setChoice(trimmed);
      setName('');
    }
  };
  const chosen = saved.find((s) => s.name === choice);
  return (
    <Group align="end" gap="xs">
      <TextInput
        size="sm"
        label={t('cases.saved.name')}
        value={name}
        maxLength={60}
        onChange={(e) => setName(e.currentTarget.value)}
        w={200}
      />
      <Button size="sm" variant="default" onClick={() => void save()} disabled={name.trim() === ''}>
        {t('cases.saved.save')}
      </Button>
      <NativeSelect
        size="sm"
        label={t('cases.saved.label')}
        value={choice}
        onChange={(e) => {
          setChoice(e.currentTarget.value);
          const s = saved.find((x) => x.name === e.currentTarget.value);
          if (s !== undefined) onApply(s);
        }}
        data={[
          { value: '', label: saved.length === 0 ? t('cases.saved.none') : '—' },
          ...saved.map((s) => ({ value: s.name, label: s.name })),
        ]}
        w={180}
      />
      {chosen !== undefined && (
        <ActionIcon
          size="lg"
          variant="default"
          aria-label={t('cases.saved.remove', { name: chosen.name })}
          onClick={() =>
            void write(removeSavedFilter(saved, chosen.name)).then((ok) => ok && setChoice(''))
          }
        >
          ×
        </ActionIcon>
      )}
      {error !== null && (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      )}
    </Group>
  );
}
