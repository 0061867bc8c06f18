import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftReferenceSchema, type DraftReference } from '../../../shared/model/advisory-draft';
import { inputStyles, BUTTON, DANGER } from './a11y-styles';

type Props = {
  references: readonly DraftReference[];
  onAdd: (ref: DraftReference) => void;
  onRemove: (index: number) => void;
  readOnly: boolean;
};

/** Public references (http/https only, as the draft schema requires). */
export function ReferencesEditor({ references, onAdd, onRemove, readOnly }: Props) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [ja, setJa] = useState('');
  const [en, setEn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const parsed = draftReferenceSchema.safeParse({ url: url.trim(), title: { ja, en } });
    if (!parsed.success) {
      setError(t('advisories.references.invalid'));
      return;
    }
    onAdd(parsed.data);
    setUrl('');
    setJa('');
    setEn('');
    setError(null);
  };
  return (
    <section aria-labelledby="adv-references">
      <Title order={4} id="adv-references">
        {t('advisories.references.heading')}
      </Title>
      <Stack gap="xs">
        {references.length === 0 ? (
          <Text c="gray.7">{t('advisories.references.empty')}</Text>
        ) : null}
        {references.map((r, i) => (
          <Group key={`${r.url}-${i}`} justify="space-between">
            <Text>
              {r.url} — {r.title.ja || '—'} / {r.title.en || '—'}
            </Text>
            {readOnly ? null : (
              <Button variant="subtle" color={DANGER} c={DANGER} onClick={() => onRemove(i)}>
                {t('advisories.references.remove', { url: r.url })}
              </Button>
            )}
          </Group>
        ))}
        {readOnly ? null : (
          <Group align="flex-end">
            <TextInput
              styles={inputStyles}
              label={t('advisories.references.url')}
              value={url}
              error={error}
              onChange={(e) => setUrl(e.currentTarget.value)}
            />
            <TextInput
              styles={inputStyles}
              label={t('advisories.references.titleJa')}
              value={ja}
              onChange={(e) => setJa(e.currentTarget.value)}
            />
            <TextInput
              styles={inputStyles}
              label={t('advisories.references.titleEn')}
              value={en}
              onChange={(e) => setEn(e.currentTarget.value)}
            />
            <Button color={BUTTON} variant="outline" onClick={add}>
              {t('advisories.references.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </section>
  );
}
