import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fillLetter } from '../../../shared/workflow/letters';
import { templatePlaceholders, type VendorTemplate } from './compose-model';

type Props = {
  language: 'ja' | 'en';
  /** The templates that apply to the case now (`offeredTemplates`). */
  templates: readonly VendorTemplate[];
  /** Values the app knows (case, recipient, settings); the analyst may change each. */
  known: Record<string, string>;
  /** The chosen keys belong to no contact, so the vendor's name is not known. */
  vendorUnknown: boolean;
  onApply: (kind: VendorTemplate | null, letter: { subject: string; body: string } | null) => void;
};

/**
 * Fills subject and body from a letter template (shared/workflow) or leaves free text. Every
 * field of the template is shown, labelled in the UI language and filled from the case; a
 * field left empty stays in the text as `{{name}}`, and sealing refuses it.
 */
export function TemplatePicker({ language, templates, known, vendorUnknown, onApply }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<VendorTemplate | null>(null);
  const [edited, setEdited] = useState<Record<string, string>>({});
  const fields = kind === null ? [] : templatePlaceholders(kind);
  const value = (p: string) => edited[p] ?? known[p] ?? '';
  const fieldHint = (p: string): string | undefined => {
    if (p === 'summary' || p === 'organisationName') return t(`confidentiality.fieldHint.${p}`);
    if ((p === 'developerName' || p === 'recipientName') && vendorUnknown && value(p) === '') {
      return t('confidentiality.fieldHint.vendorUnknown');
    }
    return undefined;
  };
  const apply = () => {
    if (kind === null) return onApply(null, null);
    onApply(kind, fillLetter(kind, language, Object.fromEntries(fields.map((p) => [p, value(p)]))));
  };
  return (
    <Stack gap="xs">
      <Group align="end">
        <Select
          label={t('messages.compose.template')}
          value={kind ?? 'free'}
          allowDeselect={false}
          onChange={(v) => setKind(templates.find((k) => k === v) ?? null)}
          data={[
            { value: 'free', label: t('messages.compose.freeText') },
            ...templates.map((k) => ({ value: k, label: t(`messages.templates.${k}`) })),
          ]}
        />
        <Button variant="light" onClick={apply} disabled={kind === null}>
          {t('messages.compose.applyTemplate')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {fields.map((p) => (
          <TextInput
            key={p}
            label={t(`confidentiality.field.${p}`, { defaultValue: p })}
            // Fields taken from elsewhere say where, so the analyst knows where to fix them.
            description={fieldHint(p)}
            value={value(p)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setEdited((old) => ({ ...old, [p]: v }));
            }}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
