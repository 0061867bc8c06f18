import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderLetter } from '../../../shared/workflow/letters';
import type { LetterParams } from '../../../shared/workflow/letter-templates';
import { templatePlaceholders, VENDOR_TEMPLATES, type VendorTemplate } from './compose-model';

type Props = {
  language: 'ja' | 'en';
  known: Record<string, string>;
  onApply: (kind: VendorTemplate | null, letter: { subject: string; body: string } | null) => void;
};

/** Fills subject and body from a letter template (shared/workflow) or leaves free text. */
export function TemplatePicker({ language, known, onApply }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<VendorTemplate | null>(null);
  const [params, setParams] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const missing =
    kind === null ? [] : templatePlaceholders(kind).filter((p) => known[p] === undefined);
  const apply = () => {
    if (kind === null) return onApply(null, null);
    const r = renderLetter(kind, language, { ...known, ...params } as LetterParams<typeof kind>);
    if (!r.ok) return setError(t('messages.compose.missingPlaceholder'));
    setError(null);
    onApply(kind, r.value);
  };
  return (
    <Stack gap="xs">
      <Group align="end">
        <Select
          label={t('messages.compose.template')}
          value={kind ?? 'free'}
          allowDeselect={false}
          onChange={(v) => setKind(v === null || v === 'free' ? null : v)}
          data={[
            { value: 'free', label: t('messages.compose.freeText') },
            ...VENDOR_TEMPLATES.map((k) => ({ value: k, label: t(`messages.templates.${k}`) })),
          ]}
        />
        <Button variant="light" onClick={apply} disabled={kind === null}>
          {t('messages.compose.applyTemplate')}
        </Button>
      </Group>
      {missing.map((p) => (
        <TextInput
          key={p}
          label={t('messages.compose.placeholder', { name: p })}
          value={params[p] ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setParams((old) => ({ ...old, [p]: value }));
          }}
          error={error !== null && !(params[p] ?? '').trim() ? error : null}
        />
      ))}
    </Stack>
  );
}
