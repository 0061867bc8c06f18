import { ActionIcon, Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFilters } from './case-list-model';

export type SavedFilter = { name: string; query: string; filters: CaseFilters };

type Props = {
  current: { query: string; filters: CaseFilters };
  onApply: (saved: SavedFilter) => void;
};

/**
 * Named filter sets. A saved filter can hold a search text (a product or vendor name), so
 * it must never be written outside the encrypted vault: until the store offers a settings
 * slot for it, saved filters live in memory for the unlocked session (dropped on lock).
 */
const session: SavedFilter[] = [];

export function SavedFilters({ current, onApply }: Props) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<readonly SavedFilter[]>(() => [...session]);
  const [name, setName] = useState('');
  const [choice, setChoice] = useState('');
  const save = () => {
    const trimmed = name.trim();
    if (trimmed === '') return;
    const next = [...saved.filter((s) => s.name !== trimmed), { name: trimmed, ...current }];
    session.splice(0, session.length, ...next);
    setSaved(next);
    setChoice(trimmed);
    setName('');
  };
  const chosen = saved.find((s) => s.name === choice);
  return (
    <Group align="end" gap="xs">
      <TextInput
        size="sm"
        label={t('cases.saved.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        w={200}
      />
      <Button size="sm" variant="default" onClick={save} disabled={name.trim() === ''}>
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
          onClick={() => {
            const next = saved.filter((s) => s.name !== chosen.name);
            session.splice(0, session.length, ...next);
            setSaved(next);
            setChoice('');
          }}
        >
          ×
        </ActionIcon>
      )}
    </Group>
  );
}
