import { Badge, Group, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/model';
import { MarkdownPreview } from './MarkdownPreview';
import type { Lang } from './draft-edit';
import { inputStyles } from './a11y-styles';

type Props = {
  label: string;
  value: LocalizedText;
  onChange: (lang: Lang, value: string) => void;
  /** Missing languages as shared/advisory's missingTranslations reports them. */
  missing: readonly Lang[];
  multiline?: boolean;
  readOnly?: boolean;
};

/** One public text in Japanese and English side by side, with a marker on a missing side. */
export function BilingualField({ label, value, onChange, missing, multiline, readOnly }: Props) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState(false);
  const side = (lang: Lang) => {
    const fieldLabel = t(`advisories.lang.${lang}Field`, { field: label });
    const props = {
      label: fieldLabel,
      value: value[lang],
      readOnly: readOnly ?? false,
      onChange: (e: { currentTarget: { value: string } }) => onChange(lang, e.currentTarget.value),
      ...(missing.includes(lang)
        ? { description: t('advisories.missing.marker', { lang: t(`advisories.lang.${lang}`) }) }
        : {}),
    };
    return (
      <Stack gap={4} key={lang}>
        {multiline ? (
          <Textarea styles={inputStyles} autosize minRows={3} {...props} />
        ) : (
          <TextInput styles={inputStyles} {...props} />
        )}
        {preview && multiline ? (
          <MarkdownPreview
            text={value[lang]}
            label={t('advisories.preview.of', { field: fieldLabel })}
          />
        ) : null}
      </Stack>
    );
  };
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Group gap="xs">
          <Text fw={600}>{label}</Text>
          {missing.map((lang) => (
            <Badge key={lang} color="dark" variant="outline">
              {t('advisories.missing.badge', { lang: t(`advisories.lang.${lang}`) })}
            </Badge>
          ))}
        </Group>
        {multiline ? (
          <Switch
            size="xs"
            label={t('advisories.preview.toggle', { field: label })}
            checked={preview}
            onChange={(e) => setPreview(e.currentTarget.checked)}
          />
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>{(['ja', 'en'] as const).map(side)}</SimpleGrid>
    </Stack>
  );
}
